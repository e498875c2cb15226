package dk.peerstoette.partnership;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface PartnershipRepository extends JpaRepository<Partnership, Long> {

	Optional<Partnership> findByName(String name);

	@Query("select new dk.peerstoette.partnership.Choice(p.id, p.name) from Partnership p where p.active order by p.name")
	List<Choice> findActiveChoices();

	/**
	 * One page of the partnership list; {@code pattern} is a lower-case LIKE pattern.
	 */
	@Query(value = """
			select new dk.peerstoette.partnership.PartnershipRow(p.id, p.name, p.startsOn, p.endsOn,
			  (select count(distinct m.organisation.id) from PartnershipMembership m where m.partnership = p), p.active)
			from Partnership p
			where (:pattern is null or lower(p.name) like :pattern)
			  and (:active is null or p.active = :active)
			""", countQuery = """
			select count(p) from Partnership p
			where (:pattern is null or lower(p.name) like :pattern)
			  and (:active is null or p.active = :active)
			""")
	Page<PartnershipRow> findRows(@Param("pattern") @Nullable String pattern, @Param("active") @Nullable Boolean active,
			Pageable pageable);

	/** Whether another partnership has this name, whatever the case. */
	@Query("select count(p) > 0 from Partnership p where lower(p.name) = lower(:name) and p.id <> :excludedId")
	boolean isNameTaken(@Param("name") String name, @Param("excludedId") long excludedId);

	/**
	 * The partnership, locked until the transaction ends: memberships are checked for
	 * overlap and then added, one administrator at a time.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select p from Partnership p where p.id = :id")
	Optional<Partnership> findForMembershipChange(@Param("id") long id);

}
