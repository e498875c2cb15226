package dk.peerstoette.referral;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface WaitingEntryRepository extends JpaRepository<WaitingEntry, Long> {

	Optional<WaitingEntry> findByReferralId(long referralId);

	/** The open places of the recipients on a unit's list. */
	List<WaitingEntry> findByOrganisationIdAndUnitIdAndRecipientIdInAndLeftOnIsNull(long organisationId, long unitId,
			Collection<Long> recipientIds);

	boolean existsByUnitIdAndRecipientIdAndLeftOnIsNull(long unitId, long recipientId);

}
