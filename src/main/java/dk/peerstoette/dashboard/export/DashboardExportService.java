package dk.peerstoette.dashboard.export;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import dk.peerstoette.audit.AuditAction;
import dk.peerstoette.audit.AuditLog;
import dk.peerstoette.dashboard.DashboardFilter;
import dk.peerstoette.dashboard.DashboardProperties;
import dk.peerstoette.dashboard.Dashboards;
import dk.peerstoette.dashboard.FigureRow;
import dk.peerstoette.dashboard.FigureTable;
import dk.peerstoette.dashboard.ReportContribution;
import dk.peerstoette.dashboard.ReportTable;
import dk.peerstoette.instrument.ChimeDimension;
import dk.peerstoette.quote.QuoteLevel;
import dk.peerstoette.quote.QuoteReports;
import dk.peerstoette.quote.ReportedQuote;
import dk.peerstoette.security.Role;
import dk.peerstoette.security.StaffUser;
import dk.peerstoette.web.NotFoundException;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the exports are made of: the dashboard's protected tables for the user and filter,
 * and for the report the quotes of the organisations reported on. Only managers and
 * coordinators export; the dashboard service decides the scope of the figures and of the
 * organisations whose quotes the report shows. Every export is audited with its format
 * and table, nothing about people.
 */
@Service
class DashboardExportService {

	/** Quotes per CHIME dimension and level in the report. */
	static final int QUOTES_PER_DIMENSION = 3;

	/** Quotes in the peer workers' and the organisations' chapters. */
	static final int QUOTES_PER_LEVEL = 6;

	private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9_.:-]{1,60}");

	private final Dashboards dashboards;

	private final QuoteReports quotes;

	private final AuditLog audit;

	private final JdbcClient jdbc;

	private final MessageSource messages;

	private final int minPersons;

	private final Clock clock;

	/** What modules above the dashboard add to the report (the staff survey). */
	private final List<ReportContribution> contributions;

	DashboardExportService(Dashboards dashboards, QuoteReports quotes, AuditLog audit, JdbcClient jdbc,
			MessageSource messages, DashboardProperties dashboard, Clock clock,
			List<ReportContribution> contributions) {
		this.contributions = contributions;
		this.dashboards = dashboards;
		this.quotes = quotes;
		this.audit = audit;
		this.jdbc = jdbc;
		this.messages = messages;
		this.minPersons = dashboard.minPersons();
		this.clock = clock;
	}

	FigureText text() {
		return new FigureText(this.minPersons);
	}

	ExportPeriod period(DashboardFilter filter) {
		return ExportPeriod.of(filter, LocalDate.now(this.clock));
	}

	/** One table of the dashboard, by id; 404 for a table there is not. */
	@Transactional
	FigureTable table(DashboardFilter filter, String tableId, StaffUser user, Locale locale) {
		checkMayExport(user);
		if (!SAFE_ID.matcher(tableId).matches()) {
			throw new NotFoundException();
		}
		FigureTable table = this.dashboards.figures(filter, user, locale)
			.stream()
			.filter((candidate) -> candidate.id().equals(tableId))
			.findFirst()
			.orElseThrow(NotFoundException::new);
		this.audit.record(AuditAction.EXPORT, "DASHBOARD", null,
				"FORMAT=CSV;TABLE=" + tableId + ";PERIOD=" + period(filter).fileLabel());
		return table;
	}

	/** Every table of the dashboard, for the workbook. */
	@Transactional
	List<FigureTable> tables(DashboardFilter filter, StaffUser user, Locale locale) {
		checkMayExport(user);
		List<FigureTable> tables = this.dashboards.figures(filter, user, locale);
		this.audit.record(AuditAction.EXPORT, "DASHBOARD", null,
				"FORMAT=XLSX;TABLE=ALL;PERIOD=" + period(filter).fileLabel());
		return tables;
	}

	/**
	 * The workbook's first sheet: what was exported, for which period and filters, and
	 * the suppression rule.
	 */
	List<List<String>> cover(DashboardFilter filter, Locale locale) {
		List<List<String>> lines = new ArrayList<>();
		lines.add(List.of(message("dashboard.export.cover.title", locale), ""));
		lines.add(List.of(message("dashboard.export.cover.period", locale), period(filter).text(locale)));
		for (Map.Entry<String, String> entry : filterTexts(filter, locale).entrySet()) {
			lines.add(List.of(entry.getKey(), entry.getValue()));
		}
		lines.add(List.of(message("dashboard.export.cover.made", locale), LocalDate.now(this.clock).toString()));
		lines.add(List.of(message("dashboard.export.cover.suppression", locale), suppressionRule(locale)));
		return lines;
	}

	String coverTitle(Locale locale) {
		return message("dashboard.export.cover.sheet", locale);
	}

	String suppressionRule(Locale locale) {
		return this.messages.getMessage("dashboard.export.suppressionRule",
				new Object[] { this.minPersons, text().small(), FigureText.HIDDEN }, locale);
	}

	/**
	 * The evaluation report. A manager reports on a partnership: the one asked for, which
	 * must be their own, or else their own; a coordinator on their organisation. An
	 * organisation asked for narrows the report to it if it is in scope.
	 */
	@Transactional
	EvaluationReport report(DashboardFilter filter, StaffUser user, Locale locale, String query, String format) {
		checkMayExport(user);
		// A manager's report is on a partnership: the one asked for, or else their own.
		if (user.getRole() == Role.MANAGER && filter.getPartnership() == null) {
			filter.setPartnership(user.getPartnershipId());
		}
		@Nullable Long partnershipId = filter.getPartnership();
		List<Long> organisations = this.dashboards.organisations(filter, user);
		ExportPeriod period = period(filter);
		List<FigureTable> tables = this.dashboards.figures(filter, user, locale);
		FigureText text = text();
		List<FigureTable> chime = tables.stream().filter(DashboardExportService::isChime).toList();
		List<EvaluationReport.DimensionSection> sections = new ArrayList<>();
		List<FigureTable> matched = new ArrayList<>();
		for (ChimeDimension dimension : ChimeDimension.values()) {
			String name = message("instrument.dimension." + dimension.name(), locale);
			List<ReportTable> figures = new ArrayList<>();
			for (FigureTable table : chime) {
				List<FigureRow> rows = table.rows()
					.stream()
					.filter((row) -> row.label().equalsIgnoreCase(name) || row.label().startsWith(name + " "))
					.toList();
				if (!rows.isEmpty()) {
					figures.add(table(table.withRows(rows), text, locale));
					matched.add(table);
				}
			}
			List<ReportedQuote> said = this.quotes.quotes(organisations, period.from(), period.to(), dimension,
					QuoteLevel.RECIPIENT, QUOTES_PER_DIMENSION);
			sections.add(new EvaluationReport.DimensionSection(dimension, name, figures, said));
		}
		List<ReportTable> overview = chime.stream()
			.filter((table) -> !matched.contains(table))
			.map((table) -> table(table, text, locale))
			.toList();
		List<ReportTable> activity = tables.stream()
			.filter((table) -> !isChime(table) && !isSupervision(table) && !isPeerWorkers(table))
			.map((table) -> table(table, text, locale))
			.toList();
		List<ReportTable> supervision = tables.stream()
			.filter(DashboardExportService::isSupervision)
			.map((table) -> table(table, text, locale))
			.toList();
		EvaluationReport.Level peerWorkers = new EvaluationReport.Level(
				tables.stream()
					.filter(DashboardExportService::isPeerWorkers)
					.map((table) -> table(table, text, locale))
					.toList(),
				this.quotes.quotes(organisations, period.from(), period.to(), null, QuoteLevel.PEER_WORKER,
						QUOTES_PER_LEVEL));
		List<ReportTable> organisationFigures = new ArrayList<>();
		List<String> organisationMethods = new ArrayList<>();
		for (ReportContribution contribution : this.contributions) {
			ReportContribution.Part part = contribution.part(organisations, period.from(), period.to(), locale);
			organisationFigures.addAll(part.tables());
			if (part.method() != null) {
				organisationMethods.add(part.method());
			}
		}
		EvaluationReport.Level organisationLevel = new EvaluationReport.Level(organisationFigures, this.quotes
			.quotes(organisations, period.from(), period.to(), null, QuoteLevel.ORGANISATION, QUOTES_PER_LEVEL));
		List<EvaluationReport.Fact> methods = methods(tables, text, organisations, period, organisationMethods, locale);
		this.audit.record(AuditAction.EXPORT, "DASHBOARD", null,
				"FORMAT=" + format + ";TABLE=REPORT;PERIOD=" + period.fileLabel());
		return new EvaluationReport((partnershipId != null) ? partnershipName(partnershipId) : null,
				organisationNames(organisations), period.text(locale), period.fileLabel(), this.minPersons, sections,
				overview, activity, supervision, peerWorkers, organisationLevel, methods, query);
	}

	/**
	 * The methods section: the periods each level is counted over, the pairs of
	 * measurements behind the change figures (as the tables show them, suppressed alike),
	 * the suppression rule, and the instruments whose answers the figures hold.
	 */
	private List<EvaluationReport.Fact> methods(List<FigureTable> tables, FigureText text, List<Long> organisations,
			ExportPeriod period, List<String> organisationMethods, Locale locale) {
		List<EvaluationReport.Fact> facts = new ArrayList<>();
		facts.add(new EvaluationReport.Fact(message("dashboard.report.methods.periods", locale),
				message("dashboard.report.methods.periodsText", locale, period.text(locale))));
		for (String id : List.of("chime", "peer-outcomes")) {
			tables.stream()
				.filter((table) -> table.id().equals(id))
				.findFirst()
				.ifPresent((table) -> facts
					.add(new EvaluationReport.Fact(message("dashboard.report.methods.pairs." + id, locale),
							table.rows()
								.stream()
								.map((row) -> row.label() + ": " + text.local(row.cells().get(0), locale))
								.collect(Collectors.joining("; ")))));
		}
		organisationMethods.forEach((method) -> facts
			.add(new EvaluationReport.Fact(message("dashboard.report.methods.organisations", locale), method)));
		facts.add(new EvaluationReport.Fact(message("dashboard.report.methods.suppression", locale),
				suppressionRule(locale)));
		List<String> instruments = instrumentsUsed(organisations, period, locale);
		facts.add(
				new EvaluationReport.Fact(message("dashboard.report.methods.instruments", locale), instruments.isEmpty()
						? message("dashboard.report.methods.noInstruments", locale) : String.join("; ", instruments)));
		return facts;
	}

	/**
	 * The instruments the figures were answered on: recipients' completed assessments in
	 * the period, peer workers' check-ins that count in statistics in the period's year
	 * (the peer tables' span), and the staff survey rounds closed in the period.
	 */
	private List<String> instrumentsUsed(List<Long> organisations, ExportPeriod period, Locale locale) {
		if (organisations.isEmpty()) {
			return List.of();
		}
		boolean danish = !"en".equals(locale.getLanguage());
		return this.jdbc.sql("""
				select i.name_da, i.name_en, i.code, i.version_number, i.purpose from instrument i
				where i.id in (select a.instrument_id from assessment a
				               where a.organisation_id in (:orgs) and a.status = 'COMPLETED'
				                 and a.answered_on between :from and :to)
				   or i.id in (select k.instrument_id from peer_checkin k join peer_worker p on p.id = k.peer_worker_id
				               where p.organisation_id in (:orgs) and k.statistics_consent
				                 and k.answered_on between :yearFrom and :to)
				   or i.id in (select r.instrument_id from staff_survey_round r join unit u on u.id = r.unit_id
				               where u.organisation_id in (:orgs) and r.closed_on between :from and :to)
				order by i.purpose, i.code, i.version_number
				""")
			.param("orgs", organisations)
			.param("from", period.from())
			.param("to", period.to())
			.param("yearFrom", period.to().withDayOfYear(1))
			.query((rs, n) -> message("dashboard.report.methods.instrument", locale,
					danish ? rs.getString("name_da") : rs.getString("name_en"), rs.getString("code"),
					rs.getInt("version_number"), message("instrument.purpose." + rs.getString("purpose"), locale)))
			.list();
	}

	private static boolean isChime(FigureTable table) {
		return table.id().toLowerCase(Locale.ROOT).startsWith("chime");
	}

	/** The peer workers' level: their own outcomes, and how their peer work ended. */
	private static boolean isPeerWorkers(FigureTable table) {
		return table.id().startsWith("peer-outcomes") || table.id().equals("peer-ends");
	}

	private static boolean isSupervision(FigureTable table) {
		String id = table.id().toLowerCase(Locale.ROOT);
		return id.startsWith("support") || id.contains("supervision") || id.contains("strain");
	}

	private static ReportTable table(FigureTable table, FigureText text, Locale locale) {
		List<ReportTable.Row> rows = new ArrayList<>();
		for (int i = 0; i < table.rows().size(); i++) {
			FigureRow row = table.rows().get(i);
			boolean total = table.totalRowLabel() != null && i == table.rows().size() - 1
					&& row.label().equals(table.totalRowLabel());
			rows.add(new ReportTable.Row(row.label(),
					row.cells().stream().map((figure) -> text.local(figure, locale)).toList(), total));
		}
		return new ReportTable(table.id(), table.title(), table.columns(), rows, table.note());
	}

	private void checkMayExport(StaffUser user) {
		if (user.getRole() != Role.MANAGER && user.getRole() != Role.COORDINATOR) {
			throw new AccessDeniedException("Dashboards and their exports are for managers and coordinators");
		}
	}

	private Map<String, String> filterTexts(DashboardFilter filter, Locale locale) {
		Map<String, String> texts = new java.util.LinkedHashMap<>();
		String all = message("dashboard.export.cover.all", locale);
		texts.put(message("dashboard.export.cover.partnership", locale),
				(filter.getPartnership() != null) ? partnershipName(filter.getPartnership()) : all);
		texts.put(message("dashboard.export.cover.organisation", locale),
				(filter.getOrganisation() != null) ? name("organisation", filter.getOrganisation()) : all);
		texts.put(message("dashboard.export.cover.unit", locale),
				(filter.getUnit() != null) ? name("unit", filter.getUnit()) : all);
		texts.put(message("dashboard.export.cover.model", locale),
				(filter.getModel() != null) ? name("peer_support_model", filter.getModel()) : all);
		texts.put(message("dashboard.export.cover.role", locale),
				code("partnership.peerRole.", filter.getRole(), all, locale));
		texts.put(message("dashboard.export.cover.form", locale),
				code("partnership.employmentForm.", filter.getForm(), all, locale));
		texts.put(message("dashboard.export.cover.courseKind", locale),
				code("course.kind.", filter.getCourseKind(), all, locale));
		texts.put(message("dashboard.export.cover.targetGroup", locale),
				(filter.getTargetGroup() != null) ? targetGroup(filter.getTargetGroup(), locale) : all);
		return texts;
	}

	private String code(String prefix, @Nullable Enum<?> code, String all, Locale locale) {
		return (code != null) ? this.messages.getMessage(prefix + code.name(), null, code.name(), locale) : all;
	}

	private String partnershipName(long id) {
		return name("partnership", id);
	}

	// The table name is one of the constants above, never user input.
	private String name(String table, long id) {
		return this.jdbc.sql("select name from " + table + " where id = ?")
			.param(id)
			.query(String.class)
			.optional()
			.orElse("#" + id);
	}

	private String targetGroup(long id, Locale locale) {
		String column = "en".equals(locale.getLanguage()) ? "name_en" : "name_da";
		return this.jdbc.sql("select " + column + " from lookup_value where id = ? and list_name = 'TARGET_GROUP'")
			.param(id)
			.query(String.class)
			.optional()
			.orElse("#" + id);
	}

	private List<String> organisationNames(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("select name from organisation where id in (:ids) order by name")
			.param("ids", ids)
			.query(String.class)
			.list();
	}

	private String message(String code, Locale locale, Object... args) {
		return Objects.requireNonNull(this.messages.getMessage(code, args, code, locale));
	}

}
