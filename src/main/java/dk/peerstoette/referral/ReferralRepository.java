package dk.peerstoette.referral;

import java.util.Collection;

import org.springframework.data.jpa.repository.JpaRepository;

interface ReferralRepository extends JpaRepository<Referral, Long> {

	/** Whether the recipient has a referral to the organisation in one of the states. */
	boolean existsByRecipientIdAndToOrganisationIdAndStatusIn(long recipientId, long toOrganisationId,
			Collection<ReferralStatus> statuses);

	/** Whether a referral in one of the states hands over the course. */
	boolean existsByCourseIdAndStatusIn(long courseId, Collection<ReferralStatus> statuses);

}
