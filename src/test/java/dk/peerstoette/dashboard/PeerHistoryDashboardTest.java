package dk.peerstoette.dashboard;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import dk.peerstoette.IntegrationTest;
import dk.peerstoette.TestClock;
import dk.peerstoette.dashboard.DashboardFilter.PeriodKind;
import dk.peerstoette.partnership.EmploymentForm;
import dk.peerstoette.security.StaffUser;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;

/**
 * History that stays true (issue 18, item 4): a volunteer who becomes paid from a day
 * leaves the dashboard's figures before that day as they were, through the summaries and
 * through the contacts alike, and is counted as paid from that day on. Until now a change
 * of employment form rewrote every past figure.
 */
@IntegrationTest
class PeerHistoryDashboardTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	@Autowired
	DashboardService dashboards;

	@Autowired
	ContactSummary summary;

	@Test
	void aVolunteerWhoBecomesPaidLeavesThePastFiguresAsTheyWere() throws Exception {
		StaffUser coordinator = (StaffUser) users.loadUserByUsername("koordinator");
		long organisation = coordinator.getOrganisationId();
		long unit = jdbc.sql("select min(id) from unit where organisation_id = ? and active")
			.param(organisation)
			.query(Long.class)
			.single();
		LocalDate today = TestClock.today();
		YearMonth before = YearMonth.from(today).minusMonths(2);
		YearMonth after = YearMonth.from(today).minusMonths(1);
		MvcResult created = mvc
			.perform(post("/peers").with(csrf())
				.with(user(coordinator))
				.param("fullName", "Volunteer " + UUID.randomUUID().toString().substring(0, 8))
				.param("employmentForm", "VOLUNTEER")
				.param("peerRole", "SUPPLEMENTARY")
				.param("unitIds", String.valueOf(unit))
				.param("startsOn", today.minusYears(1).toString()))
			.andExpect(redirectedUrlPattern("/peers/*"))
			.andReturn();
		long peer = Long.parseLong(created.getResponse().getRedirectedUrl().replace("/peers/", ""));
		// Staff meetings: organisational activities, counted under the peer worker.
		for (int i = 0; i < 3; i++) {
			staffMeeting(organisation, unit, peer, coordinator.getId(), weekday(before, i));
		}
		for (int i = 0; i < 4; i++) {
			staffMeeting(organisation, unit, peer, coordinator.getId(), weekday(after, i));
		}
		summary.refreshStale(10_000);

		BigDecimal volunteersBefore = contacts(coordinator, before, EmploymentForm.VOLUNTEER);
		BigDecimal paidBefore = contacts(coordinator, before, EmploymentForm.PAID);
		BigDecimal volunteersAfter = contacts(coordinator, after, EmploymentForm.VOLUNTEER);
		BigDecimal paidAfter = contacts(coordinator, after, EmploymentForm.PAID);
		List<FigureTable> shownVolunteersBefore = shown(coordinator, before, EmploymentForm.VOLUNTEER);
		List<FigureTable> shownPaidBefore = shown(coordinator, before, EmploymentForm.PAID);

		mvc.perform(post("/peers/{id}/edit", peer).with(csrf())
			.with(user(coordinator))
			.param("fullName", nameOf(peer))
			.param("employmentForm", "PAID")
			.param("peerRole", "SUPPLEMENTARY")
			.param("unitIds", String.valueOf(unit))
			.param("startsOn", today.minusYears(1).toString())
			.param("changedFrom", after.atDay(1).toString())
			.param("version", "0")).andExpect(redirectedUrl("/peers/" + peer));

		for (String how : List.of("stale months read from the contacts", "the rebuilt summaries")) {
			assertThat(contacts(coordinator, before, EmploymentForm.VOLUNTEER)).as(how).isEqualTo(volunteersBefore);
			assertThat(contacts(coordinator, before, EmploymentForm.PAID)).as(how).isEqualTo(paidBefore);
			assertThat(contacts(coordinator, after, EmploymentForm.VOLUNTEER)).as(how)
				.isEqualTo(volunteersAfter.subtract(BigDecimal.valueOf(4)));
			assertThat(contacts(coordinator, after, EmploymentForm.PAID)).as(how)
				.isEqualTo(paidAfter.add(BigDecimal.valueOf(4)));
			assertThat(shown(coordinator, before, EmploymentForm.VOLUNTEER)).as(how).isEqualTo(shownVolunteersBefore);
			assertThat(shown(coordinator, before, EmploymentForm.PAID)).as(how).isEqualTo(shownPaidBefore);
			if (staleMarks(organisation, after) > 0) {
				assertThat(staleMarks(organisation, before)).as("the month before the change is not stale").isZero();
			}
			else {
				assertThat(how).as("the month from the change on was stale").isEqualTo("the rebuilt summaries");
			}
			summary.refreshStale(10_000);
		}
		assertThat(jdbc.sql("select employment_form from peer_worker where id = ?")
			.param(peer)
			.query(String.class)
			.single()).as("the current value, from the latest period").isEqualTo("PAID");
	}

	/**
	 * Peer workers who stopped, by where they went: counted, never shown for fewer than 5
	 * (or as anything but a multiple of 5, so that a month less its quarter cannot give
	 * away a person), by month and by quarter alike.
	 */
	@Test
	void whereStoppedPeerWorkersWentIsCountedButNotShownBelowFive() throws Exception {
		StaffUser coordinator = (StaffUser) users.loadUserByUsername("koordinator");
		YearMonth month = YearMonth.from(TestClock.today()).minusMonths(7);
		for (int i = 0; i < 2; i++) {
			ended(coordinator, month.atDay(10 + i), "EDUCATION");
		}
		assertThat(ends(coordinator, month, "EDUCATION")).isGreaterThanOrEqualTo(2);
		assertThat(shownEnds(coordinator, month, "EDUCATION").shown()).as("two people").isEqualTo(Figure.Shown.SMALL);
		for (int i = 0; i < 5; i++) {
			ended(coordinator, month.atDay(12 + i), "EDUCATION");
		}
		long counted = ends(coordinator, month, "EDUCATION");
		assertThat(counted).isGreaterThanOrEqualTo(7);
		Figure shown = shownEnds(coordinator, month, "EDUCATION");
		assertThat(shown.shown()).isEqualTo(Figure.Shown.VALUE);
		assertThat(shown.value().longValue() % 5).isZero();
		assertThat(Math.abs(shown.value().longValue() - counted)).isLessThan(5);
		DashboardFilter quarter = new DashboardFilter();
		quarter.setPeriod(PeriodKind.QUARTER);
		quarter.setYear(month.getYear());
		quarter.setQuarter((month.getMonthValue() - 1) / 3 + 1);
		for (DashboardFilter filter : List.of(filter(month, null), quarter)) {
			FigureTable table = dashboards.figures(filter, coordinator, Locale.forLanguageTag("da"))
				.stream()
				.filter((t) -> t.id().equals("peer-ends"))
				.findFirst()
				.orElseThrow();
			for (FigureRow row : table.rows()) {
				for (Figure figure : row.cells()) {
					assertThat(figure.shown() != Figure.Shown.VALUE || figure.value().longValue() % 5 == 0)
						.as("%s: %s", row.label(), figure)
						.isTrue();
				}
			}
		}
	}

	private void ended(StaffUser coordinator, LocalDate endsOn, String destination) throws Exception {
		mvc.perform(post("/peers").with(csrf())
			.with(user(coordinator))
			.param("fullName", "Ended " + UUID.randomUUID().toString().substring(0, 8))
			.param("employmentForm", "PAID")
			.param("peerRole", "CONVENTIONAL")
			.param("startsOn", endsOn.minusYears(1).toString())
			.param("endsOn", endsOn.toString())
			.param("endReason", "NEW_JOB_OR_EDUCATION")
			.param("destination", destination)).andExpect(redirectedUrlPattern("/peers/*"));
	}

	private long ends(StaffUser user, YearMonth month, String destination) {
		CountedTable table = dashboards.counted(filter(month, null), user, Locale.forLanguageTag("da"))
			.stream()
			.filter((counted) -> counted.id().equals("peer-ends"))
			.findFirst()
			.orElseThrow();
		int row = List.of("ORDINARY_JOB", "EDUCATION", "OTHER", "NONE").indexOf(destination);
		List<Counted> cells = table.rows().get(row).cells();
		return cells.get(cells.size() - 1).exact().longValue();
	}

	private Figure shownEnds(StaffUser user, YearMonth month, String destination) {
		FigureTable table = shown(user, month, null).stream()
			.filter((t) -> t.id().equals("peer-ends"))
			.findFirst()
			.orElseThrow();
		int row = List.of("ORDINARY_JOB", "EDUCATION", "OTHER", "NONE").indexOf(destination);
		List<Figure> cells = table.rows().get(row).cells();
		return cells.get(cells.size() - 1);
	}

	/** The i-th weekday of a month (demo contacts fall on weekdays). */
	private static LocalDate weekday(YearMonth month, int i) {
		return month.atDay(1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY)).plusDays(i);
	}

	private void staffMeeting(long organisation, long unit, long peer, long by, LocalDate day) {
		jdbc.sql("""
				insert into contact (organisation_id, unit_id, peer_worker_id, kind, status, occurred_on, starts_at,
				    duration_minutes, created_by, updated_by)
				values (?, ?, ?, 'STAFF_MEETING', 'HELD', ?, time '09:00', 60, ?, ?)
				""").params(organisation, unit, peer, day, by, by).update();
	}

	private String nameOf(long peer) {
		return jdbc.sql("select full_name from peer_worker where id = ?").param(peer).query(String.class).single();
	}

	private long staleMarks(long organisation, YearMonth month) {
		return jdbc.sql("select count(*) from contact_summary_stale where organisation_id = ? and month = ?")
			.params(organisation, month.atDay(1))
			.query(Long.class)
			.single();
	}

	/**
	 * The contacts of all kinds and roles in the month, of an employment form, as
	 * counted.
	 */
	private BigDecimal contacts(StaffUser user, YearMonth month, EmploymentForm form) {
		CountedTable table = dashboards.counted(filter(month, form), user, Locale.forLanguageTag("da"))
			.stream()
			.filter((counted) -> counted.id().equals("contacts"))
			.findFirst()
			.orElseThrow();
		List<Counted> total = table.rows().get(table.rows().size() - 1).cells();
		return total.get(total.size() - 1).exact();
	}

	private List<FigureTable> shown(StaffUser user, YearMonth month, @Nullable EmploymentForm form) {
		return dashboards.figures(filter(month, form), user, Locale.forLanguageTag("da"));
	}

	private static DashboardFilter filter(YearMonth month, @Nullable EmploymentForm form) {
		DashboardFilter filter = new DashboardFilter();
		filter.setPeriod(PeriodKind.MONTH);
		filter.setYear(month.getYear());
		filter.setMonth(month.getMonthValue());
		filter.setForm(form);
		return filter;
	}

}
