package dk.peerstoette.contact;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import dk.peerstoette.course.BridgeDestination;

/**
 * A contact's page: its values with names resolved, the note only for those who may read
 * it ({@code noteHidden} says a note exists that this reader may not see), its history,
 * and what the reader may do with it. {@code authorUntil} is the last day the author may
 * correct it. {@code bridgeTo} is a bridge-building contact's; {@code relatives} counts
 * the recipient's relatives who took part (0: none).
 */
record ContactView(long id, ContactKind kind, ContactStatus status, LocalDate occurredOn, LocalTime startsAt,
		int durationMinutes, @Nullable String place, Set<ChimeTheme> themes, @Nullable String note, boolean noteHidden,
		@Nullable String overrideReason, @Nullable Long recipientId, @Nullable String recipient,
		@Nullable Long courseId, @Nullable String courseKind, @Nullable String courseTitle, @Nullable String peerWorker,
		String unitName, String createdBy, LocalDateTime createdAt, String updatedBy, List<ChangeRow> history,
		boolean changeable, LocalDate authorUntil, long version, @Nullable BridgeDestination bridgeTo, int relatives) {

	/**
	 * Where the contact is corrected: a group meeting and an organisational activity on
	 * their own forms, a contact with a recipient on the quick entry's.
	 */
	public @Nullable String editPath() {
		if (this.kind == ContactKind.GROUP_MEETING) {
			return "/contacts/group/" + this.id + "/edit";
		}
		if (ContactKind.organisational().contains(this.kind)) {
			return "/contacts/activities/" + this.id + "/edit";
		}
		return (this.recipientId != null) ? "/contacts/" + this.id + "/edit" : null;
	}

	public LocalTime endsAt() {
		return this.startsAt.plusMinutes(this.durationMinutes);
	}

	/** The note line by line, as it was written; none for a reader who may not see it. */
	public List<String> noteLines() {
		return (this.note != null) ? this.note.lines().toList() : List.of();
	}

	public boolean hasTheme(ChimeTheme theme) {
		return this.themes.contains(theme);
	}

}
