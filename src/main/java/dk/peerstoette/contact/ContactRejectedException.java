package dk.peerstoette.contact;

import java.util.List;

/**
 * A contact form broke rules that only the service can check; names every field with its
 * message code. Nothing was written.
 */
class ContactRejectedException extends RuntimeException {

	private final List<FieldProblem> problems;

	ContactRejectedException(List<FieldProblem> problems) {
		super("Contact rejected: " + problems.stream().map(FieldProblem::code).toList());
		this.problems = List.copyOf(problems);
	}

	List<FieldProblem> problems() {
		return this.problems;
	}

	/**
	 * A message code for one field, with its arguments (dates or numbers, never names or
	 * typed text).
	 */
	record FieldProblem(String field, String code, Object... args) {

	}

}
