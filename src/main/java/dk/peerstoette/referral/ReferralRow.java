package dk.peerstoette.referral;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A referral in a list: the receiving organisation sees the alias and where it came from;
 * the referring organisation its own recipient's label, where it went and the outcome.
 */
record ReferralRow(long id, ReferralStatus status, LocalDate referredOn, @Nullable LocalDate decidedOn,
		long recipientId, String recipientName, String unitName, String organisationName,
		@Nullable String declineReason) {

}
