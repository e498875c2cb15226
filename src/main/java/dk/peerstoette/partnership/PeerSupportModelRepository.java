package dk.peerstoette.partnership;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PeerSupportModelRepository extends JpaRepository<PeerSupportModel, Long> {

	Optional<PeerSupportModel> findByName(String name);

	@Query("select new dk.peerstoette.partnership.Choice(m.id, m.name) from PeerSupportModel m where m.active "
			+ "order by m.name")
	List<Choice> findActiveChoices();

}
