package dk.peerstoette.staffsurvey;

/**
 * An answer link that cannot be used: it was used already, its round has closed, or it
 * never existed. The three are one answer, so a link says nothing about the others.
 */
class LinkUnavailableException extends RuntimeException {

	LinkUnavailableException() {
		super("Answer link used, closed or unknown");
	}

}
