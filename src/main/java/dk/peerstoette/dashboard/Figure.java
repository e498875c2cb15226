package dk.peerstoette.dashboard;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * One aggregate figure and how many distinct people it is built from. After suppression a
 * figure built from too few people has no value.
 *
 * @param value the figure, none once suppressed or where there is nothing to show
 * @param persons how many distinct people the figure rests on (recipients, peer workers,
 * or pairs of measurements)
 * @param shown whether it is shown, or hidden and why
 */
public record Figure(@Nullable BigDecimal value, int persons, Shown shown) {

	public static Figure of(@Nullable BigDecimal value, int persons) {
		return new Figure(value, persons, Shown.VALUE);
	}

	public static Figure of(long value, int persons) {
		return new Figure(BigDecimal.valueOf(value), persons, Shown.VALUE);
	}

	/** Whether the figure is shown. */
	public enum Shown {

		/** The value is shown. */
		VALUE,
		/** Built from fewer people than the threshold: shown as '&lt;5'. */
		SMALL,
		/**
		 * Hidden so that a small figure cannot be worked out from a total: shown as '–'.
		 */
		HIDDEN

	}

}
