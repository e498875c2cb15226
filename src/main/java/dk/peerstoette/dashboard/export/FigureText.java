package dk.peerstoette.dashboard.export;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import dk.peerstoette.dashboard.Figure;

/**
 * How a figure reads in an export: its value, '&lt;5' when it rests on too few people,
 * '–' when it is hidden so that a small figure cannot be worked out from a total. A
 * suppressed figure has no value to show, and none is looked for.
 */
final class FigureText {

	/** What a hidden figure (secondary suppression) shows. */
	static final String HIDDEN = "–";

	private final int minPersons;

	FigureText(int minPersons) {
		this.minPersons = minPersons;
	}

	/** What a figure resting on too few people shows, e.g. '&lt;5'. */
	String small() {
		return "<" + this.minPersons;
	}

	int minPersons() {
		return this.minPersons;
	}

	/** The value to write as a number, or none when the figure is suppressed or empty. */
	static @Nullable BigDecimal number(Figure figure) {
		return (figure.shown() == Figure.Shown.VALUE) ? figure.value() : null;
	}

	/** Plain text, a point for decimals (CSV). */
	String plain(Figure figure) {
		return switch (figure.shown()) {
			case SMALL -> small();
			case HIDDEN -> HIDDEN;
			case VALUE -> (figure.value() != null) ? plain(figure.value()) : "";
		};
	}

	/** Text in the reader's language (the report). */
	String local(Figure figure, Locale locale) {
		return switch (figure.shown()) {
			case SMALL -> small();
			case HIDDEN -> HIDDEN;
			case VALUE -> (figure.value() != null) ? local(figure.value(), locale) : "";
		};
	}

	static String plain(BigDecimal value) {
		BigDecimal stripped = value.stripTrailingZeros();
		return ((stripped.scale() < 0) ? stripped.setScale(0) : stripped).toPlainString();
	}

	static String local(BigDecimal value, Locale locale) {
		NumberFormat format = NumberFormat.getNumberInstance(locale);
		int decimals = Math.max(0, value.stripTrailingZeros().scale());
		format.setMinimumFractionDigits(decimals);
		format.setMaximumFractionDigits(decimals);
		return format.format(value);
	}

}
