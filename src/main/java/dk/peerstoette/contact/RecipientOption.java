package dk.peerstoette.contact;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A recipient the form offers: alias and internal number, the course they are in and the
 * day of the last contact with them, if any.
 */
record RecipientOption(long recipientId, String alias, String internalNumber, String courseKind,
		@Nullable String courseTitle, @Nullable LocalDate lastContactOn) {

	public String label() {
		return this.alias + " (" + this.internalNumber + ")";
	}

}
