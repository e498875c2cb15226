package dk.peerstoette.quote;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.jspecify.annotations.Nullable;

import dk.peerstoette.instrument.ChimeDimension;

/**
 * Quotes and observations for reports. The caller decides which organisations the reader
 * may see; what comes back carries no recipient.
 */
public interface QuoteReports {

	/**
	 * The newest quotes and observations of the organisations recorded from {@code from}
	 * to {@code to} (both included), with the dimension if one is given, at the level if
	 * one is given: at most {@code limit} of each level, by level (recipients, peer
	 * workers, the organisation), newest first. Deleted ones are left out, and so are
	 * those linked to a recipient who no longer consents to anonymised quotes.
	 */
	List<ReportedQuote> quotes(Collection<Long> organisationIds, LocalDate from, LocalDate to,
			@Nullable ChimeDimension dimension, @Nullable QuoteLevel level, int limit);

}
