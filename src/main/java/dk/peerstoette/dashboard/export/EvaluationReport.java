package dk.peerstoette.dashboard.export;

import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;

import dk.peerstoette.dashboard.ReportTable;
import dk.peerstoette.instrument.ChimeDimension;
import dk.peerstoette.quote.QuoteLevel;
import dk.peerstoette.quote.ReportedQuote;

/**
 * The printable evaluation report of a partnership (or organisation) and period, as the
 * template shows it: every figure already text, suppressed figures as their marks.
 *
 * @param partnershipName the partnership reported on, if any
 * @param organisationNames the organisations whose figures the report holds
 * @param periodText the period in words
 * @param periodLabel the period as in file names
 * @param minPersons the threshold of the suppression rule
 * @param dimensions one section per CHIME dimension, in CHIME order
 * @param chimeOverview CHIME tables whose rows are not one per dimension
 * @param activity the activity figures
 * @param supervision supervision and strain counts
 * @param peerWorkers the peer workers' level: their own outcomes, how their peer work
 * ended, and what was said of them
 * @param organisations the organisations' level: the staff survey, and what was said of
 * the organisations
 * @param methods the methods section: periods, pairs, the suppression rule, the
 * instruments
 * @param query the filter as a query string, for the PDF link
 */
record EvaluationReport(@Nullable String partnershipName, List<String> organisationNames, String periodText,
		String periodLabel, int minPersons, List<DimensionSection> dimensions, List<ReportTable> chimeOverview,
		List<ReportTable> activity, List<ReportTable> supervision, Level peerWorkers, Level organisations,
		List<Fact> methods, String query) {

	/**
	 * A CHIME dimension: its row of each CHIME table and a few of the recipients' quotes.
	 */
	record DimensionSection(ChimeDimension dimension, String name, List<ReportTable> figures,
			List<ReportedQuote> quotes) {

	}

	/** A level of the evaluation beyond the recipients': its figures and its quotes. */
	record Level(List<ReportTable> figures, List<ReportedQuote> quotes) {

	}

	/** A line of the methods section. */
	record Fact(String label, String text) {

	}

}
