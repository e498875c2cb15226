package dk.peerstoette.recipient;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ConsentRepository extends JpaRepository<Consent, Long> {

	List<Consent> findByRecipientIdOrderByGivenOnDescIdDesc(long recipientId);

	/**
	 * Whether a consent of the kind was given by the day, has not expired before it and
	 * was not withdrawn on or before it.
	 */
	@Query("""
			select count(c) > 0 from Consent c where c.recipientId = :recipientId and c.kind = :kind
			and c.givenOn <= :day and (c.expiresOn is null or c.expiresOn >= :day)
			and (c.withdrawnOn is null or c.withdrawnOn > :day)
			""")
	boolean holdsOn(@Param("recipientId") long recipientId, @Param("kind") ConsentKind kind,
			@Param("day") LocalDate day);

	/**
	 * Whether a consent to sharing with the organisation was given by the day, has not
	 * expired before it and was not withdrawn on or before it.
	 */
	@Query("""
			select count(c) > 0 from Consent c where c.recipientId = :recipientId
			and c.kind = dk.peerstoette.recipient.ConsentKind.PARTNER_SHARING
			and c.partnerOrganisationId = :organisationId
			and c.givenOn <= :day and (c.expiresOn is null or c.expiresOn >= :day)
			and (c.withdrawnOn is null or c.withdrawnOn > :day)
			""")
	boolean sharesOn(@Param("recipientId") long recipientId, @Param("organisationId") long organisationId,
			@Param("day") LocalDate day);

}
