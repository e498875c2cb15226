package dk.peerstoette.partnership;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface UnitRepository extends JpaRepository<Unit, Long> {

	Optional<Unit> findByOrganisationAndName(Organisation organisation, String name);

}
