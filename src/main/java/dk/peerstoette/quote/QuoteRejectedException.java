package dk.peerstoette.quote;

import java.util.List;

/** Form values broke rules the service checks; nothing was saved. */
class QuoteRejectedException extends RuntimeException {

	private final List<QuoteProblem> problems;

	QuoteRejectedException(List<QuoteProblem> problems) {
		super("Rejected: " + problems);
		this.problems = List.copyOf(problems);
	}

	List<QuoteProblem> getProblems() {
		return this.problems;
	}

}
