package dk.peerstoette.dashboard;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dk.peerstoette.IntegrationTest;
import dk.peerstoette.TestProgramme;
import dk.peerstoette.security.StaffUser;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Waiting time on the dashboard: days from a unit's waiting list to the first held
 * contact of the course that took the recipient off it, counted per band and as a median,
 * and protected like every figure (fewer than 5 people: not shown; counts to multiples of
 * 5; the median to whole weeks; the same figure always the same).
 */
@IntegrationTest
class WaitingTimeDashboardTest {

	private static final Locale DANISH = Locale.forLanguageTag("da");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	@Autowired
	DashboardService dashboards;

	TestProgramme data;

	long copenhagen;

	long unit;

	long peerWorker;

	long author;

	@BeforeEach
	void unitOfItsOwn() {
		this.data = new TestProgramme(this.jdbc) {
		};
		this.copenhagen = this.data.organisation(TestProgramme.COPENHAGEN);
		this.unit = this.jdbc.sql(
				"insert into unit (organisation_id, name, kind, sector) values (?, ?, 'OTHER', 'MUNICIPAL') returning id")
			.params(this.copenhagen, "Ventetest " + TestProgramme.tag())
			.query(Long.class)
			.single();
		this.peerWorker = this.data.peerWorker(this.copenhagen, "Vera " + TestProgramme.tag());
		this.author = this.data.userId("koordinator");
	}

	@Test
	void fewerThanFivePeopleShowNothing() throws Exception {
		waited(3, LocalDate.of(2025, 6, 10));
		waited(12, LocalDate.of(2025, 6, 11));
		waited(40, LocalDate.of(2025, 6, 12));
		FigureTable table = figures("unit", String.valueOf(this.unit));
		assertThat(table.rows()).hasSize(7);
		assertThat(last(table).cells()).extracting(Figure::shown)
			.containsExactly(Figure.Shown.SMALL, Figure.Shown.SMALL);
		assertThat(table.rows().get(0).cells().get(0).shown()).isEqualTo(Figure.Shown.SMALL);
	}

	@Test
	void theMedianIsShownToTheWeekAndCountsToFives() throws Exception {
		for (int days : new int[] { 3, 10, 20, 20, 40, 100 }) {
			waited(days, LocalDate.of(2025, 5, 20));
		}
		// A wait whose first contact lies outside the period does not count.
		waited(5, LocalDate.of(2024, 12, 30));
		List<CountedTable.Row> counted = counted("unit", String.valueOf(this.unit)).rows();
		CountedTable.Row total = counted.get(counted.size() - 1);
		assertThat(total.cells().get(0).exact()).isEqualByComparingTo("6");
		assertThat(total.cells().get(1).exact()).isEqualByComparingTo("20");
		FigureTable table = figures("unit", String.valueOf(this.unit));
		Figure waits = last(table).cells().get(0);
		Figure median = last(table).cells().get(1);
		assertThat(waits.shown()).isEqualTo(Figure.Shown.VALUE);
		assertThat(waits.value()).isIn(BigDecimal.valueOf(5), BigDecimal.valueOf(10));
		assertThat(median.value()).isIn(BigDecimal.valueOf(14), BigDecimal.valueOf(21));
		// Each band holds 1 or 2 people: none is shown.
		assertThat(table.rows().subList(0, 6))
			.allSatisfy((row) -> assertThat(row.cells().get(0).shown()).isIn(Figure.Shown.SMALL, Figure.Shown.VALUE));
		assertThat(table.rows().get(0).cells().get(0).shown()).isEqualTo(Figure.Shown.SMALL);
		// Asked again, the same figures: nothing averages out.
		assertThat(figures("unit", String.valueOf(this.unit))).isEqualTo(table);
		// The organisation's total and the unit's are both multiples of 5, so their
		// difference is never a hidden count of 1 to 4.
		Figure whole = last(figures()).cells().get(0);
		if (whole.shown() == Figure.Shown.VALUE) {
			assertThat(whole.value().remainder(BigDecimal.valueOf(5))).isEqualByComparingTo("0");
		}
	}

	/** A recipient who waited the days before their course's first held contact. */
	private void waited(int days, LocalDate firstContact) {
		TestProgramme.Recipient recipient = this.data.recipient(this.copenhagen, "Venter " + TestProgramme.tag());
		long course = this.jdbc
			.sql("""
					insert into course (kind, organisation_id, unit_id, starts_on) values ('INDIVIDUAL', ?, ?, ?) returning id
					""")
			.params(this.copenhagen, this.unit, firstContact.minusDays(1))
			.query(Long.class)
			.single();
		this.jdbc.sql("insert into course_recipient (course_id, recipient_id) values (?, ?)")
			.params(course, recipient.id())
			.update();
		for (LocalDate day : List.of(firstContact.plusDays(7), firstContact)) {
			this.jdbc
				.sql("""
						insert into contact (organisation_id, unit_id, course_id, recipient_id, peer_worker_id, kind, status,
						    occurred_on, starts_at, duration_minutes, created_by, updated_by)
						values (?, ?, ?, ?, ?, 'INDIVIDUAL_CONVERSATION', 'HELD', ?, ?, 60, ?, ?)
						""")
				.params(this.copenhagen, this.unit, course, recipient.id(), this.peerWorker, day, LocalTime.of(10, 0),
						this.author, this.author)
				.update();
		}
		this.jdbc
			.sql("""
					insert into waiting_entry (organisation_id, unit_id, recipient_id, entered_on, created_by, course_id, left_on,
					    left_reason)
					values (?, ?, ?, ?, ?, ?, ?, ?)
					""")
			.params(this.copenhagen, this.unit, recipient.id(), firstContact.minusDays(days), this.author, course,
					firstContact.minusDays(1), "COURSE_STARTED")
			.update();
	}

	private FigureTable figures(String... params) throws Exception {
		return this.dashboards.figures(filter(params), coordinator(), DANISH)
			.stream()
			.filter((table) -> table.id().equals("waiting"))
			.findFirst()
			.orElseThrow();
	}

	private CountedTable counted(String... params) throws Exception {
		return this.dashboards.counted(filter(params), coordinator(), DANISH)
			.stream()
			.filter((table) -> table.id().equals("waiting"))
			.findFirst()
			.orElseThrow();
	}

	private DashboardFilter filter(String... params) throws Exception {
		var request = get("/dashboard").with(user(this.users.loadUserByUsername("koordinator")))
			.param("period", "YEAR")
			.param("year", "2025");
		for (int i = 0; i < params.length; i += 2) {
			request.param(params[i], params[i + 1]);
		}
		MvcResult result = this.mvc.perform(request).andExpect(status().isOk()).andReturn();
		return (DashboardFilter) result.getModelAndView().getModel().get("filter");
	}

	private StaffUser coordinator() {
		return (StaffUser) this.users.loadUserByUsername("koordinator");
	}

	private static FigureRow last(FigureTable table) {
		return table.rows().get(table.rows().size() - 1);
	}

}
