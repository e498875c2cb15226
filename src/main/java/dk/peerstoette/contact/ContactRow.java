package dk.peerstoette.contact;

import java.time.LocalDate;
import java.time.LocalTime;

import org.jspecify.annotations.Nullable;

/**
 * A line of a contact list or week: never the note. The recipient ({@code recipientId})
 * is shown by alias and internal number; an organisational activity or a group meeting
 * names none.
 */
record ContactRow(long id, LocalDate occurredOn, LocalTime startsAt, int durationMinutes, ContactKind kind,
		ContactStatus status, @Nullable Long recipientId, @Nullable String recipient, @Nullable String peerWorker,
		String unitName) {

	public LocalTime endsAt() {
		return this.startsAt.plusMinutes(this.durationMinutes);
	}

}
