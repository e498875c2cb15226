package dk.peerstoette.staffsurvey;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import dk.peerstoette.dashboard.DashboardProperties;
import dk.peerstoette.dashboard.ReportContribution;
import dk.peerstoette.dashboard.ReportTable;
import dk.peerstoette.quote.QuoteLevel;
import dk.peerstoette.staffsurvey.StaffSurveyQueries.RoundRow;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organisation level of the evaluation report: each round closed in the period, per
 * unit, with its means per CHIME dimension and the change since the unit's previous round
 * with results, under the same rule as a round's page (a round is shown only when closed
 * with at least the smallest group any figure may show).
 */
@Component
class StaffSurveyReport implements ReportContribution {

	private final StaffSurveyQueries queries;

	private final StaffSurveyService survey;

	private final MessageSource messages;

	private final int minimum;

	StaffSurveyReport(StaffSurveyQueries queries, StaffSurveyService survey, MessageSource messages,
			DashboardProperties dashboard) {
		this.minimum = dashboard.minPersons();
		this.queries = queries;
		this.survey = survey;
		this.messages = messages;
	}

	@Override
	public QuoteLevel level() {
		return QuoteLevel.ORGANISATION;
	}

	@Override
	@Transactional(readOnly = true)
	public Part part(Collection<Long> organisationIds, LocalDate from, LocalDate to, Locale locale) {
		List<ReportTable> tables = new ArrayList<>();
		int shownAnswers = 0;
		List<RoundRow> rounds = this.queries.closedIn(organisationIds, from, to);
		DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
		for (RoundRow round : rounds) {
			SurveyResults results = this.survey.results(round, this.survey.answers(round));
			if (!results.shown()) {
				continue;
			}
			shownAnswers += results.answered();
			List<ReportTable.Row> rows = results.dimensions()
				.stream()
				.map((dimension) -> new ReportTable.Row(
						message("instrument.dimension." + dimension.dimension().name(), locale),
						List.of(number(dimension.mean(), locale), change(dimension.change(), locale)), false))
				.toList();
			tables.add(new ReportTable("staff-survey-" + round.id(),
					message("staffsurvey.report.table", locale, round.organisationName(), round.unitName(),
							round.number(), dates.format(round.closedOn())),
					List.of(message("staffsurvey.report.mean", locale), message("staffsurvey.report.change", locale)),
					rows,
					(results.comparedWith() != null)
							? message("staffsurvey.results.comparedWith", locale, results.comparedWith())
							: message("staffsurvey.results.noEarlier", locale)));
		}
		String method = message("staffsurvey.report.method", locale, rounds.size(), tables.size(), shownAnswers,
				this.minimum);
		return new Part(tables, method);
	}

	private String number(BigDecimal value, Locale locale) {
		return String.format(locale, "%.2f", value);
	}

	private String change(@Nullable BigDecimal value, Locale locale) {
		return (value != null) ? String.format(locale, "%+.2f", value) : "–";
	}

	private String message(String code, Locale locale, Object... args) {
		return this.messages.getMessage(code, args, locale);
	}

}
