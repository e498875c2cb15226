package dk.peerstoette.dashboard;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import dk.peerstoette.IntegrationTest;
import dk.peerstoette.TestClock;
import dk.peerstoette.dashboard.DashboardFilter.PeriodKind;
import dk.peerstoette.security.StaffUser;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bridge-building by destination and relatives taking part (issue 18, items 5 and 6) on
 * the dashboard: counted from the contacts, shown only for 5 people or more, and then as
 * multiples of 5, so that neither a period less another nor a destination less the total
 * gives a recipient away.
 */
@IntegrationTest
class BridgesAndRelativesDashboardTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	@Autowired
	DashboardService dashboards;

	@Test
	void bridgesAndRelativesAreCountedAndNeverShownForFewerThanFive() {
		StaffUser coordinator = (StaffUser) users.loadUserByUsername("koordinator");
		long organisation = coordinator.getOrganisationId();
		// Before the demo's contacts, so that only these count.
		YearMonth month = YearMonth.from(TestClock.today()).minusMonths(10);
		List<long[]> recipients = jdbc.sql("""
				select distinct on (cr.recipient_id) cr.recipient_id, c.id, c.unit_id
				from course c join course_recipient cr on cr.course_id = c.id
				where c.organisation_id = ? order by cr.recipient_id, c.id limit 8
				""")
			.param(organisation)
			.query((rs, i) -> new long[] { rs.getLong(1), rs.getLong(2), rs.getLong(3) })
			.list();
		assertThat(recipients).hasSize(8);
		long peer = jdbc.sql("select min(id) from peer_worker where organisation_id = ?")
			.param(organisation)
			.query(Long.class)
			.single();
		long[] one = recipients.get(0);
		for (int i = 0; i < 3; i++) {
			contact(organisation, one, peer, coordinator.getId(), month.atDay(3 + i), "BRIDGE_BUILDING", "HOUSING", 0);
		}
		contact(organisation, one, peer, coordinator.getId(), month.atDay(8), "INDIVIDUAL_CONVERSATION", null, 3);

		assertThat(counted(coordinator, month, "bridges", 2, 0)).as("housing contacts").isEqualTo(3);
		assertThat(counted(coordinator, month, "relatives", 0, 2)).as("relatives in all").isEqualTo(3);
		assertThat(shown(coordinator, month, "bridges", 2, 0).shown()).isEqualTo(Figure.Shown.SMALL);
		assertThat(shown(coordinator, month, "bridges", 7, 0).shown()).as("the total").isEqualTo(Figure.Shown.SMALL);
		assertThat(shown(coordinator, month, "relatives", 0, 0).shown()).isEqualTo(Figure.Shown.SMALL);
		assertThat(shown(coordinator, month, "relatives", 0, 2).shown()).isEqualTo(Figure.Shown.SMALL);

		for (long[] other : recipients.subList(1, 8)) {
			contact(organisation, other, peer, coordinator.getId(), month.atDay(12), "BRIDGE_BUILDING", "HOUSING", 0);
			contact(organisation, other, peer, coordinator.getId(), month.atDay(13), "PHONE", null, 1);
		}
		assertThat(counted(coordinator, month, "bridges", 2, 0)).isEqualTo(10);
		assertThat(counted(coordinator, month, "bridges", 2, 1)).as("recipients").isEqualTo(8);
		for (String table : List.of("bridges", "relatives")) {
			for (FigureRow row : table(coordinator, month, table).rows()) {
				for (Figure figure : row.cells()) {
					assertThat(figure.shown() != Figure.Shown.VALUE || figure.value().longValue() % 5 == 0)
						.as("%s %s: %s", table, row.label(), figure)
						.isTrue();
				}
			}
		}
		assertThat(shown(coordinator, month, "bridges", 2, 0).shown()).isEqualTo(Figure.Shown.VALUE);
		// Another organisation's coordinator counts none of them.
		StaffUser aarhus = (StaffUser) users.loadUserByUsername("koordinator.aarhus");
		assertThat(counted(aarhus, month, "bridges", 2, 0)).isZero();
	}

	private void contact(long organisation, long[] recipient, long peer, long by, LocalDate day, String kind,
			String bridgeTo, int relatives) {
		jdbc.sql("""
				insert into contact (organisation_id, unit_id, course_id, recipient_id, peer_worker_id, kind, status,
				    occurred_on, starts_at, duration_minutes, created_by, updated_by, bridge_to, relatives_present)
				values (?, ?, ?, ?, ?, ?, 'HELD', ?, time '10:00', 45, ?, ?, ?, ?)
				""")
			.params(organisation, recipient[2], recipient[1], recipient[0], peer, kind, day, by, by, bridgeTo,
					relatives)
			.update();
	}

	private long counted(StaffUser user, YearMonth month, String id, int row, int column) {
		CountedTable table = dashboards.counted(filter(month), user, Locale.forLanguageTag("da"))
			.stream()
			.filter((t) -> t.id().equals(id))
			.findFirst()
			.orElseThrow();
		return table.rows().get(row).cells().get(column).exact().longValue();
	}

	private Figure shown(StaffUser user, YearMonth month, String id, int row, int column) {
		return table(user, month, id).rows().get(row).cells().get(column);
	}

	private FigureTable table(StaffUser user, YearMonth month, String id) {
		return dashboards.figures(filter(month), user, Locale.forLanguageTag("da"))
			.stream()
			.filter((t) -> t.id().equals(id))
			.findFirst()
			.orElseThrow();
	}

	private static DashboardFilter filter(YearMonth month) {
		DashboardFilter filter = new DashboardFilter();
		filter.setPeriod(PeriodKind.MONTH);
		filter.setYear(month.getYear());
		filter.setMonth(month.getMonthValue());
		return filter;
	}

}
