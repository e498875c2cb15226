package dk.peerstoette.partnership;

/** Someone else saved the record after the form was opened; nothing was written. */
class ConcurrentChangeException extends RuntimeException {

	ConcurrentChangeException() {
		super("The record was changed by someone else");
	}

}
