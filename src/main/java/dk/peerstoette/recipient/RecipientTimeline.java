package dk.peerstoette.recipient;

import java.util.List;

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

	/** How many of the recipient's events this user may see listed. */
	long countOf(long recipientId, StaffUser user);

	/**
	 * The newest {@code limit} of those events, in the timeline's order: day, time of day
	 * (events without one last) and record id, each newest first ({@link TimelineEvent}).
	 * Never notes or other free text.
	 */
	List<TimelineEvent> newestOf(long recipientId, StaffUser user, int limit);

}
