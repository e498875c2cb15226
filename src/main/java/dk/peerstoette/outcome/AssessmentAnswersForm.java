package dk.peerstoette.outcome;

import java.util.HashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import dk.peerstoette.instrument.InstrumentDefinition;

/**
 * The answers given, by item id ({@code answers[12]=3}); an item left blank is absent.
 */
class AssessmentAnswersForm {

	private Map<Long, @Nullable Integer> answers = new HashMap<>();

	/** Confirms finishing with nothing answered, when asked. */
	private boolean finishUnanswered;

	public Map<Long, @Nullable Integer> getAnswers() {
		return this.answers;
	}

	public void setAnswers(Map<Long, @Nullable Integer> answers) {
		this.answers = answers;
	}

	public boolean isFinishUnanswered() {
		return this.finishUnanswered;
	}

	public void setFinishUnanswered(boolean finishUnanswered) {
		this.finishUnanswered = finishUnanswered;
	}

	/** The answers that were given. */
	Map<Long, Integer> given() {
		return InstrumentDefinition.given(this.answers);
	}

}
