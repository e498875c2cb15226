package dk.peerstoette.partnership;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PeerSupportModelRepository extends JpaRepository<PeerSupportModel, Long> {

	Optional<PeerSupportModel> findByName(String name);

}
