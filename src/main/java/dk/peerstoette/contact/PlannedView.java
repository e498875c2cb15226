package dk.peerstoette.contact;

import java.time.LocalDate;
import java.time.LocalTime;

import org.jspecify.annotations.Nullable;

/** A planned meeting as the page that marks it shows it: what, when, with whom. */
record PlannedView(long id, ContactStatus status, ContactKind kind, LocalDate occurredOn, LocalTime startsAt,
		int durationMinutes, @Nullable String recipient, @Nullable String peerWorker, long version) {

	public boolean isPlanned() {
		return this.status == ContactStatus.PLANNED;
	}

}
