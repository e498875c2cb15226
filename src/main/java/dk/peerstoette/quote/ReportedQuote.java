package dk.peerstoette.quote;

import java.time.LocalDate;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import dk.peerstoette.instrument.ChimeDimension;

/**
 * A quote or observation as a report shows it: what was said or seen, when, in which
 * organisation, its CHIME dimensions, the level it speaks to, and its attribution as the
 * evaluation gave it ("Peer-støttemodtager, Region Sjælland"): the kind of speaker and
 * the region. Never who said it.
 */
public record ReportedQuote(QuoteKind kind, String text, LocalDate recordedOn, String organisationName,
		Set<ChimeDimension> dimensions, @Nullable QuoteSpeaker speaker, QuoteLevel level, @Nullable String regionName) {

	public ReportedQuote {
		dimensions = Set.copyOf(dimensions);
	}

}
