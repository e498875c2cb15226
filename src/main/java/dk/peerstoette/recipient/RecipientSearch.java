package dk.peerstoette.recipient;

import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import dk.peerstoette.security.StaffUser;
import dk.peerstoette.web.SearchOption;

/**
 * The one search for a recipient, behind every form that picks one (contacts, courses,
 * quotes) and its JSON endpoint {@code /recipients/search}: the recipients the user may
 * see — a coordinator's organisation's, a peer worker's through their courses — whose
 * alias or internal number contains the text, at most {@link #LIMIT}, each labelled with
 * alias and number, unit and latest course. A role that never sees recipients
 * ({@link dk.peerstoette.security.Role#seesRecipients()}) is refused (403, audited);
 * every search is audited with its text and the recipients it offered.
 */
public interface RecipientSearch {

	/** How many recipients one search offers at most. */
	int LIMIT = 10;

	/**
	 * The recipients in the user's scope that match the text (at least two characters;
	 * shorter finds nothing and writes nothing).
	 * @param consent if given, recipients without this consent today are flagged
	 * @param via a code for the access log: which form asked
	 */
	List<SearchOption> find(StaffUser user, String text, @Nullable ConsentKind consent, String via, Locale locale);

}
