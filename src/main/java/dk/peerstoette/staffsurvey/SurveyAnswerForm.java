package dk.peerstoette.staffsurvey;

import java.util.HashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/** The answers given through a link, by item id ({@code answers[12]=3}). */
class SurveyAnswerForm {

	private Map<Long, @Nullable Integer> answers = new HashMap<>();

	public Map<Long, @Nullable Integer> getAnswers() {
		return this.answers;
	}

	public void setAnswers(Map<Long, @Nullable Integer> answers) {
		this.answers = answers;
	}

}
