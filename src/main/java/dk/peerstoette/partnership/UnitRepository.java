package dk.peerstoette.partnership;

import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface UnitRepository extends JpaRepository<Unit, Long> {

	Optional<Unit> findByOrganisationAndName(Organisation organisation, String name);

	@Query("select new dk.peerstoette.partnership.Choice(u.id, u.name) from Unit u "
			+ "where u.active and u.organisation.id = :organisationId order by u.name")
	List<Choice> findActiveChoices(@Param("organisationId") long organisationId);

	@EntityGraph(attributePaths = "organisation")
	Optional<Unit> findWithOrganisationById(long id);

	/** One page of the unit list; {@code pattern} is a lower-case LIKE pattern. */
	@Query(value = """
			select new dk.peerstoette.partnership.UnitRow(u.id, u.name, o.id, o.name, u.kind, u.sector, u.active)
			from Unit u join u.organisation o
			where (:pattern is null or lower(u.name) like :pattern)
			  and (:organisationId is null or o.id = :organisationId)
			  and (:kind is null or u.kind = :kind)
			  and (:sector is null or u.sector = :sector)
			  and (:active is null or u.active = :active)
			""", countQuery = """
			select count(u) from Unit u
			where (:pattern is null or lower(u.name) like :pattern)
			  and (:organisationId is null or u.organisation.id = :organisationId)
			  and (:kind is null or u.kind = :kind)
			  and (:sector is null or u.sector = :sector)
			  and (:active is null or u.active = :active)
			""")
	Page<UnitRow> findRows(@Param("pattern") @Nullable String pattern,
			@Param("organisationId") @Nullable Long organisationId, @Param("kind") @Nullable UnitKind kind,
			@Param("sector") @Nullable Sector sector, @Param("active") @Nullable Boolean active, Pageable pageable);

	/** The units of one organisation, active or not, by name. */
	@Query("""
			select new dk.peerstoette.partnership.UnitRow(u.id, u.name, o.id, o.name, u.kind, u.sector, u.active)
			from Unit u join u.organisation o where o.id = :organisationId order by u.name
			""")
	List<UnitRow> findRowsOfOrganisation(@Param("organisationId") long organisationId);

	/** Whether another unit of the organisation has this name, whatever the case. */
	@Query("""
			select count(u) > 0 from Unit u
			where u.organisation.id = :organisationId and lower(u.name) = lower(:name) and u.id <> :excludedId
			""")
	boolean isNameTaken(@Param("organisationId") long organisationId, @Param("name") String name,
			@Param("excludedId") long excludedId);

}
