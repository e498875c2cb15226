package dk.peerstoette.quote;

/**
 * Who said it, or saw it, as the national evaluation attributed its quotes; labels are
 * {@code quote.speaker.<NAME>}. A peer worker's or a colleague's words are quoted only
 * with their own consent, recorded on the quote.
 */
public enum QuoteSpeaker {

	RECIPIENT, PEER_WORKER, COLLEAGUE, RELATIVE, MANAGER;

	/** Whether a quote of theirs needs their consent, recorded on it. */
	public boolean needsConsent() {
		return this == PEER_WORKER || this == COLLEAGUE;
	}

}
