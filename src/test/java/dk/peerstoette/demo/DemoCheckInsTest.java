package dk.peerstoette.demo;

import java.math.BigDecimal;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import dk.peerstoette.IntegrationTest;
import dk.peerstoette.TestClock;
import dk.peerstoette.checkin.SupportFlags;
import dk.peerstoette.dashboard.DashboardFilter;
import dk.peerstoette.dashboard.DashboardFilter.PeriodKind;
import dk.peerstoette.dashboard.Dashboards;
import dk.peerstoette.dashboard.Figure;
import dk.peerstoette.dashboard.FigureTable;
import dk.peerstoette.security.StaffUser;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo's check-ins: {@code koordinator} supervises the København peer workers and
 * sees a flag, København's peer workers have trends to look at, and loading again adds
 * nothing.
 */
@IntegrationTest
class DemoCheckInsTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DemoCheckIns checkIns;

	@Autowired
	SupportFlags flags;

	@Autowired
	UserDetailsService users;

	@Autowired
	Dashboards dashboards;

	@Test
	void koordinatorSeesAFlagAndThePeerLoginsHaveATrend() {
		assertThat(flags.flaggedCount((StaffUser) users.loadUserByUsername("koordinator"))).isPositive();
		// By organisation: tests may link the demo logins to other peer workers.
		assertThat(count("""
				select count(*) from (select c.peer_worker_id from peer_checkin c
				    join peer_worker pw on pw.id = c.peer_worker_id join organisation o on o.id = pw.organisation_id
				    where o.name = 'Københavns Kommune' group by c.peer_worker_id having count(*) >= 6) trends
				""")).isGreaterThanOrEqualTo(2);
	}

	/**
	 * The peer workers of the Hovedstaden partnership let their check-ins count: the
	 * manager sees their change for a group of five or more.
	 */
	@Test
	void theManagerSeesThePeerWorkersChangeOfAGroupOfFiveOrMore() {
		DashboardFilter filter = new DashboardFilter();
		filter.setPeriod(PeriodKind.YEAR);
		filter.setYear(TestClock.today().getYear());
		FigureTable outcomes = dashboards
			.figures(filter, (StaffUser) users.loadUserByUsername("leder"), Locale.forLanguageTag("da"))
			.stream()
			.filter((table) -> table.id().equals("peer-outcomes"))
			.findFirst()
			.orElseThrow();
		Figure pairs = outcomes.rows()
			.stream()
			.filter((row) -> row.label().equals("Håb"))
			.findFirst()
			.orElseThrow()
			.cells()
			.get(0);
		assertThat(pairs.shown()).isEqualTo(Figure.Shown.VALUE);
		assertThat(pairs.value()).isGreaterThanOrEqualTo(BigDecimal.valueOf(5));
	}

	@Test
	void loadingAgainAddsNothing() {
		// Once to catch up with demo logins that tests have linked to other peer workers.
		checkIns.load();
		long before = count("select count(*) from peer_checkin");
		long supervised = count("select count(*) from peer_worker where supervisor_user_id is not null");
		checkIns.load();
		assertThat(count("select count(*) from peer_checkin")).isEqualTo(before);
		assertThat(count("select count(*) from peer_worker where supervisor_user_id is not null"))
			.isEqualTo(supervised);
	}

	private long count(String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}

}
