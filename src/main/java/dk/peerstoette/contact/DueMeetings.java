package dk.peerstoette.contact;

import java.util.List;

import dk.peerstoette.security.StaffUser;

/**
 * The planned meetings waiting for a user to say whether they were held: today's and the
 * overdue ones (planned before today), oldest first. A peer worker gets the meetings they
 * are to hold, a coordinator those they planned; anyone else none. Listing them is
 * audited as a search.
 */
public interface DueMeetings {

	List<DueMeeting> dueFor(StaffUser user);

}
