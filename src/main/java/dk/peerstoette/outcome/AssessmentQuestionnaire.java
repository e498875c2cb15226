package dk.peerstoette.outcome;

import java.util.List;
import java.util.Locale;

import dk.peerstoette.instrument.InstrumentDefinition;

/** An instrument as the answer pages show it: its items and the points of its scale. */
record AssessmentQuestionnaire(InstrumentDefinition instrument) {

	public List<InstrumentDefinition.Item> items() {
		return this.instrument.items();
	}

	public List<InstrumentDefinition.Point> points(Locale locale) {
		return this.instrument.points(locale);
	}

	public String label(int value, Locale locale) {
		return this.instrument.label(value, locale);
	}

}
