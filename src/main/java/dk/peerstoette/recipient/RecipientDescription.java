package dk.peerstoette.recipient;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** A recipient's details as a checked form gives them, trimmed. */
record RecipientDescription(String alias, @Nullable String externalReference, @Nullable Integer birthYear,
		Gender gender, long unitId, long targetGroupId, @Nullable LocalDate referralDate,
		@Nullable Long referralSourceId) {

}
