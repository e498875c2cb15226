package dk.peerstoette.recipient;

import java.util.List;

/**
 * Form values broke rules that the service checks; nothing was saved. Carries every
 * problem, so the form can show a message next to each field at once.
 */
class RejectedValuesException extends RuntimeException {

	private final List<FieldProblem> problems;

	RejectedValuesException(List<FieldProblem> problems) {
		super("Rejected: " + problems);
		this.problems = List.copyOf(problems);
	}

	List<FieldProblem> getProblems() {
		return this.problems;
	}

}
