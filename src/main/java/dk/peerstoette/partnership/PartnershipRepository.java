package dk.peerstoette.partnership;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PartnershipRepository extends JpaRepository<Partnership, Long> {

	Optional<Partnership> findByName(String name);

	@Query("select new dk.peerstoette.partnership.Choice(p.id, p.name) from Partnership p where p.active order by p.name")
	List<Choice> findActiveChoices();

}
