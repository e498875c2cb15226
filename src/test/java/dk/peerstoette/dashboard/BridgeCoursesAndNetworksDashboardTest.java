package dk.peerstoette.dashboard;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import dk.peerstoette.IntegrationTest;
import dk.peerstoette.account.StaffAccountService;
import dk.peerstoette.dashboard.DashboardFilter.PeriodKind;
import dk.peerstoette.security.StaffUser;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bridge-building courses by destination, beside the contacts' (issue 18, item 5), and
 * the networks of the recipients reached (item 6) on the dashboard: counted exactly,
 * shown only for 5 people or more, and then as multiples of 5, so that no destination or
 * role less the total, and no period less another, gives a recipient away. On a programme
 * of their own ({@link DashboardFixtures}), which the demo cannot disturb.
 */
@IntegrationTest
class BridgeCoursesAndNetworksDashboardTest {

	/** The bridges table's rows: the destinations in order, then none, then the total. */
	static final int JOB_CENTRE = 0;

	static final int HOUSING = 2;

	static final int NO_DESTINATION = 6;

	static final int ALL_BRIDGES = 7;

	/** The bridges table's columns. */
	static final int CONTACTS = 0;

	static final int COURSES = 2;

	static final int COURSE_RECIPIENTS = 3;

	/** The network table's rows: the roles in order, then the total. */
	static final int PARENTS = 0;

	static final int SIBLINGS = 3;

	static final int FRIENDS = 4;

	static final int ANY_ROLE = 6;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	StaffAccountService accounts;

	@Autowired
	UserDetailsService users;

	@Autowired
	DashboardService dashboards;

	@Test
	void bridgeCoursesCountBesideTheContactsAndNeverShowFewerThanFive() {
		DashboardFixtures f = new DashboardFixtures(jdbc, accounts);
		StaffUser coordinator = (StaffUser) users.loadUserByUsername(f.coordinator);
		List<Long> courses = jdbc.sql("select id from course where unit_id = ? order by id")
			.param(f.unitB)
			.query(Long.class)
			.list();
		assertThat(courses).hasSize(5);
		bridgeTo(courses.subList(0, 4), "HOUSING");
		bridgeTo(courses.subList(4, 5), "JOB_CENTRE");
		DashboardFilter year = year();

		assertThat(counted(coordinator, year, "bridges", HOUSING, COURSES)).isEqualTo(4);
		assertThat(counted(coordinator, year, "bridges", HOUSING, COURSE_RECIPIENTS)).isEqualTo(4);
		assertThat(counted(coordinator, year, "bridges", JOB_CENTRE, COURSES)).isEqualTo(1);
		assertThat(counted(coordinator, year, "bridges", ALL_BRIDGES, COURSES)).isEqualTo(5);
		// The contacts' own figures stay as they were: the fixtures' contacts name no
		// destination.
		assertThat(counted(coordinator, year, "bridges", NO_DESTINATION, CONTACTS)).isEqualTo(5);
		assertThat(shown(coordinator, year, "bridges", HOUSING, COURSES).shown()).isEqualTo(Figure.Shown.SMALL);
		assertThat(shown(coordinator, year, "bridges", HOUSING, COURSE_RECIPIENTS).shown())
			.isEqualTo(Figure.Shown.SMALL);
		assertThat(shown(coordinator, year, "bridges", JOB_CENTRE, COURSES).shown()).isEqualTo(Figure.Shown.SMALL);
		assertMultiplesOfFive(coordinator, year, "bridges");
		assertThat(shown(coordinator, year, "bridges", ALL_BRIDGES, COURSES).shown()).isEqualTo(Figure.Shown.VALUE);

		bridgeTo(courses.subList(4, 5), "HOUSING");
		assertThat(shown(coordinator, year, "bridges", HOUSING, COURSES).shown()).isEqualTo(Figure.Shown.VALUE);
		assertMultiplesOfFive(coordinator, year, "bridges");
		// A course filter narrows the courses as it narrows the contacts.
		DashboardFilter unitA = year();
		unitA.setUnit(f.unitA);
		assertThat(counted(coordinator, unitA, "bridges", HOUSING, COURSES)).isZero();
		// Another organisation's coordinator counts none of them.
		StaffUser outside = (StaffUser) users.loadUserByUsername(f.outsideCoordinator);
		assertThat(counted(outside, year, "bridges", HOUSING, COURSES)).isZero();
	}

	@Test
	void networksOfTheRecipientsReachedAreCountedByRoleAndNeverShownForFewerThanFive() {
		DashboardFixtures f = new DashboardFixtures(jdbc, accounts);
		StaffUser coordinator = (StaffUser) users.loadUserByUsername(f.coordinator);
		List<Long> unitA = recipientsOf(f.unitA);
		List<Long> unitB = recipientsOf(f.unitB);
		for (long recipient : unitA.subList(0, 4)) {
			network(recipient, "PARENT", (recipient == unitA.get(0)) ? 2 : 1);
		}
		network(unitA.get(0), "SIBLING", 1);
		// Reached in June and July only.
		network(unitB.get(0), "FRIEND", 1);
		DashboardFilter year = year();

		assertThat(counted(coordinator, year, "network", PARENTS, 0)).as("recipients with parents").isEqualTo(4);
		assertThat(counted(coordinator, year, "network", PARENTS, 1)).as("parents").isEqualTo(5);
		assertThat(counted(coordinator, year, "network", SIBLINGS, 0)).isEqualTo(1);
		assertThat(counted(coordinator, year, "network", FRIENDS, 0)).isEqualTo(1);
		assertThat(counted(coordinator, year, "network", ANY_ROLE, 0)).as("with a network").isEqualTo(5);
		assertThat(counted(coordinator, year, "network", ANY_ROLE, 1)).as("relatives in all").isEqualTo(7);
		assertThat(shown(coordinator, year, "network", PARENTS, 0).shown()).isEqualTo(Figure.Shown.SMALL);
		assertThat(shown(coordinator, year, "network", PARENTS, 1).shown()).isEqualTo(Figure.Shown.SMALL);
		assertThat(shown(coordinator, year, "network", ANY_ROLE, 0).shown()).isEqualTo(Figure.Shown.VALUE);
		assertMultiplesOfFive(coordinator, year, "network");

		// March reached unit A only: four with a network, hidden.
		DashboardFilter march = new DashboardFilter();
		march.setPeriod(PeriodKind.MONTH);
		march.setYear(2025);
		march.setMonth(3);
		assertThat(counted(coordinator, march, "network", ANY_ROLE, 0)).isEqualTo(4);
		assertThat(shown(coordinator, march, "network", ANY_ROLE, 0).shown()).isEqualTo(Figure.Shown.SMALL);

		network(unitA.get(4), "PARENT", 1);
		assertThat(shown(coordinator, year, "network", PARENTS, 0).shown()).isEqualTo(Figure.Shown.VALUE);
		assertMultiplesOfFive(coordinator, year, "network");
		StaffUser outside = (StaffUser) users.loadUserByUsername(f.outsideCoordinator);
		assertThat(counted(outside, year, "network", ANY_ROLE, 0)).isZero();
	}

	private List<Long> recipientsOf(long unit) {
		return jdbc.sql("select id from recipient where unit_id = ? order by id").param(unit).query(Long.class).list();
	}

	private void bridgeTo(List<Long> courses, String destination) {
		jdbc.sql("update course set bridge_to = :to where id in (:ids)")
			.param("to", destination)
			.param("ids", courses)
			.update();
	}

	private void network(long recipient, String role, int relatives) {
		jdbc.sql("insert into recipient_network (recipient_id, role, relatives) values (?, ?, ?)")
			.params(recipient, role, relatives)
			.update();
	}

	private void assertMultiplesOfFive(StaffUser user, DashboardFilter filter, String id) {
		for (FigureRow row : table(user, filter, id).rows()) {
			for (Figure figure : row.cells()) {
				assertThat(figure.shown() != Figure.Shown.VALUE || figure.value().longValue() % 5 == 0)
					.as("%s %s: %s", id, row.label(), figure)
					.isTrue();
			}
		}
	}

	private long counted(StaffUser user, DashboardFilter filter, String id, int row, int column) {
		CountedTable table = dashboards.counted(filter, user, Locale.forLanguageTag("da"))
			.stream()
			.filter((t) -> t.id().equals(id))
			.findFirst()
			.orElseThrow();
		return table.rows().get(row).cells().get(column).exact().longValue();
	}

	private Figure shown(StaffUser user, DashboardFilter filter, String id, int row, int column) {
		return table(user, filter, id).rows().get(row).cells().get(column);
	}

	private FigureTable table(StaffUser user, DashboardFilter filter, String id) {
		return dashboards.figures(filter, user, Locale.forLanguageTag("da"))
			.stream()
			.filter((t) -> t.id().equals(id))
			.findFirst()
			.orElseThrow();
	}

	private static DashboardFilter year() {
		DashboardFilter filter = new DashboardFilter();
		filter.setPeriod(PeriodKind.YEAR);
		filter.setYear(2025);
		return filter;
	}

}
