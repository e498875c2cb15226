package dk.peerstoette.dashboard;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * One aggregate figure as it may be shown: its value (already rounded or perturbed), or
 * why it is not shown. How many people it rests on is not part of it: that is not for the
 * reader.
 *
 * @param value the figure, none when it is not shown or where there is nothing to show
 * @param shown whether it is shown, or hidden and why
 */
public record Figure(@Nullable BigDecimal value, Shown shown) {

	public static Figure of(@Nullable BigDecimal value) {
		return new Figure(value, Shown.VALUE);
	}

	public static Figure of(long value) {
		return new Figure(BigDecimal.valueOf(value), Shown.VALUE);
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
