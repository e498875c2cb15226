package dk.peerstoette.dashboard;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import dk.peerstoette.quote.QuoteLevel;

/**
 * A part of the evaluation report that a module above the dashboard writes from its own
 * figures (the staff survey, for the organisation level), so that the dashboard need not
 * depend on it. The contributor applies its own small-number rules; the report audits the
 * export as a whole.
 */
public interface ReportContribution {

	/** The level of the evaluation whose chapter the part belongs in. */
	QuoteLevel level();

	/**
	 * The part for the organisations (already the reader's scope) and the period, both
	 * days included.
	 */
	Part part(Collection<Long> organisationIds, LocalDate from, LocalDate to, Locale locale);

	/**
	 * @param tables the figures, as text
	 * @param method what the methods section says of them, if anything
	 */
	record Part(List<ReportTable> tables, @Nullable String method) {

		public Part {
			tables = List.copyOf(tables);
		}

	}

}
