package dk.peerstoette.quote;

/**
 * Which of the evaluation's three levels a quote speaks to: the recipients, the peer
 * workers themselves, or the organisation (its language, recovery orientation, the divide
 * between staff and users). Labels are {@code quote.level.<NAME>}.
 */
public enum QuoteLevel {

	RECIPIENT, PEER_WORKER, ORGANISATION

}
