package dk.peerstoette.referral;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A place on a waiting list: the organisation's own recipient ({@code recipientId}, named
 * by label), or a referred recipient not yet registered here ({@code sharedRecipientId},
 * the referring organisation's, named by alias); {@code place} counts within the unit;
 * {@code handsOverMentorCourse} for a referral that hands over a mentor course, which a
 * mentor course started from the place continues.
 */
record WaitingRow(long id, long unitId, String unitName, int place, LocalDate enteredOn, int daysWaiting,
		@Nullable Long recipientId, String name, @Nullable Long referralId, @Nullable String referredFrom,
		@Nullable Long sharedRecipientId, boolean handsOverMentorCourse, long version) {

	/**
	 * Whether a course can start at once; else the recipient is registered here first.
	 */
	public boolean isOwnRecipient() {
		return this.recipientId != null;
	}

}
