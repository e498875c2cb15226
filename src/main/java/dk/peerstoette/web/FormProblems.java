package dk.peerstoette.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Every problem a service finds with a form, so that the form comes back once with all of
 * them rather than one per submit. A service adds each problem it finds (a field, a
 * message code and its arguments: dates, numbers or codes, never typed text) and calls
 * {@link #throwIfAny()} before it writes anything. {@link FormSubmission} starts one that
 * knows whether the form already failed its own validation, so that the service's checks
 * run on an invalid form too and a form that failed either way is never saved.
 */
public final class FormProblems {

	private final boolean formInvalid;

	private final List<Problem> problems = new ArrayList<>();

	/** For a form that passed its own validation, or a change that has no form. */
	public FormProblems() {
		this(false);
	}

	FormProblems(boolean formInvalid) {
		this.formInvalid = formInvalid;
	}

	/** A problem with one field; the message goes next to it. */
	public FormProblems add(String field, String code, Object... args) {
		this.problems.add(new Problem(field, code, List.of(args)));
		return this;
	}

	/** A problem with the whole form, not one field (someone else saved first). */
	public FormProblems addToForm(String code, Object... args) {
		return add("", code, args);
	}

	/** Whether a field has a problem already, for checks that build on its value. */
	public boolean has(String field) {
		return this.problems.stream().anyMatch((problem) -> problem.field().equals(field));
	}

	/** The first problem found, if any (not counting the form's own validation). */
	public Optional<Problem> first() {
		return this.problems.stream().findFirst();
	}

	/**
	 * Whether no problem was found so far, by the form's own validation or the service;
	 * only then can the form's values be taken as valid.
	 */
	public boolean isEmpty() {
		return !this.formInvalid && this.problems.isEmpty();
	}

	/**
	 * Refuses the form if it failed its own validation or the service found a problem;
	 * call it before the first write.
	 */
	public void throwIfAny() {
		if (!isEmpty()) {
			throw new FormRejectedException(this.problems);
		}
	}

	/** A refusal of one field, for a rule that can only be broken while writing. */
	public static FormRejectedException rejected(String field, String code, Object... args) {
		return new FormRejectedException(List.of(new Problem(field, code, List.of(args))));
	}

	/**
	 * A problem: the field it belongs to (empty for the whole form), the message code and
	 * the message's arguments.
	 */
	public record Problem(String field, String code, List<Object> args) {

		public Problem {
			args = List.copyOf(args);
		}

		public boolean isGlobal() {
			return this.field.isEmpty();
		}

		Object[] argArray() {
			return this.args.toArray();
		}

		@Override
		public String toString() {
			// Codes only: arguments may be dates of a person's record.
			return (isGlobal() ? "" : this.field + ":") + this.code;
		}

	}

	@Override
	public String toString() {
		return Arrays.toString(this.problems.toArray());
	}

}
