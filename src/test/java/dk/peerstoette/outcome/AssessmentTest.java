package dk.peerstoette.outcome;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import dk.peerstoette.instrument.ChimeDimension;
import dk.peerstoette.instrument.DimensionScores;

import static dk.peerstoette.web.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

/** An assessment is completed once: its answers and scores never change after. */
class AssessmentTest {

	private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");

	private final Assessment assessment = new Assessment(1, 2, 3, 4, 5, Timepoint.BASELINE, LocalDate.of(2026, 3, 2),
			Respondent.SELF, 6, NOW);

	@Test
	void isCompletedWithItsAnswersAndScores() {
		this.assessment.complete(Map.of(10L, 3), hope("3.00"), NOW.plusSeconds(60));
		assertThat(this.assessment.isCompleted()).isTrue();
		assertThat(this.assessment.answers()).containsExactly(Map.entry(10L, 3));
		assertThat(this.assessment.score(ChimeDimension.HOPE)).isEqualByComparingTo("3.00");
		assertThat(this.assessment.getCompletedAt()).isEqualTo(NOW.plusSeconds(60));
	}

	@Nested
	class Refused {

		@Test
		void completingTwice() {
			assessment.complete(Map.of(10L, 3), hope("3.00"), NOW);
			assertRefused("outcome.assessment.alreadyCompleted",
					() -> assessment.complete(Map.of(10L, 1), hope("1.00"), NOW.plusSeconds(60)));
			assertThat(assessment.answers()).containsExactly(Map.entry(10L, 3));
			assertThat(assessment.score(ChimeDimension.HOPE)).isEqualByComparingTo("3.00");
			assertThat(assessment.getCompletedAt()).isEqualTo(NOW);
		}

	}

	private static DimensionScores hope(String score) {
		return new DimensionScores(Map.of(ChimeDimension.HOPE, new BigDecimal(score)), 1);
	}

}
