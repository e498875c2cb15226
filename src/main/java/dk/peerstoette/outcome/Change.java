package dk.peerstoette.outcome;

import java.math.BigDecimal;

/**
 * How a dimension moved from baseline to the latest score: by at least the threshold up
 * or down, or less than that. Labels are {@code outcome.change.<NAME>}.
 */
enum Change {

	IMPROVED, UNCHANGED, DECLINED;

	static Change of(BigDecimal difference, BigDecimal threshold) {
		if (difference.compareTo(threshold) >= 0) {
			return IMPROVED;
		}
		return (difference.negate().compareTo(threshold) >= 0) ? DECLINED : UNCHANGED;
	}

}
