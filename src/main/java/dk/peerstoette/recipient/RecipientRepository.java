package dk.peerstoette.recipient;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import dk.peerstoette.partnership.UnitUsers;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface RecipientRepository extends JpaRepository<Recipient, Long>, UnitUsers {

	/** The next internal number from the database's sequence. */
	@Query(value = "select nextval('recipient_number_seq')", nativeQuery = true)
	long nextNumber();

	@Query("select new dk.peerstoette.recipient.RecipientLabel(r.id, r.internalNumber, r.alias) "
			+ "from Recipient r where r.id in :ids")
	List<RecipientLabel> findLabels(@Param("ids") Collection<Long> ids);

	@Query("select count(r) from Recipient r where r.id in :ids and r.organisationId = :organisationId")
	long countInOrganisation(@Param("ids") Collection<Long> ids, @Param("organisationId") long organisationId);

	Optional<Recipient> findByInternalNumberAndOrganisationIdAndAnonymisedOnIsNull(String internalNumber,
			long organisationId);

	/**
	 * The search box's recipients: of the organisation, or ({@code restricted}) only
	 * those among {@code ids}, whose alias or number matches the lower-case LIKE
	 * {@code pattern}; never an anonymised one.
	 */
	@Query("""
			select r from Recipient r
			where (:restricted = false and r.organisationId = :organisationId or :restricted = true and r.id in :ids)
			  and (lower(r.alias) like :pattern or lower(r.internalNumber) like :pattern)
			  and r.anonymisedOn is null
			order by lower(r.alias), r.id
			""")
	List<Recipient> search(@Param("pattern") String pattern, @Param("organisationId") @Nullable Long organisationId,
			@Param("restricted") boolean restricted, @Param("ids") Collection<Long> ids, Pageable pageable);

	/**
	 * The recipient with its network, in one statement: the pages that show a recipient
	 * show both.
	 */
	@EntityGraph(attributePaths = "network")
	Optional<Recipient> findWithNetworkById(long id);

	boolean existsByUnitId(long unitId);

	/** For partnership, which names no table of ours. */
	@Override
	default boolean usesUnit(long unitId) {
		return existsByUnitId(unitId);
	}

}
