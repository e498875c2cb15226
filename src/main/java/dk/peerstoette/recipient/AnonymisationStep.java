package dk.peerstoette.recipient;

/**
 * What a module removes of one recipient when the recipient is anonymised: free text,
 * links and anything else that could tell who the person was, in its own tables. The rows
 * that the dashboard counts (contacts, attendance, courses, scores) stay, keyed by the
 * recipient's id, which then names nobody. Declared here and called by
 * {@link RecipientAnonymisation} inside its transaction, after the recipient's own row is
 * anonymised and before the consents go, so that a step may still read them.
 */
public interface AnonymisationStep {

	/** Removes what this module keeps that could identify or describe the recipient. */
	void anonymise(long recipientId);

}
