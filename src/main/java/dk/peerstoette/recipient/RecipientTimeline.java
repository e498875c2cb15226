package dk.peerstoette.recipient;

import java.util.List;

import dk.peerstoette.security.StaffUser;

/**
 * Dated events about a recipient that other modules keep (contacts; later assessments),
 * for the timeline on the recipient's page. The page asks every implementation after it
 * has checked that the user may see the recipient; an implementation lists what the user
 * may see of its own records and audits that it did.
 */
public interface RecipientTimeline {

	/**
	 * The recipient's events this user may see listed; never notes or other free text.
	 */
	List<TimelineEvent> eventsOf(long recipientId, StaffUser user);

}
