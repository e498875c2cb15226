package dk.peerstoette.quote;

import java.time.LocalDate;
import java.util.Set;

import dk.peerstoette.instrument.ChimeDimension;

/**
 * A quote or observation as a report shows it: what was said or seen, when, in which
 * organisation, and its CHIME dimensions. Never who said it.
 */
public record ReportedQuote(QuoteKind kind, String text, LocalDate recordedOn, String organisationName,
		Set<ChimeDimension> dimensions) {

	public ReportedQuote {
		dimensions = Set.copyOf(dimensions);
	}

}
