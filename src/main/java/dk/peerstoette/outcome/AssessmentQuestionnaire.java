package dk.peerstoette.outcome;

import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import dk.peerstoette.instrument.InstrumentDefinition;

/** An instrument as the answer pages show it: its items and the points of its scale. */
record AssessmentQuestionnaire(InstrumentDefinition instrument) {

	/** A point of the scale with its label, or its number where it has none. */
	record Point(int value, String label) {
	}

	public List<InstrumentDefinition.Item> items() {
		return this.instrument.items();
	}

	public List<Point> points(Locale locale) {
		return IntStream.rangeClosed(this.instrument.scaleMin(), this.instrument.scaleMax())
			.mapToObj((value) -> new Point(value, label(value, locale)))
			.toList();
	}

	public String label(int value, Locale locale) {
		return this.instrument.anchors()
			.stream()
			.filter((anchor) -> anchor.value() == value)
			.findFirst()
			.map((anchor) -> anchor.label(locale))
			.orElse(String.valueOf(value));
	}

}
