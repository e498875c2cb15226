package dk.peerstoette.instrument;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** The scoring rule on fixed answers, with the expected scores worked out by hand. */
class InstrumentDefinitionScoreTest {

	/**
	 * Scale 0-4, half the items needed: Connection items 1 and 2 (2 reverse-scored), Hope
	 * 3 and 4, Identity 5, 6 and 7, Meaning 8 alone, no Empowerment item.
	 */
	private static final InstrumentDefinition ZERO_TO_FOUR = definition(0, 4, "0.50",
			List.of(item(1, ChimeDimension.CONNECTION, false), item(2, ChimeDimension.CONNECTION, true),
					item(3, ChimeDimension.HOPE, false), item(4, ChimeDimension.HOPE, false),
					item(5, ChimeDimension.IDENTITY, false), item(6, ChimeDimension.IDENTITY, false),
					item(7, ChimeDimension.IDENTITY, false), item(8, ChimeDimension.MEANING, false)));

	@Test
	void aReverseScoredAnswerCountsAsMinPlusMaxMinusTheAnswer() {
		// Connection: 3 and (0 + 4 - 1) = 3 -> 3.00
		DimensionScores scores = ZERO_TO_FOUR.score(Map.of(1L, 3, 2L, 1));
		assertThat(scores.of(ChimeDimension.CONNECTION)).isEqualByComparingTo("3.00");
		assertThat(scores.answeredItems()).isEqualTo(2);
	}

	@Test
	void exactlyHalfTheItemsAnsweredIsEnoughAndLessIsNot() {
		// Hope: 1 of 2 answered = 0.50 -> score of the one answer, 4.00.
		// Identity: 1 of 3 answered = 0.33 -> no score. Meaning: none answered -> no
		// score.
		DimensionScores scores = ZERO_TO_FOUR.score(Map.of(3L, 4, 5L, 2));
		assertThat(scores.of(ChimeDimension.HOPE)).isEqualByComparingTo("4.00");
		assertThat(scores.of(ChimeDimension.IDENTITY)).isNull();
		assertThat(scores.of(ChimeDimension.MEANING)).isNull();
		assertThat(scores.of(ChimeDimension.CONNECTION)).isNull();
		assertThat(scores.answeredItems()).isEqualTo(2);
	}

	@Test
	void theScoreIsTheMeanOfTheAnsweredItemsOnlyRoundedToTwoDecimals() {
		// Identity: 2 of 3 answered (2 and 1) -> 3 / 2 = 1.50, the missing item is not a
		// 0.
		assertThat(ZERO_TO_FOUR.score(Map.of(5L, 2, 7L, 1)).of(ChimeDimension.IDENTITY)).isEqualByComparingTo("1.50");
		// Identity: 2, 2 and 1 -> 5 / 3 = 1.666... -> 1.67
		assertThat(ZERO_TO_FOUR.score(Map.of(5L, 2, 6L, 2, 7L, 1)).of(ChimeDimension.IDENTITY))
			.isEqualByComparingTo("1.67");
	}

	@Test
	void aDimensionWithoutItemsHasNoScoreAndAnswersToOtherItemsAreIgnored() {
		DimensionScores scores = ZERO_TO_FOUR.score(Map.of(8L, 0, 99L, 4));
		assertThat(scores.of(ChimeDimension.EMPOWERMENT)).isNull();
		assertThat(scores.of(ChimeDimension.MEANING)).isEqualByComparingTo("0.00");
		assertThat(scores.answeredItems()).isEqualTo(1);
		assertThat(scores.scores()).containsOnlyKeys(ChimeDimension.MEANING);
	}

	@Test
	void reverseScoringUsesTheInstrumentsOwnScale() {
		// Scale 1-5, all items needed: Hope 2 and reverse-scored 2 -> (1 + 5 - 2) = 4 ->
		// (2 + 4) / 2 = 3.00. Hope with one answer of two: 0.50 < 1.00 -> no score.
		InstrumentDefinition oneToFive = definition(1, 5, "1.00",
				List.of(item(1, ChimeDimension.HOPE, false), item(2, ChimeDimension.HOPE, true)));
		assertThat(oneToFive.score(Map.of(1L, 2, 2L, 2)).of(ChimeDimension.HOPE)).isEqualByComparingTo("3.00");
		assertThat(oneToFive.score(Map.of(2L, 2)).of(ChimeDimension.HOPE)).isNull();
	}

	@Test
	void anAnswerOffTheScaleIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> ZERO_TO_FOUR.score(Map.of(1L, 5)));
		assertThatIllegalArgumentException().isThrownBy(() -> ZERO_TO_FOUR.score(Map.of(1L, -1)));
	}

	private static InstrumentDefinition definition(int min, int max, String share,
			List<InstrumentDefinition.Item> items) {
		return new InstrumentDefinition(1, "TEST", 1, "Test", "Test", null, null, min, max, new BigDecimal(share),
				InstrumentStatus.DRAFT, InstrumentPurpose.RECIPIENT_OUTCOME, List.of(), items);
	}

	/** An item whose id is its position. */
	private static InstrumentDefinition.Item item(int position, ChimeDimension dimension, boolean reverse) {
		return new InstrumentDefinition.Item(position, position, ItemDimension.valueOf(dimension.name()),
				"t" + position, "t" + position, reverse);
	}

}
