package dk.peerstoette.dashboard;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the dashboard's contact summaries ({@code contact_activity},
 * {@code contact_reach}; see migration V9_1) in step with the contacts: changes mark an
 * organisation's month stale (database triggers), and this rebuilds the stale months and
 * their calendar year. Until then the dashboard reads those months from the contacts, so
 * its figures never depend on when this last ran.
 */
@Service
public class ContactSummary {

	private static final Logger log = LoggerFactory.getLogger(ContactSummary.class);

	// One lock key per organisation (with this class id), so that two rebuilds of the
	// same organisation's year cannot interleave their deletes and inserts.
	private static final int LOCK_CLASS = 0x43534d59;

	private static final String MONTH_ACTIVITY = """
			insert into contact_activity (organisation_id, month, unit_id, kind_group, peer_role, model_id,
			    employment_form, course_kind, peer_worker_id, contacts, minutes)
			select organisation_id, month, unit_id, kind_group, peer_role, model_id, employment_form, course_kind,
			       case when kind_group = 'ORGANISATIONAL' then peer_worker_id end, count(*), sum(duration_minutes)
			from contact_fact
			where %s
			group by 1, 2, 3, 4, 5, 6, 7, 8, 9
			""";

	private static final String MONTH_REACH = """
			insert into contact_reach (organisation_id, span, period_start, unit_id, peer_role, model_id,
			    employment_form, course_kind, recipient_id, kind_groups, months, reached)
			select organisation_id, 'M', month, unit_id, peer_role, model_id, employment_form, course_kind, reached_id,
			       bit_or(kind_group_bit)::smallint, bit_or(month_bit), count(*)
			from contact_reach_fact
			where %s
			group by 1, 3, 4, 5, 6, 7, 8, 9
			""";

	private static final String YEAR_REACH = """
			insert into contact_reach (organisation_id, span, period_start, unit_id, peer_role, model_id,
			    employment_form, course_kind, recipient_id, kind_groups, months, reached)
			select organisation_id, 'Y', date_trunc('year', period_start::timestamp)::date, unit_id, peer_role, model_id,
			       employment_form, course_kind, recipient_id, bit_or(kind_groups), bit_or(months), sum(reached)
			from contact_reach
			where span = 'M' and %s
			group by 1, 3, 4, 5, 6, 7, 8, 9
			""";

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	ContactSummary(JdbcClient jdbc, TransactionTemplate transaction) {
		this.jdbc = jdbc;
		this.transaction = transaction;
	}

	/**
	 * Rebuilds the stale months of up to {@code years} organisation-years, each in its
	 * own transaction.
	 * @return how many organisation-years it rebuilt
	 */
	public int refreshStale(int years) {
		List<OrganisationYear> stale = this.jdbc.sql("""
				select organisation_id, extract(year from month)::int as year from contact_summary_stale
				group by 1, 2 order by min(marked_at) limit :years
				""").param("years", years).query(OrganisationYear.class).list();
		int rebuilt = 0;
		for (OrganisationYear year : stale) {
			Boolean done = this.transaction.execute((status) -> refresh(year));
			if (Boolean.TRUE.equals(done)) {
				rebuilt++;
			}
		}
		return rebuilt;
	}

	/** An organisation's calendar year. */
	record OrganisationYear(long organisationId, int year) {
	}

	private boolean refresh(OrganisationYear year) {
		this.jdbc.sql("select 1 from pg_advisory_xact_lock(:lockClass, :organisation)")
			.param("lockClass", LOCK_CLASS)
			.param("organisation", (int) year.organisationId())
			.query(Integer.class)
			.single();
		LocalDate first = LocalDate.of(year.year(), 1, 1);
		LocalDate last = LocalDate.of(year.year(), 12, 31);
		// The marks of changes still in flight are not visible here and stay: their
		// months
		// are rebuilt again once they commit (V10_8), so nothing waits for them.
		List<LocalDate> months = this.jdbc.sql("""
				delete from contact_summary_stale
				where organisation_id = :organisation and month between :first and :last returning month
				""")
			.param("organisation", year.organisationId())
			.param("first", first)
			.param("last", last)
			.query(LocalDate.class)
			.list();
		if (months.isEmpty()) {
			return false;
		}
		Map<String, Object> params = Map.of("organisation", year.organisationId(), "first", first, "last", last,
				"months", months);
		this.jdbc.sql("delete from contact_activity where organisation_id = :organisation and month in (:months)")
			.params(params)
			.update();
		this.jdbc
			.sql("""
					delete from contact_reach where organisation_id = :organisation and span = 'M' and period_start in (:months)
					""")
			.params(params)
			.update();
		// The year's contacts, narrowed to its stale months.
		String days = "organisation_id = :organisation and occurred_on between :first and :last and month in (:months)";
		this.jdbc.sql(MONTH_ACTIVITY.formatted(days)).params(params).update();
		this.jdbc.sql(MONTH_REACH.formatted(days)).params(params).update();
		this.jdbc.sql("""
				delete from contact_reach where organisation_id = :organisation and span = 'Y' and period_start = :first
				""").params(params).update();
		this.jdbc.sql(YEAR_REACH.formatted("organisation_id = :organisation and period_start between :first and :last"))
			.params(params)
			.update();
		return true;
	}

	/**
	 * Builds every summary from all contacts at once, set-based: for a bulk load such as
	 * the national generator's, which then analyzes the tables as their owner. Writers
	 * wait while it runs.
	 */
	public void rebuildAll() {
		this.transaction.executeWithoutResult((status) -> {
			long started = System.nanoTime();
			this.jdbc.sql("lock table contact_summary_stale in share row exclusive mode").update();
			// Delete, not truncate: the application's role may change rows, nothing more.
			this.jdbc.sql("delete from contact_activity").update();
			this.jdbc.sql("delete from contact_reach").update();
			this.jdbc.sql(MONTH_ACTIVITY.formatted("true")).update();
			this.jdbc.sql(MONTH_REACH.formatted("true")).update();
			this.jdbc.sql(YEAR_REACH.formatted("true")).update();
			this.jdbc.sql("delete from contact_summary_stale").update();
			log.info("Contact summaries rebuilt in {} ms", (System.nanoTime() - started) / 1_000_000);
		});
	}

}
