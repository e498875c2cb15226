package dk.peerstoette.outcome;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import dk.peerstoette.instrument.ChimeDimension;

/**
 * An assessment's page: whom and when, the instrument with the answers given, and the
 * scores once completed.
 */
record AssessmentView(long id, long recipientId, String recipient, long courseId, String courseKind,
		@Nullable String courseTitle, Timepoint timepoint, LocalDate answeredOn, Respondent respondent,
		AssessmentStatus status, AssessmentQuestionnaire questionnaire, Map<Long, Integer> answers, int answeredItems,
		List<Score> scores) {

	/** A dimension's score; none if too few of its items were answered. */
	record Score(ChimeDimension dimension, @Nullable BigDecimal value) {
	}

	public boolean completed() {
		return this.status == AssessmentStatus.COMPLETED;
	}

	public boolean selfReport() {
		return this.respondent == Respondent.SELF;
	}

	/**
	 * Whether it may be discarded: it gave no score, being begun only or completed with
	 * too few answers.
	 */
	public boolean discardable() {
		return this.scores.stream().allMatch((score) -> score.value() == null);
	}

	/** The answer given to an item, if any. */
	public @Nullable Integer answer(long itemId) {
		return this.answers.get(itemId);
	}

}
