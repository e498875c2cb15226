package dk.peerstoette.referral;

import java.time.LocalDate;

import dk.peerstoette.course.HandoverCourse;

import org.jspecify.annotations.Nullable;

/**
 * A referral's page. The referring organisation sees its own recipient by label; the
 * receiving organisation sees only what the consent to sharing covers: the alias, the
 * year of birth, the target group, and the referral's reason; both see the place and
 * dates of a mentor course the referral hands over.
 */
record ReferralView(long id, ReferralStatus status, boolean receiving, long recipientId, String recipientName,
		@Nullable Integer birthYear, @Nullable String targetGroupName, String fromOrganisationName,
		String toOrganisationName, String unitName, String reason, @Nullable HandoverCourse mentorCourse,
		LocalDate referredOn, @Nullable LocalDate decidedOn, @Nullable String declineReason, long version) {

	/** Whether the receiving organisation may still accept or decline. */
	public boolean isDecidable() {
		return this.receiving && this.status == ReferralStatus.PENDING;
	}

}
