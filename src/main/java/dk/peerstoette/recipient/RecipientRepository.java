package dk.peerstoette.recipient;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface RecipientRepository extends JpaRepository<Recipient, Long> {

	/** The next internal number from the database's sequence. */
	@Query(value = "select nextval('recipient_number_seq')", nativeQuery = true)
	long nextNumber();

	/**
	 * One page of the list, as rows. Scope: the organisation if given, and only
	 * {@code ids} if {@code restricted}. {@code pattern} is a lower-case LIKE pattern;
	 * {@code consent} true keeps those whose consent of {@code kind} holds {@code today},
	 * false those without.
	 */
	@Query(value = """
			select new dk.peerstoette.recipient.RecipientRow(r.id, r.internalNumber, r.alias, r.externalReference,
			       u.name, r.targetGroupId, r.referralDate,
			       case when exists (select c.id from Consent c where c.recipientId = r.id and c.kind = :kind
			                         and c.givenOn <= :today and (c.expiresOn is null or c.expiresOn >= :today)
			                         and (c.withdrawnOn is null or c.withdrawnOn > :today))
			            then true else false end)
			from Recipient r join Unit u on u.id = r.unitId
			where (:organisationId is null or r.organisationId = :organisationId)
			  and (:restricted = false or r.id in :ids)
			  and (:pattern is null or lower(r.alias) like :pattern or lower(r.internalNumber) like :pattern
			       or lower(r.externalReference) like :pattern)
			  and (:unitId is null or r.unitId = :unitId)
			  and (:targetGroupId is null or r.targetGroupId = :targetGroupId)
			  and (:consent is null or :consent = (case when exists (select c.id from Consent c
			       where c.recipientId = r.id and c.kind = :kind and c.givenOn <= :today
			       and (c.expiresOn is null or c.expiresOn >= :today)
			       and (c.withdrawnOn is null or c.withdrawnOn > :today)) then true else false end))
			""", countQuery = """
			select count(r) from Recipient r
			where (:organisationId is null or r.organisationId = :organisationId)
			  and (:restricted = false or r.id in :ids)
			  and (:pattern is null or lower(r.alias) like :pattern or lower(r.internalNumber) like :pattern
			       or lower(r.externalReference) like :pattern)
			  and (:unitId is null or r.unitId = :unitId)
			  and (:targetGroupId is null or r.targetGroupId = :targetGroupId)
			  and (:consent is null or :consent = (case when exists (select c.id from Consent c
			       where c.recipientId = r.id and c.kind = :kind and c.givenOn <= :today
			       and (c.expiresOn is null or c.expiresOn >= :today)
			       and (c.withdrawnOn is null or c.withdrawnOn > :today)) then true else false end))
			""")
	Page<RecipientRow> findRows(@Param("organisationId") @Nullable Long organisationId,
			@Param("restricted") boolean restricted, @Param("ids") Collection<Long> ids,
			@Param("pattern") @Nullable String pattern, @Param("unitId") @Nullable Long unitId,
			@Param("targetGroupId") @Nullable Long targetGroupId, @Param("consent") @Nullable Boolean consent,
			@Param("kind") ConsentKind kind, @Param("today") LocalDate today, Pageable pageable);

	@Query("select new dk.peerstoette.recipient.RecipientLabel(r.id, r.internalNumber, r.alias) "
			+ "from Recipient r where r.id in :ids")
	List<RecipientLabel> findLabels(@Param("ids") Collection<Long> ids);

	@Query("select count(r) from Recipient r where r.id in :ids and r.organisationId = :organisationId")
	long countInOrganisation(@Param("ids") Collection<Long> ids, @Param("organisationId") long organisationId);

	Optional<Recipient> findByInternalNumberAndOrganisationId(String internalNumber, long organisationId);

	/**
	 * The search box's recipients: of the organisation, or ({@code restricted}) only
	 * those among {@code ids}, whose alias or number matches the lower-case LIKE
	 * {@code pattern}.
	 */
	@Query("""
			select r from Recipient r
			where (:restricted = false and r.organisationId = :organisationId or :restricted = true and r.id in :ids)
			  and (lower(r.alias) like :pattern or lower(r.internalNumber) like :pattern)
			order by lower(r.alias), r.id
			""")
	List<Recipient> search(@Param("pattern") String pattern, @Param("organisationId") @Nullable Long organisationId,
			@Param("restricted") boolean restricted, @Param("ids") Collection<Long> ids, Pageable pageable);

}
