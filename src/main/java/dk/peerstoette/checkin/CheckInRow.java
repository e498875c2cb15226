package dk.peerstoette.checkin;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import dk.peerstoette.instrument.ItemDimension;

/**
 * A check-in as the peer worker's own list and chart show it: the score of each dimension
 * it measured, whether its strain was high, and whether it counts in anonymous
 * statistics.
 */
record CheckInRow(long id, LocalDate answeredOn, boolean countsInStatistics, boolean highStrain,
		Map<ItemDimension, BigDecimal> scores) {

	CheckInRow {
		scores = Map.copyOf(scores);
	}

	/** The score as the table shows it (2, 2.5), or none if it was not measured. */
	public @Nullable String score(ItemDimension dimension) {
		BigDecimal score = this.scores.get(dimension);
		return (score != null) ? score.stripTrailingZeros().toPlainString() : null;
	}

}
