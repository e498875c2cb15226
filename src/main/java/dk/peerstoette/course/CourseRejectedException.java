package dk.peerstoette.course;

import java.util.List;

/**
 * A course form broke rules that only the service can check; names every field with its
 * message code. Nothing was written.
 */
class CourseRejectedException extends RuntimeException {

	private final List<FieldProblem> problems;

	CourseRejectedException(List<FieldProblem> problems) {
		super("Course rejected: " + problems.stream().map(FieldProblem::code).toList());
		this.problems = List.copyOf(problems);
	}

	List<FieldProblem> problems() {
		return this.problems;
	}

	/**
	 * A message code for one field, with its arguments (codes or numbers, never names).
	 */
	record FieldProblem(String field, String code, Object... args) {

	}

}
