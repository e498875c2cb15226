package dk.peerstoette.contact;

import java.time.LocalDate;
import java.time.LocalTime;

import org.jspecify.annotations.Nullable;

/**
 * A planned meeting that is due: when, how long, its kind as a message key, with whom
 * (alias and internal number) and by which peer worker, whether it is overdue, and where
 * to mark it held or not held.
 */
public record DueMeeting(long id, LocalDate occurredOn, LocalTime startsAt, int durationMinutes, String kindKey,
		@Nullable Long recipientId, @Nullable String recipient, @Nullable String peerWorker, boolean overdue) {

	DueMeeting withoutPeerWorker() {
		return new DueMeeting(this.id, this.occurredOn, this.startsAt, this.durationMinutes, this.kindKey,
				this.recipientId, this.recipient, null, this.overdue);
	}

	/** The meeting's own page. */
	public String path() {
		return "/contacts/" + this.id;
	}

	/** The quick entry, filled in from the plan, that records it as held. */
	public String heldPath() {
		return "/contacts/planned/" + this.id + "/held";
	}

	/** The page that records why it was not held. */
	public String notHeldPath() {
		return "/contacts/planned/" + this.id + "/not-held";
	}

}
