package dk.peerstoette.web;

/**
 * Someone else saved the record after the form was opened (its version moved on); nothing
 * was written. Shown as the message {@code form.concurrentChange}.
 */
public class ConcurrentChangeException extends RuntimeException {

	public ConcurrentChangeException() {
		super("The record was changed by someone else");
	}

}
