package dk.peerstoette.recipient;

import java.util.List;
import java.util.function.Function;
import java.util.function.ToLongFunction;

import dk.peerstoette.security.StaffUser;

/**
 * Dated events about a recipient that other modules keep (contacts, assessments), for the
 * timeline on the recipient's page. The page asks every implementation after it has
 * checked that the user may see the recipient; an implementation lists only what the user
 * may see of its own records. The timeline is paged: it asks each implementation for its
 * newest events, enough to fill the page asked for, and audits the records the page
 * shows.
 */
public interface RecipientTimeline {

	/**
	 * The newest {@code limit} of the recipient's events this user may see, in the
	 * timeline's order: day, time of day (events without one last) and record id, each
	 * newest first ({@link TimelineEvent}); never notes or other free text. With how many
	 * there are in all, from the same query.
	 */
	Newest newestOf(long recipientId, StaffUser user, int limit);

	/** Some newest events of a source, and how many it has for the user in all. */
	record Newest(List<TimelineEvent> events, long total) {

		public static final Newest NONE = new Newest(List.of(), 0);

		/**
		 * The events of a source's rows, each of which carries the source's total (none
		 * when there are no rows).
		 */
		public static <R> Newest of(List<R> rows, ToLongFunction<R> total, Function<R, TimelineEvent> event) {
			return new Newest(rows.stream().map(event).toList(), rows.isEmpty() ? 0 : total.applyAsLong(rows.get(0)));
		}

	}

}
