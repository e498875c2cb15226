package dk.peerstoette.course;

/** Someone else saved the course after the form was opened; nothing was written. */
class ConcurrentChangeException extends RuntimeException {

	ConcurrentChangeException() {
		super("The course was changed by someone else");
	}

}
