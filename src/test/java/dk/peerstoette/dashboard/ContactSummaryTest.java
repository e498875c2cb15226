package dk.peerstoette.dashboard;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import dk.peerstoette.IntegrationTest;
import dk.peerstoette.account.StaffAccountService;
import dk.peerstoette.course.CourseKind;
import dk.peerstoette.dashboard.DashboardFixtures.Varied;
import dk.peerstoette.dashboard.DashboardQueries.ContactRow;
import dk.peerstoette.dashboard.DashboardQueries.Criteria;
import dk.peerstoette.dashboard.DashboardQueries.Section;
import dk.peerstoette.partnership.EmploymentForm;
import dk.peerstoette.partnership.PeerRole;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The contact figures read through the summaries are the figures counted from the
 * contacts themselves: on varied contacts ({@link DashboardFixtures#varied}), for periods
 * of whole years, quarters, months and odd days, under every filter, while every month is
 * stale (all from the contacts), once the summaries are built (whole months and years
 * from the summaries), and after changes that make some months stale again (both). The
 * reference is the dashboard's contact query as it was before the summaries, counting
 * every contact of the period.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ContactSummaryTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	StaffAccountService accounts;

	@Autowired
	DashboardQueries queries;

	@Autowired
	ContactSummary summary;

	@Autowired
	DataSource dataSource;

	DashboardFixtures f;

	Varied varied;

	@BeforeAll
	void programme() {
		f = new DashboardFixtures(jdbc, accounts);
		varied = f.varied(7);
	}

	@Test
	void theSummariesCountWhatTheContactsCount() {
		assertThat(stale()).as("every month with contacts is stale before a rebuild").isGreaterThan(20);
		assertSameFigures("all from the contacts");

		summary.refreshStale(10_000);
		assertThat(stale()).isZero();
		assertThat(jdbc.sql("select count(*) from contact_reach where organisation_id in (:orgs) and span = 'Y'")
			.param("orgs", varied.organisations())
			.query(Long.class)
			.single()).as("yearly summaries").isPositive();
		assertSameFigures("from the summaries");

		// A new contact, an attendance turned absent, a deleted contact, and a course
		// moved to another model: their months are stale, the rest stays summarised.
		long organisation = varied.organisations().get(0);
		long course = jdbc.sql("select min(id) from course where organisation_id = ? and kind = 'MENTOR'")
			.param(organisation)
			.query(Long.class)
			.single();
		jdbc.sql(
				"""
						insert into contact (organisation_id, unit_id, course_id, recipient_id, peer_worker_id, kind, status,
						    occurred_on, starts_at, duration_minutes, created_by, updated_by)
						select organisation_id, unit_id, course_id, recipient_id, peer_worker_id, 'VIDEO', 'HELD', date '2025-06-18',
						       time '12:00', 45, created_by, updated_by
						from contact where course_id = ? limit 1
						""")
			.param(course)
			.update();
		jdbc.sql("""
				update contact_attendance set attendance = 'ABSENT'
				where contact_id = ? and recipient_id = (select min(recipient_id) from contact_attendance
				                                          where contact_id = ? and attendance = 'PRESENT')
				""").params(varied.groupMeeting(), varied.groupMeeting()).update();
		jdbc.sql("""
				update contact set deleted_at = now(), deleted_by = created_by, delete_reason = 'test'
				where id = (select min(id) from contact where organisation_id = ? and deleted_at is null
				            and status = 'HELD' and occurred_on between date '2025-02-01' and date '2025-02-28')
				""").param(organisation).update();
		jdbc.sql("update course set model_id = ? where id = ?").params(f.supplementaryModel, course).update();
		assertThat(stale()).isPositive();
		assertSameFigures("the summaries and the stale months from the contacts");

		// As the background job does it, a few organisation-years per round.
		new ContactSummaryRefresher(summary).refresh();
		assertThat(stale()).isZero();
		assertSameFigures("from the rebuilt summaries");
	}

	@Test
	void aRebuildOfEverythingCountsTheSame() {
		summary.rebuildAll();
		assertThat(stale()).isZero();
		assertSameFigures("after a rebuild of everything");
	}

	/**
	 * Quick entries of one organisation's month used to queue behind each other's commits
	 * on the month's one mark row; a save now marks its month without waiting for any
	 * other save still in flight.
	 */
	@Test
	void aSaveDoesNotWaitForAnotherSaveOfTheSameMonth() throws Exception {
		long course = mentorCourse(varied.organisations().get(1));
		try (Connection first = this.dataSource.getConnection(); Connection second = this.dataSource.getConnection()) {
			first.setAutoCommit(false);
			second.setAutoCommit(false);
			try {
				save(first, course, LocalDate.of(2025, 9, 10));
				try (Statement settings = second.createStatement()) {
					settings.execute("set local lock_timeout = '2s'");
				}
				save(second, course, LocalDate.of(2025, 9, 11));
				second.commit();
				first.commit();
			}
			finally {
				first.rollback();
				second.rollback();
			}
		}
		assertSameFigures("after two saves of one month at once");
	}

	/**
	 * A rebuild no longer waits for saves in flight: one that commits after the rebuild
	 * read its month keeps its own mark, so the month is counted from the contacts until
	 * the next rebuild.
	 */
	@Test
	void aContactSavedWhileItsMonthIsRebuiltIsCounted() throws Exception {
		long organisation = varied.organisations().get(1);
		long course = mentorCourse(organisation);
		LocalDate day = LocalDate.of(2025, 10, 14);
		summary.refreshStale(10_000);
		try (Connection saved = this.dataSource.getConnection()) {
			saved.setAutoCommit(false);
			save(saved, course, day);
			saved.commit();
		}
		try (Connection inFlight = this.dataSource.getConnection()) {
			inFlight.setAutoCommit(false);
			try {
				save(inFlight, course, day.plusDays(1));
				assertThat(CompletableFuture.supplyAsync(() -> summary.refreshStale(10_000)).get(10, TimeUnit.SECONDS))
					.as("the month marked by the committed save, rebuilt while another save is in flight")
					.isPositive();
				inFlight.commit();
			}
			finally {
				inFlight.rollback();
			}
		}
		assertThat(jdbc.sql("select count(*) from contact_summary_stale where organisation_id = ? and month = ?")
			.params(organisation, day.withDayOfMonth(1))
			.query(Long.class)
			.single()).as("the in-flight save's own mark").isOne();
		assertSameFigures("with the month of the late save read from the contacts");
		summary.refreshStale(10_000);
		assertThat(stale()).isZero();
		assertSameFigures("once the late save's month is rebuilt too");
	}

	private long mentorCourse(long organisation) {
		return jdbc.sql("select min(id) from course where organisation_id = ? and kind = 'MENTOR'")
			.param(organisation)
			.query(Long.class)
			.single();
	}

	/** A held video call in the course, as the quick entry saves it. */
	private static void save(Connection connection, long course, LocalDate day) throws Exception {
		try (PreparedStatement insert = connection.prepareStatement("""
				insert into contact (organisation_id, unit_id, course_id, recipient_id, peer_worker_id, kind, status,
				    occurred_on, starts_at, duration_minutes, created_by, updated_by)
				select organisation_id, unit_id, course_id, recipient_id, peer_worker_id, 'VIDEO', 'HELD', ?,
				       time '12:00', 45, created_by, updated_by
				from contact where course_id = ? limit 1
				""")) {
			insert.setObject(1, day);
			insert.setLong(2, course);
			assertThat(insert.executeUpdate()).isOne();
		}
	}

	private long stale() {
		return jdbc.sql("select count(*) from contact_summary_stale where organisation_id in (:orgs)")
			.param("orgs", varied.organisations())
			.query(Long.class)
			.single();
	}

	private void assertSameFigures(String how) {
		List<LocalDate[]> periods = List.of(period("2025-01-01", "2025-12-31"), period("2024-01-01", "2024-12-31"),
				period("2025-04-01", "2025-06-30"), period("2025-06-01", "2025-06-30"),
				period("2024-12-15", "2026-01-20"), period("2025-03-03", "2025-03-20"),
				period("2024-11-01", "2026-02-28"));
		List<Criteria> filters = new ArrayList<>();
		for (LocalDate[] period : periods) {
			filters.add(criteria(period, null, null, null, null, null, null));
			filters.add(criteria(period, varied.units().get(1), null, null, null, null, null));
			filters.add(criteria(period, null, varied.models().get(0), null, null, null, null));
			filters.add(criteria(period, null, varied.models().get(1), null, null, null, null));
			filters.add(criteria(period, null, null, PeerRole.CONVENTIONAL, null, null, null));
			filters.add(criteria(period, null, null, PeerRole.SUPPLEMENTARY, null, null, null));
			filters.add(criteria(period, null, null, null, EmploymentForm.PAID, null, null));
			filters.add(criteria(period, null, null, null, EmploymentForm.VOLUNTEER, null, null));
			filters.add(criteria(period, null, null, null, null, CourseKind.BRIDGE_BUILDING, null));
			filters.add(criteria(period, null, null, null, null, CourseKind.GROUP, null));
			filters.add(criteria(period, null, null, null, null, CourseKind.MENTOR, null));
			filters.add(criteria(period, null, null, null, null, null, varied.targetGroups().get(0)));
			filters.add(criteria(period, varied.units().get(2), null, PeerRole.SUPPLEMENTARY, null, null, null));
		}
		int withPeople = 0;
		for (Criteria criteria : filters) {
			List<String> expected = normalised(reference(criteria));
			assertThat(normalised(queries.contacts(criteria))).as(how + ": " + criteria)
				.containsExactlyInAnyOrderElementsOf(expected);
			if (expected.stream().anyMatch((row) -> row.startsWith("RECIPIENTS|ALL|ALL|"))) {
				withPeople++;
			}
		}
		assertThat(withPeople).as("filters that reach somebody").isGreaterThan(filters.size() / 2);
	}

	private static LocalDate[] period(String from, String to) {
		return new LocalDate[] { LocalDate.parse(from), LocalDate.parse(to) };
	}

	private Criteria criteria(LocalDate[] period, @Nullable Long unit, @Nullable Long model, @Nullable PeerRole role,
			@Nullable EmploymentForm form, @Nullable CourseKind courseKind, @Nullable Long targetGroup) {
		return new Criteria(varied.organisations(), period[0], period[1], unit, model, role, form, courseKind,
				targetGroup);
	}

	private static List<String> normalised(List<ContactRow> rows) {
		return rows.stream()
			.map((row) -> String.join("|",
					Arrays.asList(row.section().name(), row.key1(), row.key2(), "" + row.n(), "" + row.minutes(),
							"" + row.persons(), plain(row.mean()), plain(row.median()))))
			.toList();
	}

	private static String plain(@Nullable BigDecimal value) {
		return (value != null) ? value.stripTrailingZeros().toPlainString() : "";
	}

	// The dashboard's contact query before the summaries (issue 6, first version), kept
	// as the reference: every held contact of the period, counted directly.
	private List<ContactRow> reference(Criteria criteria) {
		StringBuilder k = new StringBuilder(
				"""
						with k as (
						    select c.id, c.kind, c.recipient_id, c.peer_worker_id, c.duration_minutes,
						           date_trunc('month', c.occurred_on)::date as month,
						           case when c.kind in (%s) then 'INDIVIDUAL'
						                when c.kind = 'GROUP_MEETING' then 'GROUP'
						                when c.kind = 'BRIDGE_BUILDING' then 'BRIDGE_BUILDING'
						                else 'ORGANISATIONAL' end as kgroup,
						           coalesce(case when c.course_id is null then pw.peer_role else m.peer_role end, 'NONE') as role
						    from contact c
						    left join course co on co.id = c.course_id
						    left join peer_support_model m on m.id = co.model_id
						    left join peer_worker pw on pw.id = c.peer_worker_id
						    left join recipient r on r.id = c.recipient_id
						    where c.organisation_id in (:orgs) and c.deleted_at is null and c.status = 'HELD'
						      and c.occurred_on between :from and :to
						"""
					.formatted("'INDIVIDUAL_CONVERSATION', 'ACTIVITY_TOGETHER', 'PHONE', 'VIDEO'"));
		if (criteria.unit() != null) {
			k.append("  and c.unit_id = :unit\n");
		}
		if (criteria.model() != null) {
			k.append("  and (case when c.course_id is null then pw.model_id else co.model_id end) = :model\n");
		}
		if (criteria.role() != null) {
			k.append("  and (case when c.course_id is null then pw.peer_role else m.peer_role end) = :role\n");
		}
		if (criteria.form() != null) {
			k.append(
					"  and (case when c.course_id is null then pw.employment_form else m.employment_form end) = :form\n");
		}
		if (criteria.courseKind() != null) {
			k.append("  and co.kind = :courseKind\n");
		}
		if (criteria.targetGroup() != null) {
			k.append(
					"""
							  and (r.target_group_id = :targetGroup or (c.kind = 'GROUP_MEETING' and exists (
							      select 1 from contact_attendance ta join recipient tr on tr.id = ta.recipient_id
							      where ta.contact_id = c.id and ta.attendance = 'PRESENT' and tr.target_group_id = :targetGroup)))
							""");
		}
		k.append("""
				),
				p as (
				    select k.kgroup, k.role, k.month, k.recipient_id from k where k.recipient_id is not null
				    union all
				    select k.kgroup, k.role, k.month, a.recipient_id
				    from k join contact_attendance a on a.contact_id = k.id and a.attendance = 'PRESENT'
				""");
		if (criteria.targetGroup() != null) {
			k.append("    join recipient ar on ar.id = a.recipient_id and ar.target_group_id = :targetGroup\n");
		}
		k.append(
				"""
						    where k.kind = 'GROUP_MEETING'
						)
						select 'KIND' as section,
						       case when grouping(kgroup) = 1 then 'ALL' else kgroup end as key1,
						       case when grouping(role) = 1 then 'ALL' else role end as key2,
						       count(*) as n, sum(duration_minutes) as minutes, 0::bigint as persons,
						       null::numeric as mean, null::numeric as median
						from k group by grouping sets ((kgroup, role), (kgroup), (role), ())
						union all
						select 'RECIPIENTS', key1, key2, 0, 0, count(*), null, null
						from (select case when grouping(kgroup) = 1 then 'ALL' else kgroup end as key1,
						             case when grouping(role) = 1 then 'ALL' else role end as key2, recipient_id
						      from p group by grouping sets ((kgroup, role, recipient_id), (kgroup, recipient_id),
						                                     (role, recipient_id), (recipient_id))) d
						group by key1, key2
						union all
						select 'PEERS', 'ORGANISATIONAL', key2, 0, 0, count(*), null, null
						from (select case when grouping(role) = 1 then 'ALL' else role end as key2, peer_worker_id
						      from k where kgroup = 'ORGANISATIONAL'
						      group by grouping sets ((role, peer_worker_id), (peer_worker_id))) d
						group by key2
						union all
						select 'MONTH', to_char(month, 'YYYY-MM'), '', count(*), sum(duration_minutes), 0, null, null
						from k group by month
						union all
						select 'MONTH_RECIPIENTS', to_char(month, 'YYYY-MM'), '', 0, 0, count(*), null, null
						from (select distinct month, recipient_id from p) d group by month
						union all
						select 'MONTH_PEERS', to_char(month, 'YYYY-MM'), '', 0, 0, count(*), null, null
						from (select distinct month, peer_worker_id from k where kgroup = 'ORGANISATIONAL') d group by month
						union all
						select 'PER_RECIPIENT', role, '', sum(contacts), 0, count(*), avg(contacts),
						       percentile_cont(0.5) within group (order by contacts)::numeric
						from (
						    select case when grouping(role) = 1 then 'ALL' else role end as role, recipient_id, count(*) as contacts
						    from p group by grouping sets ((role, recipient_id), (recipient_id))
						) per group by role
						""");
		return this.jdbc.sql(k.toString())
			.params(criteria.params())
			.query((rs, i) -> new ContactRow(Section.valueOf(rs.getString(1)), rs.getString(2), rs.getString(3),
					rs.getLong(4), rs.getLong(5), rs.getLong(6), rs.getBigDecimal(7), rs.getBigDecimal(8)))
			.list();
	}

}
