package dk.peerstoette.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dk.peerstoette.TestClock;
import dk.peerstoette.TestPostgres;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The national generator at 1 % of the national sizes, on a database of its own (migrated
 * from nothing) on the test PostgreSQL. Every check constraint of the schema is checked
 * by PostgreSQL as the rows go in; a violated one fails the generation.
 */
class NationalGeneratorTest {

	private static JdbcTemplate jdbc;

	private static boolean firstRun;

	private static boolean secondRun;

	/** The generator's last day, a Danish day whatever the server's zone. */
	private static final LocalDate TODAY = TestClock.today();

	@BeforeAll
	static void generateTwice() {
		TestPostgres postgres = TestPostgres.get();
		String url = postgres.createEmptyDatabase("national_test");
		// As the owner, as NationalData does: the bulk load sets sequences and vacuums.
		DriverManagerDataSource dataSource = new DriverManagerDataSource(url, postgres.owner().username(),
				postgres.owner().password());
		Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
		jdbc = new JdbcTemplate(dataSource);
		NationalGenerator generator = new NationalGenerator(dataSource, "{noop}demo", TODAY);
		firstRun = generator.generate(0.01);
		secondRun = generator.generate(0.01);
	}

	@Test
	void sizesAtOnePercent() {
		// 300 peer workers * 1 % = 3, raised to 2 per organisation; 30,000 recipients * 1
		// % = 300;
		// one group per unit; 1,000,000 contacts * 1 % = 10,000, of which 6 % group
		// meetings
		// and 18 % organisational activities; 120,000 assessments * 1 % = 1,200.
		assertThat(firstRun).isTrue();
		assertThat(count("partnership")).isEqualTo(3);
		assertThat(count("organisation")).isEqualTo(11);
		assertThat(count("unit")).isEqualTo(60);
		assertThat(count("peer_support_model")).isEqualTo(6);
		assertThat(count("peer_worker")).isEqualTo(22);
		assertThat(count("recipient")).isEqualTo(300);
		assertThat(count("course")).isEqualTo(300 + 60);
		assertThat(count("contact")).isEqualTo(10_000);
		assertThat(count("assessment")).isEqualTo(1_200);
		assertThat(count("peer_checkin")).isEqualTo(120);
		assertThat(count("quote")).isEqualTo(30);
		// admin, 3 managers, 11 coordinators, 22 peer workers
		assertThat(count("staff_user")).isEqualTo(1 + 3 + 11 + 22);
	}

	@Test
	void everyKindIsThere() {
		assertThat(jdbc.queryForList("select distinct kind from course order by kind", String.class))
			.containsExactly("BRIDGE_BUILDING", "GROUP", "INDIVIDUAL", "MENTOR");
		assertThat(jdbc.queryForObject("select count(*) from contact where kind = 'GROUP_MEETING'", Long.class))
			.isEqualTo(600);
		assertThat(jdbc.queryForObject("select count(*) from contact where recipient_id is null and course_id is null",
				Long.class))
			.isEqualTo(1_800);
		assertThat(jdbc.queryForList("select distinct kind from contact order by kind", String.class)).hasSize(11);
		assertThat(jdbc.queryForList("select distinct employment_form || '/' || peer_role from peer_worker order by 1",
				String.class))
			.hasSize(6);
		assertThat(jdbc.queryForObject("select count(*) from contact_attendance", Long.class)).isPositive();
		assertThat(jdbc.queryForList("select distinct kind from consent order by kind", String.class))
			.containsExactly("ANONYMISED_QUOTES", "OUTCOME_MEASUREMENT", "REGISTRATION");
		assertThat(jdbc.queryForObject("select count(distinct recipient_id) from consent where kind = 'REGISTRATION'",
				Long.class))
			.isEqualTo(300);
	}

	@Test
	void everyCourseHasRecipientsAndPeerWorkers() {
		assertThat(jdbc.queryForObject(
				"select count(*) from course c where not exists (select 1 from course_recipient r where r.course_id = c.id)",
				Long.class))
			.isZero();
		assertThat(jdbc.queryForObject(
				"select count(*) from course c where not exists (select 1 from course_peer p where p.course_id = c.id)",
				Long.class))
			.isZero();
	}

	@Test
	void assessmentsAreCompletedWithBaselinesAndScoresInRange() {
		Map<String, Object> row = jdbc.queryForMap("""
				select count(*) filter (where status <> 'COMPLETED') as open,
				       count(*) filter (where timepoint = 'BASELINE') as baselines,
				       count(*) filter (where score_hope < 0 or score_hope > 4) as out_of_range,
				       count(*) filter (where answered_on > ?) as future
				from assessment
				""", TODAY);
		assertThat(row.get("open")).isEqualTo(0L);
		assertThat((Long) row.get("baselines")).isPositive();
		assertThat(row.get("out_of_range")).isEqualTo(0L);
		assertThat(row.get("future")).isEqualTo(0L);
	}

	@Test
	void logsInForEachPartnershipAndOrganisation() {
		List<String> managers = jdbc.queryForList(
				"select username from staff_user where role = 'MANAGER' and partnership_id is not null order by 1",
				String.class);
		assertThat(managers).containsExactly("national.leder1", "national.leder2", "national.leder3");
		assertThat(jdbc.queryForObject(
				"select count(distinct organisation_id) from staff_user where role = 'COORDINATOR'", Long.class))
			.isEqualTo(11);
	}

	@Test
	void refusesASecondRun() {
		assertThat(secondRun).isFalse();
		assertThat(count("recipient")).isEqualTo(300);
		assertThat(count("partnership")).isEqualTo(3);
	}

	private static long count(String table) {
		return jdbc.queryForObject("select count(*) from " + table, Long.class);
	}

}
