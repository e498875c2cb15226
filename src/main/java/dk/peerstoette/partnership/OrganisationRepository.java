package dk.peerstoette.partnership;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface OrganisationRepository extends JpaRepository<Organisation, Long> {

	Optional<Organisation> findByName(String name);

	@Query("select new dk.peerstoette.partnership.Choice(o.id, o.name) from Organisation o where o.active order by o.name")
	List<Choice> findActiveChoices();

}
