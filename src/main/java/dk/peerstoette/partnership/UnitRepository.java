package dk.peerstoette.partnership;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface UnitRepository extends JpaRepository<Unit, Long> {

	Optional<Unit> findByOrganisationAndName(Organisation organisation, String name);

	@Query("select new dk.peerstoette.partnership.Choice(u.id, u.name) from Unit u "
			+ "where u.active and u.organisation.id = :organisationId order by u.name")
	List<Choice> findActiveChoices(@Param("organisationId") long organisationId);

}
