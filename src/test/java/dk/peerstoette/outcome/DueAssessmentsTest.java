package dk.peerstoette.outcome;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dk.peerstoette.IntegrationTest;
import dk.peerstoette.TestClock;
import dk.peerstoette.security.StaffUser;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The due list on fixtures around today: which timepoints fall due when, overdue against
 * upcoming, what is left out (started or completed assessments, no or withdrawn consent,
 * ended courses, follow-ups after the course's end), search, sort, pages, and scope.
 */
@IntegrationTest
class DueAssessmentsTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	@Autowired
	DueAssessmentService due;

	OutcomeFixtures fixtures;

	String tag;

	LocalDate today = TestClock.today();

	/** What the list should show for the tag, by row key, with the day each falls due. */
	Map<String, LocalDate> expected = new LinkedHashMap<>();

	List<String> overdue = new ArrayList<>();

	List<String> ofAssignedCourses = new ArrayList<>();

	OutcomeFixtures.Recipient sixMonths;

	@BeforeEach
	void fixtures() {
		this.fixtures = new OutcomeFixtures(this.jdbc);
		this.tag = OutcomeFixtures.tag();
		long copenhagen = this.fixtures.organisation(OutcomeFixtures.COPENHAGEN);
		long demoPeer = this.fixtures.peerWorkerOfUser("peer", copenhagen);
		long otherPeer = this.fixtures.peerWorker(copenhagen, "Other " + this.tag);
		LocalDate t = this.today;

		// Baseline completed; 3 months overdue; 6 months after the planned end; end
		// ahead.
		OutcomeFixtures.Recipient a = this.fixtures.measured(copenhagen, "A " + this.tag);
		LocalDate aStart = t.minusDays(100);
		long aCourse = this.fixtures.course(copenhagen, aStart, t.plusDays(20), null, a.id(),
				List.of(demoPeer, otherPeer));
		this.fixtures.assessment(a.id(), aCourse, Timepoint.BASELINE, aStart, true);
		expect(a, aCourse, Timepoint.MONTH_3, Timepoint.MONTH_3.dueOn(aStart, t.plusDays(20)), true);
		expect(a, aCourse, Timepoint.END, t.plusDays(20), true);

		// Started ten days ago with no end planned: only the baseline, overdue.
		OutcomeFixtures.Recipient b = this.fixtures.measured(copenhagen, "B " + this.tag);
		long bCourse = this.fixtures.course(copenhagen, t.minusDays(10), null, null, b.id(), List.of(otherPeer));
		expect(b, bCourse, Timepoint.BASELINE, t.minusDays(10), false);

		// A baseline in progress is not due.
		OutcomeFixtures.Recipient started = this.fixtures.measured(copenhagen, "Started " + this.tag);
		long startedCourse = this.fixtures.course(copenhagen, t.minusDays(5), null, null, started.id(),
				List.of(otherPeer));
		this.fixtures.assessment(started.id(), startedCourse, Timepoint.BASELINE, t.minusDays(5), false);

		// Starts in 12 days: its baseline is upcoming.
		OutcomeFixtures.Recipient c = this.fixtures.measured(copenhagen, "C " + this.tag);
		long cCourse = this.fixtures.course(copenhagen, t.plusDays(12), t.plusDays(200), null, c.id(),
				List.of(otherPeer));
		expect(c, cCourse, Timepoint.BASELINE, t.plusDays(12), false);

		// No consent, a withdrawn consent, an ended course: nothing.
		OutcomeFixtures.Recipient noConsent = this.fixtures.recipient(copenhagen, "NoConsent " + this.tag);
		this.fixtures.course(copenhagen, t.minusDays(10), null, null, noConsent.id(), List.of(demoPeer));
		OutcomeFixtures.Recipient withdrawn = this.fixtures.recipient(copenhagen, "Withdrawn " + this.tag);
		this.fixtures.consent(withdrawn.id(), "OUTCOME_MEASUREMENT", t.minusYears(1), t.minusDays(3));
		this.fixtures.course(copenhagen, t.minusDays(10), null, null, withdrawn.id(), List.of(demoPeer));
		OutcomeFixtures.Recipient ended = this.fixtures.measured(copenhagen, "Ended " + this.tag);
		this.fixtures.course(copenhagen, t.minusDays(60), t.minusDays(1), t.minusDays(1), ended.id(),
				List.of(demoPeer));

		// Six months fall due in a few days; baseline and 3 months are overdue.
		this.sixMonths = this.fixtures.measured(copenhagen, "F " + this.tag);
		LocalDate fStart = t.minusMonths(6).plusDays(5);
		long fCourse = this.fixtures.course(copenhagen, fStart, null, null, this.sixMonths.id(), List.of(demoPeer));
		expect(this.sixMonths, fCourse, Timepoint.BASELINE, fStart, true);
		expect(this.sixMonths, fCourse, Timepoint.MONTH_3, fStart.plusMonths(3), true);
		expect(this.sixMonths, fCourse, Timepoint.MONTH_6, Timepoint.MONTH_6.dueOn(fStart, null), true);

		// Planned to end in 5 days: the 3-month follow-up would come after it and is left
		// to the end assessment.
		OutcomeFixtures.Recipient g = this.fixtures.measured(copenhagen, "G " + this.tag);
		long gCourse = this.fixtures.course(copenhagen, t.minusDays(80), t.plusDays(5), null, g.id(),
				List.of(otherPeer));
		expect(g, gCourse, Timepoint.BASELINE, t.minusDays(80), false);
		expect(g, gCourse, Timepoint.END, t.plusDays(5), false);

		// The Aarhus coordinator's own: one overdue baseline.
		long aarhus = this.fixtures.organisation(OutcomeFixtures.AARHUS);
		OutcomeFixtures.Recipient h = this.fixtures.measured(aarhus, "H " + this.tag);
		this.fixtures.course(aarhus, t.minusDays(3), null, null, h.id(), List.of());
	}

	private void expect(OutcomeFixtures.Recipient recipient, long courseId, Timepoint timepoint, LocalDate dueOn,
			boolean assigned) {
		String key = recipient.id() + ":" + courseId + ":" + timepoint;
		this.expected.put(key, dueOn);
		if (dueOn.isBefore(this.today)) {
			this.overdue.add(key);
		}
		if (assigned) {
			this.ofAssignedCourses.add(key);
		}
	}

	@Test
	void eachTimepointFallsDueOnItsDayAndNothingElseIsListed() throws Exception {
		Map<String, LocalDate> shown = rows(get("/outcomes/due").param("q", this.tag), "koordinator");
		assertThat(shown).containsExactlyInAnyOrderEntriesOf(this.expected);
		assertThat(new ArrayList<>(shown.values())).isSorted();
		// The hand-made ones, to be sure the fixture says what it means.
		assertThat(this.expected).hasSize(9);
		assertThat(this.overdue).hasSize(5);
	}

	@Test
	void overdueAndUpcomingAreSplitAtToday() throws Exception {
		Map<String, LocalDate> overdue = rows(get("/outcomes/due").param("q", this.tag).param("show", "OVERDUE"),
				"koordinator");
		assertThat(overdue.keySet()).containsExactlyInAnyOrderElementsOf(this.overdue);
		Map<String, LocalDate> upcoming = rows(get("/outcomes/due").param("q", this.tag).param("show", "UPCOMING"),
				"koordinator");
		assertThat(upcoming.keySet()).doesNotContainAnyElementsOf(this.overdue).hasSize(4);
		assertThat(upcoming.values()).allMatch((day) -> !day.isBefore(this.today)
				&& !day.isAfter(this.today.plusDays(DueAssessmentService.HORIZON_DAYS)));
	}

	@Test
	void searchByNumberSortDescendingAndPages() throws Exception {
		Map<String, LocalDate> ofF = rows(get("/outcomes/due").param("q", this.sixMonths.number().toLowerCase()),
				"koordinator");
		assertThat(ofF).hasSize(3).allSatisfy((key, day) -> assertThat(key).startsWith(this.sixMonths.id() + ":"));
		Map<String, LocalDate> descending = rows(get("/outcomes/due").param("q", this.tag).param("sort", "due,desc"),
				"koordinator");
		assertThat(new ArrayList<>(descending.values())).isSortedAccordingTo((x, y) -> y.compareTo(x));
		List<String> paged = new ArrayList<>();
		for (int page = 0; page < 3; page++) {
			Map<String, LocalDate> rows = rows(
					get("/outcomes/due").param("q", this.tag).param("size", "4").param("page", String.valueOf(page)),
					"koordinator");
			assertThat(rows).hasSize((page < 2) ? 4 : 1);
			paged.addAll(rows.keySet());
		}
		assertThat(paged).containsExactlyInAnyOrderElementsOf(this.expected.keySet());
	}

	@Test
	void eachRowLinksToStartItsAssessment() throws Exception {
		String html = this.mvc.perform(get("/outcomes/due").param("q", this.tag).with(as("koordinator")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		for (String key : this.expected.keySet()) {
			String[] parts = key.split(":");
			assertThat(html).contains("/outcomes/assessments/new?recipient=" + parts[0] + "&amp;course=" + parts[1]
					+ "&amp;timepoint=" + parts[2]);
		}
	}

	@Test
	void theDueDaysInSqlAgreeWithTimepointAtTheEndOfAMonth() {
		long copenhagen = this.fixtures.organisation(OutcomeFixtures.COPENHAGEN);
		OutcomeFixtures.Recipient r = this.fixtures.recipient(copenhagen, "MonthEnd " + this.tag);
		this.fixtures.consent(r.id(), "OUTCOME_MEASUREMENT", LocalDate.of(2025, 1, 1), null);
		LocalDate start = LocalDate.of(2025, 8, 31);
		long course = this.fixtures.course(copenhagen, start, null, null, r.id(), List.of());
		StaffUser coordinator = (StaffUser) this.users.loadUserByUsername("koordinator");
		SecurityContextHolder.getContext()
			.setAuthentication(
					UsernamePasswordAuthenticationToken.authenticated(coordinator, null, coordinator.getAuthorities()));
		try {
			// 31 August + 3 months is 30 November; + 6 months is 28 February.
			Map<Timepoint, LocalDate> shown = new LinkedHashMap<>();
			this.due
				.list(DueFilter.ALL, "MonthEnd " + this.tag, PageRequest.of(0, 10, Sort.by("d.due_on")), coordinator,
						LocalDate.of(2026, 2, 10))
				.forEach((row) -> shown.put(row.timepoint(), row.dueOn()));
			assertThat(shown).containsExactly(Map.entry(Timepoint.BASELINE, start),
					Map.entry(Timepoint.MONTH_3, LocalDate.of(2025, 11, 30)),
					Map.entry(Timepoint.MONTH_6, LocalDate.of(2026, 2, 28)));
			assertThat(shown.get(Timepoint.MONTH_3)).isEqualTo(Timepoint.MONTH_3.dueOn(start, null));
			assertThat(shown.get(Timepoint.MONTH_6)).isEqualTo(Timepoint.MONTH_6.dueOn(start, null));
			assertThat(course).isPositive();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	@Nested
	class Scope {

		@Test
		void anotherOrganisationsCoordinatorSeesNoneOfThem() throws Exception {
			Map<String, LocalDate> shown = rows(get("/outcomes/due").param("q", DueAssessmentsTest.this.tag),
					"koordinator.aarhus");
			assertThat(shown).hasSize(1)
				.allSatisfy((key, day) -> assertThat(DueAssessmentsTest.this.expected).doesNotContainKey(key));
		}

		@Test
		void aPeerWorkerSeesOnlyTheCoursesTheyAreAssignedTo() throws Exception {
			Map<String, LocalDate> shown = rows(get("/outcomes/due").param("q", DueAssessmentsTest.this.tag), "peer");
			assertThat(shown.keySet()).containsExactlyInAnyOrderElementsOf(DueAssessmentsTest.this.ofAssignedCourses);
		}

		@ParameterizedTest
		@CsvSource({ "admin", "leder" })
		void managersAndAdministratorsMayNotListThem(String username) throws Exception {
			DueAssessmentsTest.this.mvc.perform(get("/outcomes/due").with(as(username)))
				.andExpect(status().isForbidden());
			assertThat(audited(username, "DENIED", "REASON=ROLE")).isPositive();
		}

		@Test
		void theListIsAuditedAsASearchOfRecipients() throws Exception {
			rows(get("/outcomes/due").param("q", DueAssessmentsTest.this.tag).param("show", "OVERDUE"), "peer");
			assertThat(audited("peer", "SUCCESS", "RESULTS=3;VIEW=OUTCOMES_DUE;FILTER=OVERDUE;TEXT=GIVEN"))
				.isPositive();
		}

	}

	private int audited(String username, String outcome, String detail) {
		return this.jdbc.sql("""
				select count(*) from audit_event where actor_username = ? and entity_type = 'RECIPIENT'
				and action = 'SEARCH' and outcome = ? and detail = ? and occurred_at > now() - interval '1 minute'
				""").params(username, outcome, detail).query(Integer.class).single();
	}

	/** The rows shown, by key, with the day each falls due, in the order shown. */
	private Map<String, LocalDate> rows(MockHttpServletRequestBuilder request, String username) throws Exception {
		String html = this.mvc.perform(request.with(as(username)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Map<String, LocalDate> rows = new LinkedHashMap<>();
		for (Element row : Jsoup.parse(html).select("tr[data-due]")) {
			rows.put(row.attr("data-due"), LocalDate.parse(row.attr("data-due-on")));
		}
		return rows;
	}

	private RequestPostProcessor as(String username) {
		return user(this.users.loadUserByUsername(username));
	}

}
