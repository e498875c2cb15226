package dk.peerstoette.peer;

/** Someone else saved the peer worker after the form was opened; nothing was written. */
class ConcurrentChangeException extends RuntimeException {

	ConcurrentChangeException() {
		super("The peer worker was changed by someone else");
	}

}
