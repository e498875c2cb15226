package dk.peerstoette.recipient;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a module holds about one recipient, for the recipient's subject access export
 * (GDPR Art. 15). Implemented by each module that keeps rows about recipients; declared
 * here so that recipients depend on none of them. The export asks every implementation
 * only after it has checked that the user may export the recipient, and audits the export
 * itself: an implementation checks no scope, records nothing, and hands over everything
 * it holds, notes and free text included.
 */
public interface SubjectAccessSource {

	/**
	 * The tables whose rows about a recipient this source hands over; a test compares the
	 * tables of all sources with every table of the schema that reaches a recipient.
	 */
	Set<String> tables();

	/** Where the source's sections stand in the document: lower first. */
	int order();

	/**
	 * The source's sections about the recipient, in the reader's language where a text
	 * has two.
	 */
	List<SubjectAccessSection> sectionsOf(long recipientId, Locale locale);

}
