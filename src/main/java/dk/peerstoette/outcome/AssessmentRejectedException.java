package dk.peerstoette.outcome;

import java.util.List;

/**
 * An assessment's form broke rules that only the service can check; names every field
 * with its message code. Nothing was written.
 */
class AssessmentRejectedException extends RuntimeException {

	private final List<FieldProblem> problems;

	AssessmentRejectedException(List<FieldProblem> problems) {
		super("Assessment rejected: " + problems.stream().map(FieldProblem::code).toList());
		this.problems = List.copyOf(problems);
	}

	List<FieldProblem> problems() {
		return this.problems;
	}

	/**
	 * A message code for one field (or the whole form, if the field is empty), with its
	 * arguments (dates, never names or typed text).
	 */
	record FieldProblem(String field, String code, Object... args) {

	}

}
