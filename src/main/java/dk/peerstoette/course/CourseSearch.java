package dk.peerstoette.course;

import java.util.List;
import java.util.Locale;

import dk.peerstoette.security.StaffUser;
import dk.peerstoette.web.SearchOption;

/**
 * The one search for a course, behind every form that picks one (a contact, a planned or
 * a group meeting) and its JSON endpoint {@code /courses/search}: the courses the user
 * may see — a coordinator's organisation's, a peer worker's own — whose title or
 * recipients' alias or number contains the text, at most {@link #LIMIT}, running ones
 * first, each labelled with its kind, title and recipients (alias and number), unit and
 * dates. With nothing typed it offers the most recent. A role that never sees recipients
 * is refused (403, audited); every search is audited with its criteria and the courses
 * and recipients it offered.
 */
public interface CourseSearch {

	/** How many courses one search offers at most. */
	int LIMIT = 10;

	/**
	 * The courses in the user's scope that match.
	 * @param via a code for the access log: which form asked
	 */
	List<SearchOption> find(StaffUser user, Query query, String via, Locale locale);

	/**
	 * What is asked: the text (blank for the most recent), only group courses, only
	 * courses that have started.
	 */
	record Query(String text, boolean groupsOnly, boolean startedOnly) {

	}

}
