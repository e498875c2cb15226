package dk.peerstoette.recipient;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A line of the recipient list; {@code registrationConsent} tells whether a consent to
 * registration holds today.
 */
record RecipientRow(long id, String internalNumber, String alias, @Nullable String externalReference, String unitName,
		long targetGroupId, @Nullable LocalDate referralDate, boolean registrationConsent) {

}
