package dk.peerstoette.contact;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A recipient the form offers: their label (recipient_view's, "alias (number)"), the
 * course they are in and the day of the last contact with them, if any.
 */
record RecipientOption(long recipientId, String label, String courseKind, @Nullable String courseTitle,
		@Nullable LocalDate lastContactOn) {

}
