package dk.peerstoette.contact;

/**
 * A form came back with a one-time token that is not the user's or no longer kept
 * (tampered with, or older than the tokens are kept). Nothing was written; the form is
 * shown again with a new token.
 */
class UnknownTokenException extends RuntimeException {

	UnknownTokenException() {
		super("Unknown or expired form token");
	}

}
