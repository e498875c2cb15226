package dk.peerstoette.dashboard.export;

import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;

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
 * @param query the filter as a query string, for the PDF link
 */
record EvaluationReport(@Nullable String partnershipName, List<String> organisationNames, String periodText,
		String periodLabel, int minPersons, List<DimensionSection> dimensions, List<Table> chimeOverview,
		List<Table> activity, List<Table> supervision, String query) {

	/**
	 * A CHIME dimension: its row of each CHIME table and a few quotes of each level.
	 */
	record DimensionSection(ChimeDimension dimension, String name, List<Table> figures, List<ReportedQuote> quotes) {

		/** The levels that have quotes, in the evaluation's order. */
		public List<QuoteLevel> levels() {
			return Arrays.stream(QuoteLevel.values())
				.filter((level) -> this.quotes.stream().anyMatch((quote) -> quote.level() == level))
				.toList();
		}

		public List<ReportedQuote> quotesAt(QuoteLevel level) {
			return this.quotes.stream().filter((quote) -> quote.level() == level).toList();
		}

	}

	/** A table as text. */
	record Table(String id, String title, List<String> columns, List<Row> rows, @Nullable String note) {

	}

	/** A row as text; a total row is set apart. */
	record Row(String label, List<String> cells, boolean total) {

	}

}
