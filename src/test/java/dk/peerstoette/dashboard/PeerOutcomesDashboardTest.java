package dk.peerstoette.dashboard;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dk.peerstoette.IntegrationTest;
import dk.peerstoette.TestClock;
import dk.peerstoette.account.StaffAccountService;
import dk.peerstoette.dashboard.Counted.Change;
import dk.peerstoette.dashboard.DashboardController.TableView;
import dk.peerstoette.dashboard.Figure.Shown;
import dk.peerstoette.dashboard.export.ExportedCsv;
import dk.peerstoette.security.Role;
import dk.peerstoette.security.StaffUser;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The peer workers' own outcomes on the dashboard, attacked: every check-in is made by
 * the peer worker through their own form, and a figure of the change is counted only from
 * the check-ins they let count. Each team is an organisation of its own, read by its
 * coordinator, so that the demo data cannot disturb the counts. Hope goes from 1 to 3 for
 * every peer worker.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PeerOutcomesDashboardTest {

	/**
	 * The row of hope in the peer tables (the standard check-in's dimensions in order).
	 */
	private static final String HOPE = "Håb";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	StaffAccountService accounts;

	@Autowired
	UserDetailsService users;

	@Autowired
	DashboardService dashboards;

	final String tag = UUID.randomUUID().toString().substring(0, 8);

	final LocalDate today = TestClock.today();

	List<Long> items;

	long instrument;

	@BeforeAll
	void theCheckInWeShip() {
		instrument = jdbc.sql("select id from instrument where code = 'CHECKIN-7' and version_number = 1")
			.query(Long.class)
			.single();
		items = jdbc.sql("select id from instrument_item where instrument_id = ? order by position")
			.param(instrument)
			.query(Long.class)
			.list();
	}

	/**
	 * Four peer workers who let their check-ins count are too few; a fifth whose
	 * check-ins do not count (the default) changes nothing; once they let them count the
	 * group shows, and when they take their latest out again, they drop out.
	 */
	@Test
	void fourAreSuppressedAndAFifthCountsOnlyWhileTheyLetTheirCheckInsCount() throws Exception {
		Team team = team("Fem");
		for (int i = 0; i < 4; i++) {
			String peer = team.peer("Tæller " + i, "SUPPLEMENTARY", "PAID");
			checkIn(peer, today.minusDays(40), true, 1);
			checkIn(peer, today, true, 3);
		}
		String fifth = team.peer("Femte", "SUPPLEMENTARY", "PAID");
		long first = checkIn(fifth, today.minusDays(40), false, 1);
		long latest = checkIn(fifth, today, false, 3);
		assertThat(pairs(team.coordinator())).isEqualTo(4);
		assertSuppressedEverywhere(team.coordinator());

		for (long checkIn : List.of(first, latest)) {
			mvc.perform(post("/checkins/{id}/statistics", checkIn).param("counts", "true")
				.with(csrf())
				.with(user(staff(fifth)))).andExpect(redirectedUrl("/checkins"));
		}
		assertThat(pairs(team.coordinator())).isEqualTo(5);
		Map<String, FigureTable> shown = page(team.coordinator());
		assertThat(figure(shown.get("peer-outcomes"), HOPE, 0)).isEqualTo(Figure.of(5));
		assertThat(figure(shown.get("peer-outcomes"), HOPE, 1).shown()).isEqualTo(Shown.VALUE);
		assertThat(figure(shown.get("peer-outcomes"), HOPE, 1).value()).isNotNull();

		mvc.perform(post("/checkins/{id}/statistics", latest).param("counts", "false")
			.with(csrf())
			.with(user(staff(fifth)))).andExpect(redirectedUrl("/checkins"));
		assertThat(pairs(team.coordinator())).isEqualTo(4);
		assertSuppressedEverywhere(team.coordinator());
	}

	/**
	 * Seven peer workers, two of them conventional: all roles minus the supplementary
	 * would give the two. The supplementary figure is hidden on the page and in the
	 * export, and the role filter does not narrow the peer tables, so it cannot be worked
	 * out that way either.
	 */
	@Test
	void aSmallRoleCannotBeWorkedOutFromTheTotal() throws Exception {
		Team team = team("Syv");
		for (int i = 0; i < 7; i++) {
			String peer = team.peer("Rolle " + i, (i < 2) ? "CONVENTIONAL" : "SUPPLEMENTARY", "PAID");
			checkIn(peer, today.minusDays(40), true, 1);
			checkIn(peer, today, true, (i < 2) ? 4 : 2);
		}
		Map<String, FigureTable> all = page(team.coordinator());
		FigureTable byRole = all.get("peer-outcomes-role");
		assertThat(figure(all.get("peer-outcomes"), HOPE, 1).shown()).isEqualTo(Shown.VALUE);
		// Columns: the mean of conventional, supplementary; then their pairs.
		assertThat(figure(byRole, HOPE, 0).shown()).isEqualTo(Shown.SMALL);
		assertThat(figure(byRole, HOPE, 1).shown()).isEqualTo(Shown.HIDDEN);
		assertThat(figure(byRole, HOPE, 3).shown()).isEqualTo(Shown.HIDDEN);
		assertThat(csv(team.coordinator(), "peer-outcomes-role", HOPE)).containsExactly("<5", "–", "<5", "–");
		Map<String, FigureTable> filtered = page(team.coordinator(), "role", "SUPPLEMENTARY");
		for (String table : List.of("peer-outcomes", "peer-outcomes-role", "peer-outcomes-form",
				"peer-outcomes-model")) {
			assertThat(filtered.get(table).rows()).isEqualTo(all.get(table).rows());
		}
	}

	/**
	 * A pair counts under the role that held on the day of the latest check-in: a change
	 * of role after it does not move the pair.
	 */
	@Test
	void theRoleOfTheDayOfTheLatestCheckInCounts() throws Exception {
		Team team = team("Historie");
		for (int i = 0; i < 5; i++) {
			String peer = team.peer("Skifter " + i, "CONVENTIONAL", "VOLUNTEER");
			checkIn(peer, today.minusDays(40), true, 1);
			checkIn(peer, today.minusDays(20), true, 3);
			jdbc.sql("""
					insert into peer_worker_period (peer_worker_id, valid_from, employment_form, peer_role)
					select id, ?, 'PAID', 'SUPPLEMENTARY' from peer_worker where staff_user_id =
					    (select id from staff_user where username = ?)
					""").params(today.minusDays(10), peer).update();
		}
		Map<String, CountedTable> counted = counted(team.coordinator());
		assertThat(((Change) cell(counted.get("peer-outcomes-role"), HOPE, 2)).sums().n()).isEqualTo(5);
		assertThat(((Change) cell(counted.get("peer-outcomes-role"), HOPE, 3)).sums().n()).isZero();
		// By form: volunteer (the second of paid, volunteer, mentor), not paid.
		assertThat(((Change) cell(counted.get("peer-outcomes-form"), HOPE, 4)).sums().n()).isEqualTo(5);
		assertThat(((Change) cell(counted.get("peer-outcomes-form"), HOPE, 3)).sums().n()).isZero();
	}

	/**
	 * Nobody but the peer worker reaches a peer worker's answers: not their supervisor,
	 * another coordinator, the manager, the administrator or the data protection officer,
	 * by any address of the check-ins, the peer worker's page or a dashboard export.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "supervisor", "koordinator", "leder", "admin", "auditor" })
	void nobodyElseReachesAPeerWorkersAnswers(String who) throws Exception {
		Team team = team("Svar " + who);
		String peer = team.peer("Egne svar", "SUPPLEMENTARY", "PAID");
		checkIn(peer, today.minusDays(40), true, 1);
		long checkIn = checkIn(peer, today, true, 3);
		long peerWorker = jdbc
			.sql("select id from peer_worker where staff_user_id = (select id from staff_user" + " where username = ?)")
			.param(peer)
			.query(Long.class)
			.single();
		jdbc.sql("update peer_worker set supervisor_user_id = (select id from staff_user where username = ?)"
				+ " where id = ?")
			.params(team.coordinator(), peerWorker)
			.update();
		String username = who.equals("supervisor") ? team.coordinator() : who;
		StaffUser reader = staff(username);
		for (String address : List.of("/checkins", "/checkins/new", "/checkins?peerWorker=" + peerWorker)) {
			mvc.perform(get(address).with(user(reader))).andExpect(status().isForbidden());
		}
		for (String action : List.of("/checkins/" + checkIn + "/statistics", "/checkins/" + checkIn + "/delete")) {
			mvc.perform(post(action).param("counts", "false").with(csrf()).with(user(reader)))
				.andExpect(status().isForbidden());
		}
		int peerPage = mvc.perform(get("/peers/{id}", peerWorker).with(user(reader)))
			.andReturn()
			.getResponse()
			.getStatus();
		if (peerPage == 200) {
			String page = mvc.perform(get("/peers/{id}", peerWorker).with(user(reader)))
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(page).doesNotContain("checkin-" + checkIn, "Jeg har set lyst");
		}
		if (who.equals("supervisor")) {
			// The one pair of this team is one person's: never shown.
			assertSuppressedEverywhere(username);
		}
		assertThat(jdbc.sql("select statistics_consent from peer_checkin where id = ?")
			.param(checkIn)
			.query(Boolean.class)
			.single()).isTrue();
	}

	/** Every peer figure of a team too small, on the page and in every export. */
	private void assertSuppressedEverywhere(String username) throws Exception {
		Map<String, FigureTable> shown = page(username);
		for (String table : List.of("peer-outcomes", "peer-outcomes-role", "peer-outcomes-form",
				"peer-outcomes-model")) {
			for (FigureRow row : shown.get(table).rows()) {
				for (Figure figure : row.cells()) {
					assertThat(figure.shown()).as("%s %s", table, row.label()).isIn(Shown.SMALL, Shown.VALUE);
					if (figure.shown() == Shown.VALUE) {
						assertThat(figure.value()).as("%s %s", table, row.label())
							.isIn(null, java.math.BigDecimal.ZERO);
					}
				}
			}
		}
		assertThat(csv(username, "peer-outcomes", HOPE)).containsExactly("<5", "<5", "<5", "<5", "<5", "<5");
		for (String export : List.of("/dashboard/export.xlsx", "/dashboard/report", "/dashboard/report.pdf")) {
			mvc.perform(withYear(get(export)).with(user(staff(username)))).andExpect(status().isOk());
		}
		String report = mvc.perform(withYear(get("/dashboard/report")).with(user(staff(username))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(report).contains("Peer-medarbejdernes egne mål");
	}

	/** A team: an organisation of its own with its coordinator. */
	private Team team(String name) {
		long organisation = jdbc.sql("insert into organisation (name, kind) values (?, 'MUNICIPALITY') returning id")
			.param("Peerhold " + name + " " + tag)
			.query(Long.class)
			.single();
		String coordinator = ("peerhold." + name.replace(' ', '.') + "." + tag).toLowerCase(Locale.ROOT);
		accounts.provisionIfAbsent(coordinator, "Peerhold-Test-Password-2026", "Koordinator " + name, Role.COORDINATOR,
				organisation, null);
		return new Team(organisation, coordinator);
	}

	private final class Team {

		private final long organisation;

		private final String coordinator;

		private int peers;

		Team(long organisation, String coordinator) {
			this.organisation = organisation;
			this.coordinator = coordinator;
		}

		String coordinator() {
			return this.coordinator;
		}

		/** A peer worker of the team with a login of their own; returns the username. */
		String peer(String name, String role, String form) {
			String username = (this.coordinator + ".peer" + (++this.peers)).toLowerCase(Locale.ROOT);
			accounts.provisionIfAbsent(username, "Peerhold-Test-Password-2026", name + " " + tag, Role.PEER_WORKER,
					this.organisation, null);
			jdbc.sql("""
					insert into peer_worker (organisation_id, full_name, employment_form, peer_role, starts_on,
					    staff_user_id)
					values (?, ?, ?, ?, ?, (select id from staff_user where username = ?))
					""")
				.params(this.organisation, name + " " + tag, form, role, today.minusYears(1), username)
				.update();
			return username;
		}

	}

	/**
	 * A check-in through the peer worker's own form: hope as given, everything else 2.
	 * @return its id
	 */
	private long checkIn(String peer, LocalDate day, boolean counts, int hope) throws Exception {
		MockHttpServletRequestBuilder request = post("/checkins").param("answeredOn", day.toString())
			.param("instrumentId", String.valueOf(instrument));
		for (int i = 0; i < items.size(); i++) {
			request.param("answers[" + items.get(i) + "]", (i == 0) ? String.valueOf(hope) : "2");
		}
		if (counts) {
			request.param("statisticsConsent", "true");
		}
		mvc.perform(request.with(csrf()).with(user(staff(peer)))).andExpect(redirectedUrl("/checkins"));
		return jdbc.sql("""
				select max(c.id) from peer_checkin c join peer_worker pw on pw.id = c.peer_worker_id
				join staff_user u on u.id = pw.staff_user_id where u.username = ?
				""").param(peer).query(Long.class).single();
	}

	/** The exact number of pairs behind hope of all the team's peer workers. */
	private long pairs(String coordinator) throws Exception {
		return ((Change) cell(counted(coordinator).get("peer-outcomes"), HOPE, 0)).sums().n();
	}

	private Map<String, FigureTable> page(String username, String... params) throws Exception {
		MockHttpServletRequestBuilder request = withYear(get("/dashboard")).with(user(staff(username)));
		for (int i = 0; i < params.length; i += 2) {
			request.param(params[i], params[i + 1]);
		}
		MvcResult result = mvc.perform(request).andExpect(status().isOk()).andReturn();
		@SuppressWarnings("unchecked")
		List<TableView> views = (List<TableView>) result.getModelAndView().getModel().get("tables");
		Map<String, FigureTable> tables = new LinkedHashMap<>();
		views.forEach((view) -> tables.put(view.table().id(), view.table()));
		return tables;
	}

	private Map<String, CountedTable> counted(String username) throws Exception {
		MvcResult result = mvc.perform(withYear(get("/dashboard")).with(user(staff(username)))).andReturn();
		DashboardFilter filter = (DashboardFilter) result.getModelAndView().getModel().get("filter");
		Map<String, CountedTable> tables = new LinkedHashMap<>();
		dashboards.counted(filter, staff(username), Locale.forLanguageTag("da"))
			.forEach((table) -> tables.put(table.id(), table));
		return tables;
	}

	/** A row of an exported table, without its label. */
	private List<String> csv(String username, String table, String row) throws Exception {
		byte[] csv = mvc
			.perform(withYear(get("/dashboard/export.csv")).param("table", table).with(user(staff(username))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		List<CSVRecord> records = ExportedCsv.records(csv);
		return records.stream()
			.filter((record) -> record.get(0).equals(row))
			.findFirst()
			.map((record) -> record.toList().subList(1, record.size()))
			.orElseThrow();
	}

	private MockHttpServletRequestBuilder withYear(MockHttpServletRequestBuilder request) {
		return request.param("period", "YEAR").param("year", String.valueOf(today.getYear()));
	}

	private static Figure figure(FigureTable table, String row, int column) {
		return table.rows()
			.stream()
			.filter((candidate) -> candidate.label().equals(row))
			.findFirst()
			.orElseThrow()
			.cells()
			.get(column);
	}

	private static @Nullable Counted cell(CountedTable table, String row, int column) {
		return table.rows()
			.stream()
			.filter((candidate) -> candidate.label().equals(row))
			.findFirst()
			.orElseThrow()
			.cells()
			.get(column);
	}

	private StaffUser staff(String username) {
		return (StaffUser) users.loadUserByUsername(username);
	}

}
