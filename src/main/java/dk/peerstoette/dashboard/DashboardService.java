package dk.peerstoette.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import dk.peerstoette.audit.AuditAction;
import dk.peerstoette.audit.AuditLog;
import dk.peerstoette.audit.AuditOutcome;
import dk.peerstoette.checkin.SupportCounts;
import dk.peerstoette.course.BridgeDestination;
import dk.peerstoette.dashboard.Counted.Change;
import dk.peerstoette.dashboard.Counted.Count;
import dk.peerstoette.dashboard.Counted.Hours;
import dk.peerstoette.dashboard.Counted.Nothing;
import dk.peerstoette.dashboard.Counted.PerRecipient;
import dk.peerstoette.dashboard.Counted.Statistic;
import dk.peerstoette.dashboard.DashboardQueries.CaseloadRow;
import dk.peerstoette.dashboard.DashboardQueries.ContactRow;
import dk.peerstoette.dashboard.DashboardQueries.CourseRow;
import dk.peerstoette.dashboard.DashboardQueries.Criteria;
import dk.peerstoette.dashboard.DashboardQueries.EndRow;
import dk.peerstoette.dashboard.DashboardQueries.GroupRow;
import dk.peerstoette.dashboard.DashboardQueries.PathwayRow;
import dk.peerstoette.dashboard.DashboardQueries.Option;
import dk.peerstoette.dashboard.DashboardQueries.Section;
import dk.peerstoette.dashboard.PeopleCounting.PeopleFigures;
import dk.peerstoette.instrument.ChimeDimension;
import dk.peerstoette.outcome.OutcomeProperties;
import dk.peerstoette.partnership.OrganisationKind;
import dk.peerstoette.partnership.PeerRole;
import dk.peerstoette.peer.PeerDestination;
import dk.peerstoette.partnership.ProgrammeDirectory;
import dk.peerstoette.partnership.UnitKind;
import dk.peerstoette.recipient.NetworkRole;
import dk.peerstoette.security.Role;
import dk.peerstoette.security.StaffUser;
import dk.peerstoette.web.NotFoundException;

import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dashboard's figures: the scope is decided here (a manager's partnership, a
 * coordinator's organisation, nobody else), the filters narrow it, the database
 * aggregates, and {@link DisclosureControl} decides what of every figure may be shown
 * before it leaves. CHIME is counted over the whole scope and year ({@link ChimeGrid}).
 * Each view is audited with the filter, never with figures or people.
 */
@Service
class DashboardService implements Dashboards {

	static final String ENTITY = "DASHBOARD";

	private static final BigDecimal SIXTY = BigDecimal.valueOf(60);

	private final DashboardQueries queries;

	private final ProgrammeDirectory structure;

	private final AuditLog auditLog;

	private final MessageSource messages;

	private final Clock clock;

	private final DisclosureControl disclosure;

	private final BigDecimal changeThreshold;

	private final PeopleCounting people;

	private final PeerOutcomeTables peerOutcomes;

	DashboardService(DashboardQueries queries, ProgrammeDirectory structure, AuditLog auditLog, MessageSource messages,
			DisclosureControl disclosure, OutcomeProperties outcomes, Clock clock, PeopleCounting people,
			PeerOutcomeTables peerOutcomes) {
		this.peerOutcomes = peerOutcomes;
		this.queries = queries;
		this.structure = structure;
		this.auditLog = auditLog;
		this.messages = messages;
		this.clock = clock;
		this.disclosure = disclosure;
		this.changeThreshold = outcomes.changeThreshold();
		this.people = people;
	}

	int minPersons() {
		return this.disclosure.minPersons();
	}

	// Not read-only: the view is audited in the same transaction.
	@Override
	@Transactional
	public List<FigureTable> figures(DashboardFilter filter, StaffUser user, Locale locale) {
		Counting counting = count(filter, user, locale);
		this.auditLog.record(AuditAction.READ, ENTITY, null,
				detail(filter, counting.period(), counting.organisations().size()));
		return counting.tables().stream().map(this.disclosure::publish).toList();
	}

	/**
	 * The tables as counted, before disclosure control: for tests of the counting only,
	 * never for a reader (nothing here is suppressed or rounded).
	 */
	@Transactional(readOnly = true)
	List<CountedTable> counted(DashboardFilter filter, StaffUser user, Locale locale) {
		return count(filter, user, locale).tables();
	}

	/** The counted tables, and what they cover. */
	private record Counting(Period period, List<Long> organisations, List<CountedTable> tables) {
	}

	private Counting count(DashboardFilter filter, StaffUser user, Locale locale) {
		LocalDate today = LocalDate.now(this.clock);
		Period period = filter.resolve(today);
		if (period == null) {
			throw new IllegalArgumentException("The filter names no period; see DashboardFilter.validate");
		}
		List<Long> scope = scope(user);
		List<Long> organisations = organisations(filter, user);
		Criteria criteria = new Criteria(organisations, period.from(), period.to(), filter.getUnit(), filter.getModel(),
				filter.getRole(), filter.getForm(), filter.getCourseKind(), filter.getTargetGroup());
		Labels labels = new Labels(locale);
		LocalDate asOf = period.to().isAfter(today) ? today : period.to();
		int chimeYear = period.to().getYear();
		// The people-and-outcome half runs on a second thread meanwhile.
		PeopleCounting.Pending people = this.people.start(criteria, asOf.isBefore(period.from()) ? period.from() : asOf,
				scope, chimeYear);
		List<ContactRow> contactRows = this.queries.contacts(criteria);
		List<CourseRow> courseRows = this.queries.courses(criteria);
		List<EndRow> ends = this.queries.peerEnds(criteria);
		List<PathwayRow> pathways = this.queries.pathways(criteria);
		PeopleFigures figures = people.join();
		ChimeFigures chime = new ChimeFigures(figures.chime(), organisations, criteria.role(),
				this.queries.widestScale());

		List<CountedTable> tables = new ArrayList<>();
		tables.add(reach(contactRows, courseRows, labels));
		tables.add(contactsByKind(contactRows, labels, false));
		tables.add(contactsByKind(contactRows, labels, true));
		tables.add(perRecipient(contactRows, labels));
		tables.add(caseload(figures.caseload(), labels));
		tables.add(chime(chime, labels, chimeYear));
		tables.add(chimeByRole(chime, labels, chimeYear));
		tables.add(support(figures.support(), labels));
		tables.add(waiting(this.queries.waiting(criteria), labels));
		tables.add(months(contactRows, period, labels, locale));
		tables.add(peerEnds(ends, labels));
		tables.add(bridges(pathways, labels));
		tables.add(relatives(pathways, labels));
		tables.add(network(pathways, labels));
		Map<String, GroupRow> groups = groups(this.queries.reachByGroup(criteria));
		Map<String, GroupRow> groupCourses = groups(this.queries.coursesByGroup(criteria));
		for (Comparison comparison : Comparison.values()) {
			tables.add(comparison(comparison, groups, groupCourses, labels, locale));
		}
		tables.addAll(this.peerOutcomes.tables(figures.peerOutcomes(), figures.models(), chime.width(), chimeYear,
				this.changeThreshold.toPlainString(), locale));
		return new Counting(period, organisations, tables);
	}

	/** The CHIME cells of the organisations asked for, from the grid. */
	private record ChimeFigures(ChimeGrid grid, List<Long> organisations, @Nullable PeerRole role, double width) {

		Change change(Change.Column column, ChimeDimension dimension, @Nullable PeerRole cellRole) {
			ChimeGrid.Cell cell = this.grid.cell(this.organisations, (cellRole != null) ? cellRole.name() : null,
					dimension);
			return new Change(column, cell.sums(), cell.hidden(), this.width);
		}

	}

	/**
	 * The organisations the user may see, narrowed by the filter's partnership,
	 * organisation and unit: 403 for a role without dashboards, 404 for a filter naming
	 * anything outside the scope.
	 */
	@Override
	public List<Long> organisations(DashboardFilter filter, StaffUser user) {
		List<Long> scope = scope(user);
		List<Long> organisations = scope;
		if (filter.getPartnership() != null) {
			organisations = this.queries.membersOf(filter.getPartnership(), organisations);
			if (organisations.isEmpty()) {
				throw refused("PARTNERSHIP");
			}
		}
		if (filter.getOrganisation() != null) {
			if (!organisations.contains(filter.getOrganisation())) {
				throw refused("ORGANISATION");
			}
			organisations = List.of(filter.getOrganisation());
		}
		if (filter.getUnit() != null) {
			Long organisation = this.queries.organisationOfUnit(filter.getUnit());
			if (organisation == null || !organisations.contains(organisation)) {
				throw refused("UNIT");
			}
			organisations = List.of(organisation);
		}
		return organisations;
	}

	/** The organisations a user's dashboard covers at most; 403 for other roles. */
	List<Long> scope(StaffUser user) {
		if (user.getRole() == Role.MANAGER) {
			List<Long> ids = this.structure.organisationsOfPartnership(user.getPartnershipId(),
					user.getOrganisationId());
			if (!ids.isEmpty()) {
				return ids;
			}
		}
		else if (user.getRole() == Role.COORDINATOR && user.getOrganisationId() != null) {
			return List.of(user.getOrganisationId());
		}
		this.auditLog.recordRefusal(AuditAction.READ, ENTITY, null, AuditOutcome.DENIED, "REASON=ROLE");
		throw new AccessDeniedException("Dashboards are for managers and coordinators");
	}

	/** What the filter form offers the user: only what is in their scope. */
	@Transactional(readOnly = true)
	public FilterChoices choices(StaffUser user, Locale locale) {
		List<Long> scope = scope(user);
		return new FilterChoices(this.queries.partnerships(scope), this.queries.organisations(scope),
				this.queries.units(scope), this.queries.models(),
				this.queries.targetGroups("en".equals(locale.getLanguage())));
	}

	/** The selects of the filter form. */
	record FilterChoices(List<Option> partnerships, List<Option> organisations, List<Option> units, List<Option> models,
			List<Option> targetGroups) {
	}

	private NotFoundException refused(String what) {
		this.auditLog.recordRefusal(AuditAction.READ, ENTITY, null, AuditOutcome.DENIED, "REASON=SCOPE;FILTER=" + what);
		return new NotFoundException();
	}

	private static String detail(DashboardFilter filter, Period period, int organisations) {
		StringBuilder detail = new StringBuilder("FROM=").append(period.from()).append(";TO=").append(period.to());
		// Each filter as its code: courseKind as COURSE_KIND.
		filter.narrowing()
			.forEach((name, value) -> detail.append(';')
				.append(name.replaceAll("([A-Z])", "_$1").toUpperCase(Locale.ROOT))
				.append('=')
				.append(value));
		detail.append(";ORGANISATIONS=").append(organisations);
		return detail.toString();
	}

	// --- the tables

	/** Conventional, supplementary, (without a model, when there is any), total. */
	private static List<String> roleKeys(boolean withNone) {
		List<String> keys = new ArrayList<>(DashboardQueries.ROLE_KEYS);
		if (!withNone) {
			keys.remove(DashboardQueries.NO_ROLE);
		}
		keys.add(DashboardQueries.ALL);
		return keys;
	}

	private static List<String> roleColumns(List<String> keys, Labels labels) {
		return keys.stream().map((key) -> labels.get("dashboard.role." + key)).toList();
	}

	private CountedTable reach(List<ContactRow> contactRows, List<CourseRow> courseRows, Labels labels) {
		Map<String, ContactRow> reached = index(contactRows, Section.RECIPIENTS, DashboardQueries.ALL);
		Map<String, CourseRow> courses = new HashMap<>();
		courseRows.forEach((row) -> courses.put(row.role(), row));
		boolean none = reached.containsKey(DashboardQueries.NO_ROLE) || courses.containsKey(DashboardQueries.NO_ROLE);
		List<String> keys = roleKeys(none);
		List<CountedTable.Row> rows = new ArrayList<>();
		rows.add(row(labels.get("dashboard.reach.recipients"), keys, (key) -> {
			ContactRow r = reached.get(key);
			return recipientsReached((r != null) ? r.persons() : 0);
		}));
		rows.add(row(labels.get("dashboard.reach.new"), keys,
				(key) -> courseCount(courses.get(key), Statistic.COURSES_NEW)));
		rows.add(row(labels.get("dashboard.reach.active"), keys,
				(key) -> courseCount(courses.get(key), Statistic.COURSES_ACTIVE)));
		rows.add(row(labels.get("dashboard.reach.ended"), keys,
				(key) -> courseCount(courses.get(key), Statistic.COURSES_ENDED)));
		return new CountedTable(FigureTable.barChartWithTotalColumn("reach", labels.get("dashboard.reach.title"),
				roleColumns(keys, labels), labels.get("dashboard.reach.note")), rows);
	}

	/** One statistic for every count of recipients reached, so equal counts agree. */
	private static Count recipientsReached(long recipients) {
		return new Count(Statistic.RECIPIENTS_REACHED, recipients, recipients);
	}

	private static Count courseCount(@Nullable CourseRow row, Statistic statistic) {
		if (row == null) {
			return new Count(statistic, 0, 0);
		}
		return switch (statistic) {
			case COURSES_NEW -> new Count(statistic, row.newCourses(), row.newRecipients());
			case COURSES_ACTIVE -> new Count(statistic, row.activeCourses(), row.activeRecipients());
			case COURSES_ENDED -> new Count(statistic, row.endedCourses(), row.endedRecipients());
			default -> throw new IllegalArgumentException("Not a count of courses: " + statistic);
		};
	}

	private CountedTable contactsByKind(List<ContactRow> contactRows, Labels labels, boolean hours) {
		Map<String, ContactRow> counts = new HashMap<>();
		Map<String, Long> persons = new HashMap<>();
		for (ContactRow row : contactRows) {
			String key = row.key1() + "/" + row.key2();
			switch (row.section()) {
				case KIND -> counts.put(key, row);
				case RECIPIENTS -> persons.merge(key, row.persons(), Long::sum);
				// Peer workers of organisational activities count in their row and the
				// total.
				case PEERS -> {
					persons.merge(key, row.persons(), Long::sum);
					persons.merge(DashboardQueries.ALL + "/" + row.key2(), row.persons(), Long::sum);
				}
				default -> {
				}
			}
		}
		boolean none = counts.keySet().stream().anyMatch((key) -> key.endsWith("/" + DashboardQueries.NO_ROLE));
		List<String> keys = roleKeys(none);
		List<String> groups = new ArrayList<>();
		for (KindGroup group : KindGroup.values()) {
			groups.add(group.name());
		}
		groups.add(DashboardQueries.ALL);
		List<CountedTable.Row> rows = new ArrayList<>();
		for (String group : groups) {
			String label = DashboardQueries.ALL.equals(group) ? labels.get("dashboard.total")
					: labels.get("dashboard.kind." + group);
			rows.add(row(label, keys, (role) -> {
				ContactRow count = counts.get(group + "/" + role);
				long people = persons.getOrDefault(group + "/" + role, 0L);
				if (hours) {
					return new Hours((count != null) ? count.minutes() : 0, people);
				}
				return new Count(Statistic.CONTACTS, (count != null) ? count.n() : 0, people);
			}));
		}
		String id = hours ? "hours" : "contacts";
		return new CountedTable(FigureTable
			.barChartWithTotalColumn(id, labels.get("dashboard." + id + ".title"), roleColumns(keys, labels),
					labels.get("dashboard." + id + ".note"))
			.withTotalRow(labels.get("dashboard.total")), rows);
	}

	static BigDecimal hoursOf(long minutes) {
		return BigDecimal.valueOf(minutes).divide(SIXTY, 1, RoundingMode.HALF_UP);
	}

	private CountedTable perRecipient(List<ContactRow> contactRows, Labels labels) {
		Map<String, ContactRow> per = index(contactRows, Section.PER_RECIPIENT, null);
		List<String> keys = roleKeys(per.containsKey(DashboardQueries.NO_ROLE));
		List<CountedTable.Row> rows = new ArrayList<>();
		for (String key : keys) {
			ContactRow row = per.get(key);
			long people = (row != null) ? row.persons() : 0;
			rows.add(new CountedTable.Row(labels.get("dashboard.role." + key),
					List.of(recipientsReached(people),
							new PerRecipient(Statistic.CONTACTS_PER_RECIPIENT_MEAN, people,
									(row != null) ? scaled(row.mean(), 1) : null),
							new PerRecipient(Statistic.CONTACTS_PER_RECIPIENT_MEDIAN, people,
									(row != null) ? scaled(row.median(), 1) : null))));
		}
		return new CountedTable(
				FigureTable.withoutChart("per-recipient", labels.get("dashboard.perRecipient.title"),
						List.of(labels.get("dashboard.perRecipient.recipients"),
								labels.get("dashboard.perRecipient.mean"), labels.get("dashboard.perRecipient.median")),
						labels.get("dashboard.perRecipient.note")),
				rows);
	}

	private CountedTable caseload(List<CaseloadRow> caseloadRows, Labels labels) {
		Map<String, Long> counts = new HashMap<>();
		caseloadRows.forEach((row) -> counts.put(row.bucket() + "/" + row.role(), row.peerWorkers()));
		List<String> keys = roleKeys(false);
		List<CountedTable.Row> rows = new ArrayList<>();
		for (int bucket = 0; bucket <= 4; bucket++) {
			int b = bucket;
			rows.add(row(labels.get("dashboard.caseload.bucket" + bucket), keys,
					(role) -> peerWorkers(Statistic.PEER_WORKERS, counts.getOrDefault(b + "/" + role, 0L))));
		}
		rows.add(row(labels.get("dashboard.total"), keys,
				(role) -> peerWorkers(Statistic.PEER_WORKERS, counts.getOrDefault("-1/" + role, 0L))));
		return new CountedTable(FigureTable
			.barChartWithTotalColumn("caseload", labels.get("dashboard.caseload.title"), roleColumns(keys, labels),
					labels.get("dashboard.caseload.note"))
			.withTotalRow(labels.get("dashboard.total")), rows);
	}

	/**
	 * Peer workers who ended in the period, by where they went (an ordinary job,
	 * education, other, not recorded), by role: peer work as a route into the labour
	 * market.
	 */
	private CountedTable peerEnds(List<EndRow> endRows, Labels labels) {
		Map<String, Long> counts = new HashMap<>();
		endRows.forEach((row) -> counts.put(row.destination() + "/" + row.role(), row.peerWorkers()));
		List<String> keys = roleKeys(false);
		List<String> destinations = new ArrayList<>();
		for (PeerDestination destination : PeerDestination.values()) {
			destinations.add(destination.name());
		}
		destinations.add(DashboardQueries.NO_DESTINATION);
		List<CountedTable.Row> rows = new ArrayList<>();
		for (String destination : destinations) {
			rows.add(row(labels.get("dashboard.peerEnds." + destination), keys,
					(role) -> peerWorkers(Statistic.PEER_WORKERS_ENDED,
							counts.getOrDefault(destination + "/" + role, 0L))));
		}
		rows.add(row(labels.get("dashboard.total"), keys, (role) -> peerWorkers(Statistic.PEER_WORKERS_ENDED,
				counts.getOrDefault(DashboardQueries.ALL + "/" + role, 0L))));
		return new CountedTable(FigureTable
			.barChartWithTotalColumn("peer-ends", labels.get("dashboard.peerEnds.title"), roleColumns(keys, labels),
					labels.get("dashboard.peerEnds.note"))
			.withTotalRow(labels.get("dashboard.total")), rows);
	}

	/**
	 * Bridge-building contacts by what the peer worker built a bridge to, with the
	 * recipients they were with; beside them, the bridge-building courses active in the
	 * period by the same destinations, with their recipients.
	 */
	private CountedTable bridges(List<PathwayRow> pathways, Labels labels) {
		Map<String, PathwayRow> rows = new HashMap<>();
		pathways.stream().filter((row) -> row.section().equals("BRIDGE")).forEach((row) -> rows.put(row.key(), row));
		Map<String, PathwayRow> courses = new HashMap<>();
		pathways.stream().filter((row) -> row.section().equals("COURSE")).forEach((row) -> courses.put(row.key(), row));
		List<String> keys = new ArrayList<>();
		for (BridgeDestination destination : BridgeDestination.values()) {
			keys.add(destination.name());
		}
		keys.add(DashboardQueries.NO_DESTINATION);
		keys.add(DashboardQueries.ALL);
		List<CountedTable.Row> counted = new ArrayList<>();
		for (String key : keys) {
			PathwayRow row = rows.get(key);
			long contacts = (row != null) ? row.count() : 0;
			long recipients = (row != null) ? row.recipients() : 0;
			PathwayRow course = courses.get(key);
			long courseCount = (course != null) ? course.count() : 0;
			long courseRecipients = (course != null) ? course.recipients() : 0;
			String label = DashboardQueries.ALL.equals(key) ? labels.get("dashboard.total")
					: labels.get("dashboard.bridges." + key);
			counted.add(new CountedTable.Row(label,
					List.of(new Count(Statistic.BRIDGE_CONTACTS, contacts, recipients), recipientsReached(recipients),
							new Count(Statistic.BRIDGE_COURSES, courseCount, courseRecipients),
							recipientsReached(courseRecipients))));
		}
		return new CountedTable(FigureTable.withoutChart("bridges", labels.get("dashboard.bridges.title"),
				List.of(labels.get("dashboard.bridges.contacts"), labels.get("dashboard.bridges.recipients"),
						labels.get("dashboard.bridges.courses"), labels.get("dashboard.bridges.courseRecipients")),
				labels.get("dashboard.bridges.note"))
			.withTotalRow(labels.get("dashboard.total")), counted);
	}

	/**
	 * The networks of the recipients reached in the period: by role, the recipients with
	 * relatives of that role and how many relatives; and the recipients with any network
	 * noted, with all their relatives.
	 */
	private CountedTable network(List<PathwayRow> pathways, Labels labels) {
		Map<String, PathwayRow> rows = new HashMap<>();
		pathways.stream().filter((row) -> row.section().equals("NETWORK")).forEach((row) -> rows.put(row.key(), row));
		List<String> keys = new ArrayList<>();
		for (NetworkRole role : NetworkRole.values()) {
			keys.add(role.name());
		}
		keys.add(DashboardQueries.ALL);
		List<CountedTable.Row> counted = new ArrayList<>();
		for (String key : keys) {
			PathwayRow row = rows.get(key);
			long recipients = (row != null) ? row.recipients() : 0;
			long relatives = (row != null) ? row.relatives() : 0;
			String label = DashboardQueries.ALL.equals(key) ? labels.get("dashboard.network.any")
					: labels.get("recipient.network.role." + key);
			counted.add(new CountedTable.Row(label, List.of(recipientsReached(recipients),
					new Count(Statistic.NETWORK_RELATIVES, relatives, recipients))));
		}
		return new CountedTable(
				FigureTable
					.withoutChart("network", labels.get("dashboard.network.title"),
							List.of(labels.get("dashboard.network.recipients"),
									labels.get("dashboard.network.relatives")),
							labels.get("dashboard.network.note"))
					.withTotalRow(labels.get("dashboard.network.any")),
				counted);
	}

	/**
	 * The contacts a recipient's relatives took part in: how many, with how many
	 * recipients, and how many relatives took part in all.
	 */
	private CountedTable relatives(List<PathwayRow> pathways, Labels labels) {
		PathwayRow row = pathways.stream()
			.filter((r) -> r.section().equals("RELATIVES"))
			.findFirst()
			.orElse(new PathwayRow("RELATIVES", DashboardQueries.ALL, 0, 0, 0));
		List<Counted> cells = List.of(new Count(Statistic.RELATIVES_CONTACTS, row.count(), row.recipients()),
				recipientsReached(row.recipients()),
				new Count(Statistic.RELATIVES_PRESENT, row.relatives(), row.recipients()));
		return new CountedTable(FigureTable.withoutChart("relatives", labels.get("dashboard.relatives.title"),
				List.of(labels.get("dashboard.relatives.contacts"), labels.get("dashboard.relatives.recipients"),
						labels.get("dashboard.relatives.present")),
				labels.get("dashboard.relatives.note")),
				List.of(new CountedTable.Row(labels.get("dashboard.relatives.row"), cells)));
	}

	private static Map<String, GroupRow> groups(List<GroupRow> rows) {
		Map<String, GroupRow> groups = new HashMap<>();
		rows.forEach((row) -> groups.put(row.comparison() + "/" + row.key(), row));
		return groups;
	}

	/**
	 * One comparison side by side: each of its groups (every target group and those
	 * without one, every kind of unit, every sector, whether counted or not, so that the
	 * grid is the same in every period) and the total, with the recipients reached, the
	 * times they were reached, that per recipient, and the active courses.
	 */
	private CountedTable comparison(Comparison comparison, Map<String, GroupRow> reach, Map<String, GroupRow> courses,
			Labels labels, Locale locale) {
		Map<String, String> groups = new LinkedHashMap<>();
		switch (comparison) {
			case TARGET_GROUP -> {
				this.queries.targetGroups("en".equals(locale.getLanguage()))
					.forEach((option) -> groups.put(String.valueOf(option.id()), option.name()));
				groups.put(DashboardQueries.NO_TARGET_GROUP, labels.get("dashboard.comparison.none"));
			}
			case UNIT_KIND -> {
				for (UnitKind kind : UnitKind.values()) {
					groups.put(kind.name(), labels.get("partnership.unitKind." + kind.name()));
				}
			}
			case SECTOR -> {
				for (OrganisationKind kind : OrganisationKind.values()) {
					groups.put(kind.name(), labels.get("dashboard.sector." + kind.name()));
				}
			}
		}
		List<CountedTable.Row> rows = new ArrayList<>();
		groups.forEach((key, label) -> rows.add(comparisonRow(label, reach.get(comparison.name() + "/" + key),
				courses.get(comparison.name() + "/" + key))));
		String all = DashboardQueries.ALL + "/" + DashboardQueries.ALL;
		rows.add(comparisonRow(labels.get("dashboard.total"), reach.get(all), courses.get(all)));
		String prefix = "dashboard.comparison." + comparison.name();
		return new CountedTable(FigureTable.withoutChart(comparison.tableId(), labels.get(prefix + ".title"),
				List.of(labels.get("dashboard.reach.recipients"), labels.get("dashboard.comparison.contacts"),
						labels.get("dashboard.comparison.perRecipient"), labels.get("dashboard.reach.active")),
				labels.get(prefix + ".note"))
			.withTotalRow(labels.get("dashboard.total")), rows);
	}

	private static CountedTable.Row comparisonRow(String label, @Nullable GroupRow reach, @Nullable GroupRow courses) {
		long recipients = (reach != null) ? reach.persons() : 0;
		return new CountedTable.Row(label,
				List.of(recipientsReached(recipients),
						new Count(Statistic.RECIPIENT_CONTACTS, (reach != null) ? reach.n() : 0, recipients),
						new PerRecipient(Statistic.CONTACTS_PER_RECIPIENT_MEAN, recipients,
								(reach != null) ? scaled(reach.mean(), 1) : null),
						(courses != null) ? new Count(Statistic.COURSES_ACTIVE, courses.n(), courses.persons())
								: new Count(Statistic.COURSES_ACTIVE, 0, 0)));
	}

	private static Count peerWorkers(Statistic statistic, long n) {
		return new Count(statistic, n, n);
	}

	/**
	 * CHIME per dimension for the organisations asked for and the role filter's role (all
	 * roles without one), for the whole calendar year.
	 */
	private CountedTable chime(ChimeFigures chime, Labels labels, int year) {
		List<CountedTable.Row> rows = new ArrayList<>();
		for (ChimeDimension dimension : ChimeDimension.values()) {
			List<Counted> cells = new ArrayList<>();
			for (Change.Column column : Change.Column.values()) {
				cells.add(chime.change(column, dimension, chime.role()));
			}
			rows.add(new CountedTable.Row(labels.get("instrument.dimension." + dimension.name()), cells));
		}
		return new CountedTable(FigureTable.withoutChart("chime", labels.get("dashboard.chime.title", year),
				List.of(labels.get("dashboard.chime.pairs"), labels.get("dashboard.chime.mean"),
						labels.get("dashboard.chime.ciLow"), labels.get("dashboard.chime.ciHigh"),
						labels.get("dashboard.chime.dz"), labels.get("dashboard.chime.improved")),
				labels.get("dashboard.chime.note", this.changeThreshold.toPlainString(), year)), rows);
	}

	private CountedTable chimeByRole(ChimeFigures chime, Labels labels, int year) {
		List<CountedTable.Row> rows = new ArrayList<>();
		for (ChimeDimension dimension : ChimeDimension.values()) {
			List<Counted> means = new ArrayList<>();
			List<Counted> pairs = new ArrayList<>();
			for (PeerRole role : PeerRole.values()) {
				boolean applies = chime.role() == null || chime.role() == role;
				means.add(applies ? chime.change(Change.Column.MEAN, dimension, role) : new Nothing());
				pairs.add(applies ? chime.change(Change.Column.PAIRS, dimension, role) : new Nothing());
			}
			List<Counted> cells = new ArrayList<>(means);
			cells.addAll(pairs);
			rows.add(new CountedTable.Row(labels.get("instrument.dimension." + dimension.name()), cells));
		}
		List<String> columns = new ArrayList<>();
		for (String figure : List.of("mean", "pairs")) {
			for (PeerRole role : PeerRole.values()) {
				columns.add(labels.get("dashboard.chimeRole." + figure, labels.get("dashboard.role." + role.name())));
			}
		}
		return new CountedTable(FigureTable.barChart("chime-role", labels.get("dashboard.chimeRole.title", year),
				columns, labels.get("dashboard.chimeRole.note")), rows);
	}

	private CountedTable support(SupportCounts counts, Labels labels) {
		List<CountedTable.Row> rows = List.of(
				supportRow(labels.get("dashboard.support.peerWorkers"), Statistic.PEER_WORKERS, counts.peerWorkers()),
				supportRow(labels.get("dashboard.support.supervised"), Statistic.PEER_WORKERS_SUPERVISED,
						counts.withSupervisionInPeriod()),
				supportRow(labels.get("dashboard.support.overdue"), Statistic.PEER_WORKERS_OVERDUE,
						counts.supervisionOverdue()),
				supportRow(labels.get("dashboard.support.strain"), Statistic.PEER_WORKERS_STRAINED,
						counts.strainFlagged()));
		return new CountedTable(FigureTable.withoutChart("support", labels.get("dashboard.support.title"),
				List.of(labels.get("dashboard.support.count")), labels.get("dashboard.support.note")), rows);
	}

	/** The first day of each band of waiting days, and the band's message key. */
	private static final int[] WAITING_BANDS = { 0, 8, 15, 31, 61, 91 };

	/**
	 * Days from the waiting list to the first held contact: how many waits ended in each
	 * band of days, and in all, with the median of all; each count over the distinct
	 * recipients behind it.
	 */
	private CountedTable waiting(List<DashboardQueries.WaitingRow> waits, Labels labels) {
		List<CountedTable.Row> rows = new ArrayList<>();
		for (int band = 0; band < WAITING_BANDS.length; band++) {
			int low = WAITING_BANDS[band];
			int high = (band + 1 < WAITING_BANDS.length) ? WAITING_BANDS[band + 1] : Integer.MAX_VALUE;
			List<DashboardQueries.WaitingRow> in = waits.stream()
				.filter((wait) -> wait.days() >= low && wait.days() < high)
				.toList();
			rows.add(new CountedTable.Row(labels.get("dashboard.waiting.band" + band),
					List.of(waits(in), new Nothing())));
		}
		List<Integer> days = waits.stream().map(DashboardQueries.WaitingRow::days).sorted().toList();
		BigDecimal median = days.isEmpty() ? null
				: BigDecimal.valueOf(days.get((days.size() - 1) / 2) + days.get(days.size() / 2))
					.divide(BigDecimal.valueOf(2), 1, RoundingMode.HALF_UP);
		rows.add(new CountedTable.Row(labels.get("dashboard.total"),
				List.of(waits(waits), new Counted.Days(Statistic.WAITING_DAYS_MEDIAN, persons(waits), median))));
		return new CountedTable(FigureTable
			.withoutChart("waiting", labels.get("dashboard.waiting.title"),
					List.of(labels.get("dashboard.waiting.waits"), labels.get("dashboard.waiting.median")),
					labels.get("dashboard.waiting.note"))
			.withTotalRow(labels.get("dashboard.total")), rows);
	}

	private static Count waits(List<DashboardQueries.WaitingRow> waits) {
		return new Count(Statistic.WAITS, waits.size(), persons(waits));
	}

	private static long persons(List<DashboardQueries.WaitingRow> waits) {
		return waits.stream().map(DashboardQueries.WaitingRow::recipientId).distinct().count();
	}

	private static CountedTable.Row supportRow(String label, Statistic statistic, long n) {
		return new CountedTable.Row(label, List.of(peerWorkers(statistic, n)));
	}

	private CountedTable months(List<ContactRow> contactRows, Period period, Labels labels, Locale locale) {
		Map<String, ContactRow> counts = index(contactRows, Section.MONTH, null);
		Map<String, ContactRow> recipients = index(contactRows, Section.MONTH_RECIPIENTS, null);
		Map<String, ContactRow> peers = index(contactRows, Section.MONTH_PEERS, null);
		DateTimeFormatter format = DateTimeFormatter.ofPattern("MMM yyyy", locale);
		List<CountedTable.Row> rows = new ArrayList<>();
		for (YearMonth month = YearMonth.from(period.from()); !month.isAfter(YearMonth.from(period.to())); month = month
			.plusMonths(1)) {
			String key = month.toString();
			ContactRow count = counts.get(key);
			long reached = (recipients.get(key) != null) ? recipients.get(key).persons() : 0;
			long people = reached + ((peers.get(key) != null) ? peers.get(key).persons() : 0);
			rows.add(new CountedTable.Row(month.format(format),
					List.of(new Count(Statistic.CONTACTS, (count != null) ? count.n() : 0, people),
							new Hours((count != null) ? count.minutes() : 0, people), recipientsReached(reached))));
		}
		return new CountedTable(FigureTable.lineChart(
				"months", labels.get("dashboard.months.title"), List.of(labels.get("dashboard.months.contacts"),
						labels.get("dashboard.months.hours"), labels.get("dashboard.months.recipients")),
				labels.get("dashboard.months.note")), rows);
	}

	private static Map<String, ContactRow> index(List<ContactRow> rows, Section section, @Nullable String key1) {
		Map<String, ContactRow> index = new HashMap<>();
		for (ContactRow row : rows) {
			if (row.section() == section) {
				if (key1 == null) {
					index.put(row.key1(), row);
				}
				else if (row.key1().equals(key1)) {
					index.put(row.key2(), row);
				}
			}
		}
		return index;
	}

	private static CountedTable.Row row(String label, List<String> keys, Function<String, Counted> figure) {
		return new CountedTable.Row(label, keys.stream().map(figure).toList());
	}

	private static @Nullable BigDecimal scaled(@Nullable BigDecimal value, int scale) {
		return (value != null) ? value.setScale(scale, RoundingMode.HALF_UP) : null;
	}

	/** Texts in the reader's language. */
	private final class Labels {

		private final Locale locale;

		Labels(Locale locale) {
			this.locale = locale;
		}

		String get(String code, Object... args) {
			return DashboardService.this.messages.getMessage(code, args, this.locale);
		}

	}

}
