package dk.peerstoette.contact;

import java.time.LocalDateTime;

import org.jspecify.annotations.Nullable;

/**
 * One line of a contact's history: who changed which field when, with the values before
 * and after as the page shows them. A kind is a code and a CHIME theme yes or no (the
 * page names them); a changed note shows neither value.
 */
record ChangeRow(LocalDateTime changedAt, String changedBy, String field, @Nullable String oldValue,
		@Nullable String newValue) {

	public boolean isNote() {
		return ContactDescription.NOTE.equals(this.field);
	}

	public boolean isKind() {
		return "kind".equals(this.field);
	}

	/** One member's attendance at a group meeting ({@code attendance:R-...}). */
	public boolean isAttendance() {
		return this.field.startsWith("attendance:");
	}

	/** The member's number of an attendance change. */
	public String member() {
		return this.field.substring(this.field.indexOf(':') + 1);
	}

	/** Names of colleagues or participants: kept only as changed, like a note. */
	public boolean isNames() {
		return "colleagues".equals(this.field) || "participants".equals(this.field);
	}

	public boolean isTheme() {
		return this.field.startsWith("chime.");
	}

	/**
	 * The message key of the field's name: a CHIME theme is named by its theme.
	 */
	public String fieldKey() {
		return isTheme() ? "contact.chime." + this.field.substring(6) : "contact.field." + this.field;
	}

	ChangeRow withValues(@Nullable String oldValue, @Nullable String newValue) {
		return new ChangeRow(this.changedAt, this.changedBy, this.field, oldValue, newValue);
	}

}
