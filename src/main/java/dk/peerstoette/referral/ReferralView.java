package dk.peerstoette.referral;

import java.time.LocalDate;

import dk.peerstoette.course.HandoverCourse;

import org.jspecify.annotations.Nullable;

/**
 * A referral's page. The referring organisation sees its own recipient by label; the
 * receiving organisation sees only what the consent to sharing covers: the alias, the
 * year of birth, the target group, and the referral's reason; both see the place and
 * dates of a mentor course the referral hands over, and what became of the waiting place
 * of an accepted referral (on the list, or left it on a day and why).
 */
record ReferralView(long id, ReferralStatus status, boolean receiving, long recipientId, String recipientName,
		@Nullable Integer birthYear, @Nullable String targetGroupName, String fromOrganisationName,
		String toOrganisationName, String unitName, String reason, @Nullable HandoverCourse mentorCourse,
		@Nullable WaitingOutcome waiting, LocalDate referredOn, @Nullable LocalDate decidedOn,
		@Nullable String declineReason, long version) {

	/** An accepted referral's waiting place: since when, and when and why it left. */
	record WaitingOutcome(LocalDate enteredOn, @Nullable LocalDate leftOn, @Nullable LeftReason reason) {

	}

	/** Whether the receiving organisation may still accept or decline. */
	public boolean isDecidable() {
		return this.receiving && this.status == ReferralStatus.PENDING;
	}

}
