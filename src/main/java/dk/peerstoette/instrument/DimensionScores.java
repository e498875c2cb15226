package dk.peerstoette.instrument;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * An assessment's score per CHIME dimension, on the instrument's own scale, rounded to
 * two decimals. A dimension the instrument does not measure, or with too few answered
 * items, has no score.
 */
public record DimensionScores(Map<ChimeDimension, BigDecimal> scores, int answeredItems) {

	public DimensionScores {
		scores = Collections
			.unmodifiableMap(scores.isEmpty() ? new EnumMap<>(ChimeDimension.class) : new EnumMap<>(scores));
	}

	public @Nullable BigDecimal of(ChimeDimension dimension) {
		return this.scores.get(dimension);
	}

}
