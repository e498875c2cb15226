package dk.peerstoette.web;

import java.util.List;

import dk.peerstoette.web.FormProblems.Problem;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A form was refused: it failed its own validation or broke rules that only a service can
 * check. Carries every problem at once; nothing was written. The one way a service
 * refuses a form (see {@link FormProblems}). One that no controller puts on its form was
 * sent with values no form offers: a bad request.
 */
@ResponseStatus(HttpStatus.BAD_REQUEST)
public class FormRejectedException extends RuntimeException {

	private final List<Problem> problems;

	FormRejectedException(List<Problem> problems) {
		super("Form rejected: " + problems);
		this.problems = List.copyOf(problems);
	}

	public List<Problem> getProblems() {
		return this.problems;
	}

	/**
	 * The first problem's message code, for a change that answers with a flash message.
	 */
	public String firstCode() {
		return this.problems.isEmpty() ? "form.invalid" : this.problems.get(0).code();
	}

}
