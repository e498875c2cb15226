package dk.peerstoette.course;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A line of the course list. Recipients are shown by alias and internal number, at most
 * {@link #SHOWN} of them, with a count of the rest (a group course can be large);
 * {@code recipientIds} are theirs in the same order.
 */
record CourseRow(long id, CourseKind kind, @Nullable String title, String unitName, LocalDate startsOn,
		@Nullable LocalDate plannedEndOn, @Nullable LocalDate endedOn, CourseStatus status, List<Long> recipientIds,
		List<String> recipients, List<String> peerWorkers, boolean breaksMentorRule) {

	static final int SHOWN = 3;

	public List<String> shownRecipients() {
		return this.recipients.subList(0, Math.min(SHOWN, this.recipients.size()));
	}

	/** The ids of the recipients the line names, in the same order. */
	public List<Long> shownRecipientIds() {
		return this.recipientIds.subList(0, Math.min(SHOWN, this.recipientIds.size()));
	}

	public int moreRecipients() {
		return Math.max(0, this.recipients.size() - SHOWN);
	}

}
