package dk.peerstoette.partnership;

import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface OrganisationRepository extends JpaRepository<Organisation, Long> {

	Optional<Organisation> findByName(String name);

	@Query("select o.name from Organisation o where o.id = :id")
	String findNameById(@Param("id") long id);

	@Query("select new dk.peerstoette.partnership.Choice(o.id, o.name) from Organisation o where o.active order by o.name")
	List<Choice> findActiveChoices();

	/**
	 * One page of the organisation list; {@code pattern} is a lower-case LIKE pattern.
	 */
	@Query(value = """
			select new dk.peerstoette.partnership.OrganisationRow(o.id, o.name, o.kind,
			  (select count(u) from Unit u where u.organisation = o),
			  (select count(distinct m.partnership.id) from PartnershipMembership m where m.organisation = o), o.active)
			from Organisation o
			where (:pattern is null or lower(o.name) like :pattern)
			  and (:kind is null or o.kind = :kind)
			  and (:active is null or o.active = :active)
			""", countQuery = """
			select count(o) from Organisation o
			where (:pattern is null or lower(o.name) like :pattern)
			  and (:kind is null or o.kind = :kind)
			  and (:active is null or o.active = :active)
			""")
	Page<OrganisationRow> findRows(@Param("pattern") @Nullable String pattern,
			@Param("kind") @Nullable OrganisationKind kind, @Param("active") @Nullable Boolean active,
			Pageable pageable);

	/** Whether another organisation has this name, whatever the case. */
	@Query("select count(o) > 0 from Organisation o where lower(o.name) = lower(:name) and o.id <> :excludedId")
	boolean isNameTaken(@Param("name") String name, @Param("excludedId") long excludedId);

	/** Every organisation by name, active or not: for a list filter. */
	@Query("select new dk.peerstoette.partnership.Choice(o.id, o.name) from Organisation o order by o.name")
	List<Choice> findAllChoices();

}
