package dk.peerstoette.dashboard;

import java.math.BigDecimal;
import java.sql.Array;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

import dk.peerstoette.course.CourseKind;
import dk.peerstoette.instrument.ChimeDimension;
import dk.peerstoette.partnership.EmploymentForm;
import dk.peerstoette.partnership.PeerRole;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The dashboard's SQL: every figure is aggregated in the database, one statement per
 * family of tables (contacts, courses, caseload, assessments), over the organisations of
 * the scope. A filter adds its predicate only when it is set, so that the planner sees
 * the query it has to run.
 */
@Component
class DashboardQueries {

	private final JdbcClient jdbc;

	DashboardQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** What every query is narrowed by. */
	record Criteria(List<Long> organisationIds, LocalDate from, LocalDate to, @Nullable Long unit, @Nullable Long model,
			@Nullable PeerRole role, @Nullable EmploymentForm form, @Nullable CourseKind courseKind,
			@Nullable Long targetGroup) {

		Map<String, Object> params() {
			Map<String, Object> params = new HashMap<>();
			params.put("orgs", this.organisationIds);
			params.put("from", this.from);
			params.put("to", this.to);
			put(params, "unit", this.unit);
			put(params, "model", this.model);
			put(params, "role", this.role);
			put(params, "form", this.form);
			put(params, "courseKind", this.courseKind);
			put(params, "targetGroup", this.targetGroup);
			return params;
		}

		/** An enum as the name its column holds. */
		private static void put(Map<String, Object> params, String name, @Nullable Object value) {
			if (value != null) {
				params.put(name, (value instanceof Enum<?> constant) ? constant.name() : value);
			}
		}

	}

	/**
	 * One row of the contact family: section, keys ('ALL' for a total), a count, minutes,
	 * people, and the mean and median of contacts per recipient.
	 */
	record ContactRow(Section section, String key1, String key2, long n, long minutes, long persons,
			@Nullable BigDecimal mean, @Nullable BigDecimal median) {
	}

	/** What a row of the contact family counts, and what its keys are. */
	enum Section {

		/** Contacts and minutes by kind group (key 1) and role (key 2). */
		KIND,
		/** Contacts and minutes by month (key 1, yyyy-MM). */
		MONTH,
		/**
		 * Peer workers of organisational activities (key 1 ORGANISATIONAL) by role (key
		 * 2).
		 */
		PEERS,
		/** Peer workers of organisational activities by month (key 1). */
		MONTH_PEERS,
		/** Recipients reached by kind group (key 1) and role (key 2). */
		RECIPIENTS,
		/** Contacts per recipient by role (key 1). */
		PER_RECIPIENT,
		/** Recipients reached by month (key 1). */
		MONTH_RECIPIENTS;

		/** Whether the row counts peer workers (in persons) rather than contacts. */
		boolean countsPeers() {
			return this == PEERS || this == MONTH_PEERS;
		}

	}

	/** The role key of contacts and courses without a model. */
	static final String NO_ROLE = "NONE";

	/** The key of a total over roles or kind groups. */
	static final String ALL = "ALL";

	/**
	 * The roles a contact is counted under, in the order of their place in a recipient's
	 * bit mask: each role's name, then none.
	 */
	static final List<String> ROLE_KEYS = Stream
		.concat(Arrays.stream(PeerRole.values()).map(PeerRole::name), Stream.of(NO_ROLE))
		.toList();

	/**
	 * Query "dashboard-contacts": contacts and hours by kind group and role, the people
	 * they reached, contacts per recipient, and the months. Reads the contact summaries
	 * for the whole, up-to-date months of the period (see {@link SummaryPlan}) and the
	 * contacts themselves for the rest; a target group, which the summaries do not hold,
	 * reads everything from the contacts. Two statements: contacts and minutes, and the
	 * people reached (one row per recipient, and per recipient and year, then counted by
	 * bit masks).
	 */
	List<ContactRow> contacts(Criteria criteria) {
		SummaryPlan plan = plan(criteria);
		Map<String, Object> params = criteria.params();
		params.put("activityMonths", plan.activityMonths());
		params.put("reachPieces", plan.reachPieces());
		params.put("contactDays", plan.contactDays());
		List<ContactRow> rows = new ArrayList<>(activity(criteria, plan, params));
		rows.addAll(reach(criteria, plan, params));
		return rows;
	}

	private SummaryPlan plan(Criteria criteria) {
		if (criteria.targetGroup() != null) {
			return SummaryPlan.contactsOnly(criteria.organisationIds(), criteria.from(), criteria.to());
		}
		Set<String> stale = this.jdbc.sql("""
				select distinct organisation_id, to_char(month, 'YYYY-MM') from contact_summary_stale
				where organisation_id in (:orgs) and month between :from and :to
				""")
			.param("orgs", criteria.organisationIds())
			.param("from", criteria.from().withDayOfMonth(1))
			.param("to", criteria.to())
			.query((rs, i) -> rs.getLong(1) + "/" + rs.getString(2))
			.set();
		return SummaryPlan.of(criteria.organisationIds(), criteria.from(), criteria.to(), stale);
	}

	/** KIND, MONTH, PEERS and MONTH_PEERS: contacts, minutes and peer workers. */
	private List<ContactRow> activity(Criteria criteria, SummaryPlan plan, Map<String, Object> params) {
		List<String> parts = new ArrayList<>();
		if (!plan.activityMonths().isEmpty()) {
			parts.add("""
					select x.month, x.kind_group, x.peer_role, x.peer_worker_id, x.contacts, x.minutes
					from (values :activityMonths) t(organisation_id, month)
					join contact_activity x on x.organisation_id = t.organisation_id and x.month = t.month::date
					where true
					""" + summaryFilters(criteria, "x"));
		}
		if (!plan.contactDays().isEmpty()) {
			parts.add("""
					select f.month, f.kind_group, f.peer_role,
					       case when f.kind_group = 'ORGANISATIONAL' then f.peer_worker_id end, 1, f.duration_minutes
					from (values :contactDays) d(organisation_id, first_day, last_day)
					join contact_fact f on f.organisation_id = d.organisation_id
					    and f.occurred_on between d.first_day::date and d.last_day::date
					where true
					""" + summaryFilters(criteria, "f") + targetGroupOfContact(criteria, "f"));
		}
		String sql = """
				with a (month, kind_group, peer_role, peer_worker_id, contacts, minutes) as (
				%s
				)
				select 'KIND', case when grouping(kind_group) = 1 then 'ALL' else kind_group end,
				       case when grouping(peer_role) = 1 then 'ALL' else peer_role end, sum(contacts), sum(minutes)
				from a group by grouping sets ((kind_group, peer_role), (kind_group), (peer_role), ())
				union all
				select 'MONTH', to_char(month, 'YYYY-MM'), '', sum(contacts), sum(minutes) from a group by month
				union all
				select 'PEERS', 'ORGANISATIONAL', key2, count(*), 0
				from (select case when grouping(peer_role) = 1 then 'ALL' else peer_role end as key2, peer_worker_id
				      from a where peer_worker_id is not null
				      group by grouping sets ((peer_role, peer_worker_id), (peer_worker_id))) d
				group by key2
				union all
				select 'MONTH_PEERS', to_char(month, 'YYYY-MM'), '', count(distinct peer_worker_id), 0
				from a where peer_worker_id is not null group by month
				""".formatted(String.join("union all\n", parts));
		return this.jdbc.sql(sql).params(params).query((rs, i) -> {
			Section section = Section.valueOf(rs.getString(1));
			boolean people = section.countsPeers();
			return new ContactRow(section, rs.getString(2), rs.getString(3), people ? 0 : rs.getLong(4), rs.getLong(5),
					people ? rs.getLong(4) : 0, null, null);
		}).list();
	}

	/**
	 * The rows of everyone reached, as (recipient_id, peer_role, kind_groups, year,
	 * months, reached, unit_id, organisation_id): summary rows and single contacts alike.
	 */
	private static String reached(Criteria criteria, SummaryPlan plan) {
		List<String> parts = new ArrayList<>();
		if (!plan.reachPieces().isEmpty()) {
			parts.add("""
					select x.recipient_id, x.peer_role, x.kind_groups::int, extract(year from x.period_start)::int,
					       x.months, x.reached, x.unit_id, x.organisation_id
					from (values :reachPieces) t(organisation_id, span, period_start)
					join contact_reach x on x.organisation_id = t.organisation_id and x.span = t.span
					    and x.period_start = t.period_start::date
					where true
					""" + summaryFilters(criteria, "x"));
		}
		if (!plan.contactDays().isEmpty()) {
			StringBuilder part = new StringBuilder("""
					select f.reached_id, f.peer_role, f.kind_group_bit, extract(year from f.occurred_on)::int,
					       f.month_bit, 1, f.unit_id, f.organisation_id
					from (values :contactDays) d(organisation_id, first_day, last_day)
					join contact_reach_fact f on f.organisation_id = d.organisation_id
					    and f.occurred_on between d.first_day::date and d.last_day::date
					where true
					""").append(summaryFilters(criteria, "f"));
			if (criteria.targetGroup() != null) {
				part.append("  and exists (select 1 from recipient tr where tr.id = f.reached_id")
					.append(" and tr.target_group_id = :targetGroup)\n");
			}
			parts.add(part.toString());
		}
		return "r (recipient_id, peer_role, kind_groups, year, months, reached, unit_id, organisation_id)"
				+ " as materialized (\n" + String.join("union all\n", parts) + ")";
	}

	/**
	 * RECIPIENTS, PER_RECIPIENT and MONTH_RECIPIENTS: distinct recipients, contacts per
	 * recipient, and the recipients of each month (as an array of [year, January, ...,
	 * December]).
	 */
	private List<ContactRow> reach(Criteria criteria, SummaryPlan plan, Map<String, Object> params) {
		// A recipient's kind groups by role: role r's kind groups at bits 4r..4r+3.
		List<String> columns = new ArrayList<>();
		List<String[]> keys = new ArrayList<>();
		List<KindGroup> kinds = List.of(KindGroup.values());
		for (int g = 0; g <= kinds.size(); g++) {
			for (int r = 0; r <= ROLE_KEYS.size(); r++) {
				int bits = 0;
				for (int gi = 0; gi < kinds.size(); gi++) {
					for (int ri = 0; ri < ROLE_KEYS.size(); ri++) {
						if ((g == kinds.size() || g == gi) && (r == ROLE_KEYS.size() || r == ri)) {
							bits |= 1 << (4 * ri + kinds.get(gi).bit());
						}
					}
				}
				columns.add("count(*) filter (where mask & " + bits + " <> 0)");
				keys.add(new String[] { (g < kinds.size()) ? kinds.get(g).name() : ALL,
						(r < ROLE_KEYS.size()) ? ROLE_KEYS.get(r) : ALL });
			}
		}
		List<String> roles = new ArrayList<>(ROLE_KEYS);
		roles.add(ALL);
		for (String role : roles) {
			String column = "r_" + role.toLowerCase(Locale.ROOT);
			columns.add("count(" + column + "), sum(" + column + "), avg(" + column + "), percentile_cont(0.5) within"
					+ " group (order by " + column + ")::numeric");
		}
		String sql = """
				with %s,
				per as (
				    select recipient_id,
				           bit_or(kind_groups << case peer_role when 'CONVENTIONAL' then 0 when 'SUPPLEMENTARY' then 4
				                                  else 8 end) as mask,
				           sum(reached) filter (where peer_role = 'CONVENTIONAL') as r_conventional,
				           sum(reached) filter (where peer_role = 'SUPPLEMENTARY') as r_supplementary,
				           sum(reached) filter (where peer_role = 'NONE') as r_none,
				           sum(reached) as r_all
				    from r group by recipient_id
				),
				per_year as (select year, bit_or(months) as months from r group by recipient_id, year),
				months as (
				    select array[year::bigint, %s] as counts from per_year group by year
				)
				select %s, (select array_agg(counts) from months) from per
				""".formatted(reached(criteria, plan), monthColumns(), String.join(",\n       ", columns));
		return this.jdbc.sql(sql).params(params).query((rs, i) -> {
			List<ContactRow> rows = new ArrayList<>();
			for (int k = 0; k < keys.size(); k++) {
				long persons = rs.getLong(k + 1);
				if (persons > 0) {
					rows.add(new ContactRow(Section.RECIPIENTS, keys.get(k)[0], keys.get(k)[1], 0, 0, persons, null,
							null));
				}
			}
			for (int k = 0; k < roles.size(); k++) {
				int column = keys.size() + 4 * k + 1;
				long persons = rs.getLong(column);
				if (persons > 0) {
					rows.add(new ContactRow(Section.PER_RECIPIENT, roles.get(k), "", rs.getLong(column + 1), 0, persons,
							rs.getBigDecimal(column + 2), rs.getBigDecimal(column + 3)));
				}
			}
			Array months = rs.getArray(keys.size() + 4 * roles.size() + 1);
			if (months != null) {
				for (Object year : (Object[]) months.getArray()) {
					Long[] counts = (Long[]) year;
					for (int month = 1; month <= 12; month++) {
						if (counts[month] > 0) {
							rows.add(new ContactRow(Section.MONTH_RECIPIENTS,
									YearMonth.of(counts[0].intValue(), month).toString(), "", 0, 0, counts[month], null,
									null));
						}
					}
				}
			}
			return rows;
		}).single();
	}

	/**
	 * A group of a {@link Comparison} (comparison and key 'ALL': the total) and what was
	 * counted of it: distinct people, a count, and the mean per person.
	 */
	record GroupRow(String comparison, String key, long persons, long n, @Nullable BigDecimal mean) {
	}

	/** The key of the recipients without a target group. */
	static final String NO_TARGET_GROUP = "NONE";

	/**
	 * The groups of every comparison, in SQL: the target group of a recipient
	 * ({@link #NO_TARGET_GROUP} without one), the kind of a unit and the kind of its
	 * organisation.
	 */
	private static final String GROUPS = """
			cross join lateral (values ('TARGET_GROUP', coalesce(tr.target_group_id::text, 'NONE')),
			    ('UNIT_KIND', u.kind), ('SECTOR', o.kind), ('ALL', 'ALL')) v(comparison, key)
			""";

	/**
	 * Query "dashboard-comparisons": the recipients reached by their target group, by the
	 * kind of unit and by the sector they were reached in, each with the times they were
	 * reached (as in contacts per recipient: a group meeting once for each recipient
	 * present) and its mean per recipient. A recipient reached in two kinds of unit
	 * counts in both, and once in the total. From the same rows as the other figures of
	 * the people reached.
	 */
	List<GroupRow> reachByGroup(Criteria criteria) {
		SummaryPlan plan = plan(criteria);
		Map<String, Object> params = criteria.params();
		params.put("reachPieces", plan.reachPieces());
		params.put("contactDays", plan.contactDays());
		String sql = """
				with %s,
				per as (
				    select v.comparison, v.key, r.recipient_id, sum(r.reached) as n
				    from r
				    join unit u on u.id = r.unit_id
				    join organisation o on o.id = r.organisation_id
				    join recipient tr on tr.id = r.recipient_id
				%s
				    group by v.comparison, v.key, r.recipient_id
				)
				select comparison, key, count(*), sum(n), avg(n) from per group by comparison, key
				""".formatted(reached(criteria, plan), GROUPS);
		return this.jdbc.sql(sql)
			.params(params)
			.query((rs, i) -> new GroupRow(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4),
					rs.getBigDecimal(5)))
			.list();
	}

	/**
	 * Query "dashboard-comparison-courses": the courses active in the period by their
	 * recipients' target groups, their unit's kind and their organisation's sector, with
	 * the recipients in them, under the filters the courses of {@link #courses} take. A
	 * course with recipients of two target groups counts in both.
	 */
	List<GroupRow> coursesByGroup(Criteria criteria) {
		StringBuilder sql = coursesOfPeriod(criteria, "co.id, co.unit_id, co.organisation_id");
		sql.append("""
				)
				select v.comparison, v.key, count(distinct cr.recipient_id), count(distinct cs.id), null
				from cs
				join unit u on u.id = cs.unit_id
				join organisation o on o.id = cs.organisation_id
				left join course_recipient cr on cr.course_id = cs.id
				left join recipient tr on tr.id = cr.recipient_id
				""").append(GROUPS).append("group by v.comparison, v.key\n");
		return this.jdbc.sql(sql.toString())
			.params(criteria.params())
			.query((rs, i) -> new GroupRow(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4), null))
			.list();
	}

	private static String monthColumns() {
		List<String> columns = new ArrayList<>();
		for (int month = 0; month < 12; month++) {
			columns.add("count(*) filter (where months & " + (1 << month) + " <> 0)");
		}
		return String.join(", ", columns);
	}

	/**
	 * The filters the summaries hold, on a summary ({@code x}) or a contact fact
	 * ({@code f}): their columns have the same names.
	 */
	private static String summaryFilters(Criteria criteria, String alias) {
		StringBuilder sql = new StringBuilder();
		if (criteria.unit() != null) {
			sql.append("  and ").append(alias).append(".unit_id = :unit\n");
		}
		if (criteria.model() != null) {
			sql.append("  and ").append(alias).append(".model_id = :model\n");
		}
		if (criteria.role() != null) {
			sql.append("  and ").append(alias).append(".peer_role = :role\n");
		}
		if (criteria.form() != null) {
			sql.append("  and ").append(alias).append(".employment_form = :form\n");
		}
		if (criteria.courseKind() != null) {
			sql.append("  and ").append(alias).append(".course_kind = :courseKind\n");
		}
		return sql.toString();
	}

	/**
	 * A contact counts for a target group when its recipient is in it, or, for a group
	 * meeting, when someone present is.
	 */
	private static String targetGroupOfContact(Criteria criteria, String alias) {
		if (criteria.targetGroup() == null) {
			return "";
		}
		return """
				  and (exists (select 1 from recipient tr where tr.id = %1$s.recipient_id and tr.target_group_id = :targetGroup)
				       or (%1$s.kind = 'GROUP_MEETING' and exists (
				           select 1 from contact_attendance ta join recipient tr on tr.id = ta.recipient_id
				           where ta.contact_id = %1$s.contact_id and ta.attendance = 'PRESENT'
				             and tr.target_group_id = :targetGroup)))
				"""
			.formatted(alias);
	}

	/** Courses of a role ('ALL' for every role) and the recipients in them. */
	record CourseRow(String role, long newCourses, long activeCourses, long endedCourses, long newRecipients,
			long activeRecipients, long endedRecipients) {
	}

	/**
	 * The waits on the organisations' waiting lists (of the unit, if the filter names
	 * one) whose first held contact, on the course that took them off the list, lies in
	 * the period. The other filters do not apply: a waiting place has no model or role
	 * yet.
	 */
	List<WaitingRow> waiting(Criteria criteria) {
		Map<String, Object> params = new HashMap<>();
		params.put("orgs", criteria.organisationIds());
		params.put("from", criteria.from());
		params.put("to", criteria.to());
		String unit = "";
		if (criteria.unit() != null) {
			params.put("unit", criteria.unit());
			unit = " and w.unit_id = :unit";
		}
		return this.jdbc.sql("""
				select w.recipient_id, first.occurred_on - w.entered_on as days
				from waiting_entry w
				join lateral (
				  select min(k.occurred_on) as occurred_on from contact k
				  where k.course_id = w.course_id and k.status = 'HELD' and k.deleted_at is null
				    and k.occurred_on >= w.entered_on
				) first on first.occurred_on is not null
				where w.organisation_id in (:orgs) and w.course_id is not null
				  and first.occurred_on between :from and :to%s
				""".formatted(unit))
			.params(params)
			.query((rs, n) -> new WaitingRow(rs.getLong(1), rs.getInt(2)))
			.list();
	}

	/**
	 * One wait that ended in a held contact: whose, and how many days from entering the
	 * waiting list to the first held contact of the course that took them off it.
	 */
	record WaitingRow(long recipientId, int days) {
	}

	/**
	 * Query "dashboard-courses": courses new, active and ended in the period, by role,
	 * with their distinct recipients. The courses are counted before the join to their
	 * recipients (a course is one row there), and only the recipients need
	 * count(distinct), since one person can be in several courses.
	 */
	List<CourseRow> courses(Criteria criteria) {
		StringBuilder sql = coursesOfPeriod(criteria, """
				co.id, co.starts_on >= :from as is_new, co.ended_on <= :to as is_ended,
				           coalesce(m.peer_role, 'NONE') as role""");
		sql.append("""
				),
				courses as (
				    select case when grouping(role) = 1 then 'ALL' else role end as role,
				           count(*) filter (where is_new) as new_courses, count(*) as active_courses,
				           count(*) filter (where is_ended) as ended_courses
				    from cs group by grouping sets ((role), ())
				),
				recipients as (
				    select case when grouping(cs.role) = 1 then 'ALL' else cs.role end as role,
				           count(distinct cr.recipient_id) filter (where cs.is_new) as new_recipients,
				           count(distinct cr.recipient_id) as active_recipients,
				           count(distinct cr.recipient_id) filter (where cs.is_ended) as ended_recipients
				    from cs join course_recipient cr on cr.course_id = cs.id
				    group by grouping sets ((cs.role), ())
				)
				select c.role, c.new_courses, c.active_courses, c.ended_courses, coalesce(r.new_recipients, 0),
				       coalesce(r.active_recipients, 0), coalesce(r.ended_recipients, 0)
				from courses c left join recipients r on r.role = c.role
				""");
		return this.jdbc.sql(sql.toString())
			.params(criteria.params())
			.query((rs, i) -> new CourseRow(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
					rs.getLong(6), rs.getLong(7)))
			.list();
	}

	/**
	 * The start of a statement on the courses active in the period under every filter
	 * that applies to courses: {@code with cs as (select <columns> ...}, the course as
	 * {@code co} and its model as {@code m}, left open for the caller to close.
	 */
	private static StringBuilder coursesOfPeriod(Criteria criteria, String columns) {
		StringBuilder sql = new StringBuilder("""
				with cs as (
				    select %s
				    from course co left join peer_support_model m on m.id = co.model_id
				    where co.organisation_id in (:orgs) and co.starts_on <= :to
				      and (co.ended_on is null or co.ended_on >= :from)
				""".formatted(columns));
		courseFilters(criteria, sql, "co", "m");
		return sql;
	}

	/** How many peer workers of a role ('ALL' for every role) carry a caseload bucket. */
	record CaseloadRow(int bucket, String role, long peerWorkers) {
	}

	/**
	 * Query "dashboard-caseload": the peer workers who worked in the period, bucketed by
	 * the distinct recipients in their courses active on {@code asOf}, by the peer
	 * worker's role. Bucket -1 is the total over buckets. The loads are counted with
	 * inner joins over the assignments of these peer workers only; a peer worker without
	 * any has a load of 0.
	 */
	List<CaseloadRow> caseload(Criteria criteria, LocalDate asOf) {
		StringBuilder sql = new StringBuilder("""
				with peers as (
				    select pw.id, h.peer_role as role
				    from peer_worker pw
				""");
		sql.append(periodOn("pw", ":asOf"));
		sql.append("""
				    where pw.organisation_id in (:orgs) and pw.starts_on <= :to
				      and (pw.ends_on is null or pw.ends_on >= :from)
				""");
		periodFilters(criteria, sql);
		if (criteria.unit() != null) {
			sql.append("""
					  and exists (select 1 from course_peer up join course uc on uc.id = up.course_id
					              where up.peer_worker_id = pw.id and uc.unit_id = :unit)
					""");
		}
		sql.append("""
				),
				load as (
				    select cp.peer_worker_id, count(distinct cr.recipient_id) as n
				    from peers p
				    join course_peer cp on cp.peer_worker_id = p.id
				    join course co on co.id = cp.course_id and co.starts_on <= :asOf
				        and (co.ended_on is null or co.ended_on >= :asOf)
				""");
		if (criteria.unit() != null) {
			sql.append("        and co.unit_id = :unit\n");
		}
		if (criteria.courseKind() != null) {
			sql.append("        and co.kind = :courseKind\n");
		}
		sql.append("    join course_recipient cr on cr.course_id = co.id\n");
		if (criteria.targetGroup() != null) {
			sql.append("""
					        and exists (select 1 from recipient tr where tr.id = cr.recipient_id
					                    and tr.target_group_id = :targetGroup)
					""");
		}
		sql.append(
				"""
						    group by cp.peer_worker_id
						)
						select case when grouping(bucket) = 1 then -1 else bucket end,
						       case when grouping(role) = 1 then 'ALL' else role end, count(*)
						from (select case when n = 0 then 0 when n <= 5 then 1 when n <= 10 then 2 when n <= 15 then 3
						                  else 4 end as bucket, role
						      from (select p.role, coalesce(l.n, 0) as n from peers p left join load l on l.peer_worker_id = p.id) pn) b
						group by grouping sets ((bucket, role), (bucket), (role), ())
						""");
		Map<String, Object> params = criteria.params();
		params.put("asOf", asOf);
		return this.jdbc.sql(sql.toString())
			.params(params)
			.query((rs, i) -> new CaseloadRow(rs.getInt(1), rs.getString(2), rs.getLong(3)))
			.list();
	}

	/**
	 * The period of a peer worker's history ({@code h}: peer_role, employment_form,
	 * model_id) that held on a day: the latest that began on or before it, else the
	 * first.
	 */
	private static String periodOn(String peerWorker, String day) {
		return """
				    cross join lateral (
				        select p.peer_role, p.employment_form, p.model_id from peer_worker_period p
				        where p.peer_worker_id = %1$s.id and (p.valid_from is null or p.valid_from <= %2$s)
				        order by p.valid_from desc nulls last limit 1) h
				""".formatted(peerWorker, day);
	}

	/** The role, form and model filters on a peer worker's period {@code h}. */
	private static void periodFilters(Criteria criteria, StringBuilder sql) {
		if (criteria.role() != null) {
			sql.append("  and h.peer_role = :role\n");
		}
		if (criteria.form() != null) {
			sql.append("  and h.employment_form = :form\n");
		}
		if (criteria.model() != null) {
			sql.append("  and h.model_id = :model\n");
		}
	}

	/**
	 * Peer workers who ended in the period, by destination and role ('ALL' for totals).
	 */
	record EndRow(String destination, String role, long peerWorkers) {
	}

	/** The key of peer workers who ended without a destination recorded. */
	static final String NO_DESTINATION = "NONE";

	/**
	 * Query "dashboard-peer-ends": the peer workers whose work ended in the period, by
	 * where they went and by the role that held on their last day. The unit filter takes
	 * the peer workers of the unit; course kind and target group do not apply.
	 */
	List<EndRow> peerEnds(Criteria criteria) {
		StringBuilder sql = new StringBuilder("""
				select case when grouping(d) = 1 then 'ALL' else d end,
				       case when grouping(role) = 1 then 'ALL' else role end, count(*)
				from (
				    select coalesce(pw.end_destination, 'NONE') as d, h.peer_role as role
				    from peer_worker pw
				""");
		sql.append(periodOn("pw", "pw.ends_on"));
		sql.append("""
				    where pw.organisation_id in (:orgs) and pw.ends_on between :from and :to
				""");
		periodFilters(criteria, sql);
		if (criteria.unit() != null) {
			sql.append("  and exists (select 1 from peer_worker_unit pu where pu.peer_worker_id = pw.id"
					+ " and pu.unit_id = :unit)\n");
		}
		sql.append(") e group by grouping sets ((d, role), (d), (role), ())");
		return this.jdbc.sql(sql.toString())
			.params(criteria.params())
			.query((rs, i) -> new EndRow(rs.getString(1), rs.getString(2), rs.getLong(3)))
			.list();
	}

	/**
	 * A row of the bridges, relatives and networks: what ('BRIDGE' for contacts and
	 * 'COURSE' for courses, by destination, 'NONE' without, 'ALL' the total; 'RELATIVES';
	 * 'NETWORK' by role, 'ALL' any role), how many contacts or courses, the recipients
	 * they were with, and the relatives who took part.
	 */
	record PathwayRow(String section, String key, long count, long recipients, long relatives) {
	}

	/**
	 * Query "dashboard-pathways", in one statement: bridge-building contacts by what they
	 * built a bridge to, and the contacts a recipient's relatives took part in, with the
	 * recipients they were with, read from the contacts (the summaries hold neither)
	 * under every filter the contact figures take; the bridge-building courses active in
	 * the period by destination, under the course filters; and the networks of the
	 * recipients reached in the period, by role.
	 */
	List<PathwayRow> pathways(Criteria criteria) {
		String where = """
				    from contact_fact f join contact c on c.id = f.contact_id
				    where f.organisation_id in (:orgs) and f.occurred_on between :from and :to
				""" + summaryFilters(criteria, "f") + targetGroupOfContact(criteria, "f");
		StringBuilder courses = new StringBuilder("""
				    from course co
				    left join peer_support_model m on m.id = co.model_id
				    left join course_recipient cr on cr.course_id = co.id
				    where co.organisation_id in (:orgs) and co.kind = 'BRIDGE_BUILDING' and co.starts_on <= :to
				      and (co.ended_on is null or co.ended_on >= :from)
				""");
		courseFilters(criteria, courses, "co", "m");
		StringBuilder reached = new StringBuilder("""
				    select distinct f.reached_id from contact_reach_fact f
				    where f.organisation_id in (:orgs) and f.occurred_on between :from and :to
				""").append(summaryFilters(criteria, "f"));
		if (criteria.targetGroup() != null) {
			reached.append("  and exists (select 1 from recipient tr where tr.id = f.reached_id")
				.append(" and tr.target_group_id = :targetGroup)\n");
		}
		String sql = """
				select 'BRIDGE', case when grouping(d) = 1 then 'ALL' else d end, count(*), count(distinct recipient_id), 0
				from (select coalesce(c.bridge_to, 'NONE') as d, f.recipient_id
				%1$s  and f.kind = 'BRIDGE_BUILDING') b
				group by grouping sets ((d), ())
				union all
				select 'RELATIVES', 'ALL', count(*), count(distinct f.recipient_id), coalesce(sum(c.relatives_present), 0)
				%1$s  and c.relatives_present > 0
				union all
				select 'COURSE', case when grouping(d) = 1 then 'ALL' else d end, count(distinct id),
				       count(distinct recipient_id), 0
				from (select coalesce(co.bridge_to, 'NONE') as d, co.id, cr.recipient_id
				%2$s) k
				group by grouping sets ((d), ())
				union all
				select 'NETWORK', case when grouping(n.role) = 1 then 'ALL' else n.role end, 0,
				       count(distinct n.recipient_id), coalesce(sum(n.relatives), 0)
				from (
				%3$s) r
				join recipient_network n on n.recipient_id = r.reached_id
				group by grouping sets ((n.role), ())
				"""
			.formatted(where, courses, reached);
		return this.jdbc.sql(sql)
			.params(criteria.params())
			.query((rs, i) -> new PathwayRow(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4),
					rs.getLong(5)))
			.list();
	}

	/**
	 * Query "dashboard-chime": per organisation, role (of the course's model, 'NONE'
	 * without one) and dimension, the pairs (course, recipient) of a completed baseline
	 * and the latest completed follow-up answered in the calendar year: how many, the sum
	 * and sum of squares of the change, and how many improved by the threshold. For every
	 * organisation of the scope and no other filter, because {@link ChimeGrid} decides
	 * over the whole grid what may be shown. The five dimensions are summed side by side
	 * in one pass over the pairs and only then turned into a row each (a dimension
	 * without a pair has no row), which is much cheaper than grouping five times as many
	 * rows.
	 */
	List<ChimeGrid.Row> chime(List<Long> organisationIds, int year, BigDecimal threshold) {
		String sql = """
				with latest as (
				    select distinct on (a.course_id, a.recipient_id) a.organisation_id, a.course_id, a.recipient_id,
				           a.answered_on, a.score_connection, a.score_hope, a.score_identity, a.score_meaning,
				           a.score_empowerment
				    from assessment a
				    where a.organisation_id in (:orgs) and a.status = 'COMPLETED' and a.timepoint <> 'BASELINE'
				      and a.answered_on between :from and :to
				    order by a.course_id, a.recipient_id, a.answered_on desc, a.id desc
				),
				pairs as (
				    select l.organisation_id, coalesce(m.peer_role, 'NONE') as role,
				           l.score_connection - b.score_connection as d_connection,
				           l.score_hope - b.score_hope as d_hope,
				           l.score_identity - b.score_identity as d_identity,
				           l.score_meaning - b.score_meaning as d_meaning,
				           l.score_empowerment - b.score_empowerment as d_empowerment
				    from latest l
				    join assessment b on b.course_id = l.course_id and b.recipient_id = l.recipient_id
				        and b.timepoint = 'BASELINE' and b.status = 'COMPLETED' and b.answered_on <= l.answered_on
				    join course co on co.id = l.course_id
				    left join peer_support_model m on m.id = co.model_id
				),
				sums as (
				    select organisation_id, role,
				           count(d_connection) as n_connection, sum(d_connection) as s_connection,
				           sum(d_connection * d_connection) as q_connection,
				           count(*) filter (where d_connection >= :threshold) as i_connection,
				           count(d_hope) as n_hope, sum(d_hope) as s_hope, sum(d_hope * d_hope) as q_hope,
				           count(*) filter (where d_hope >= :threshold) as i_hope,
				           count(d_identity) as n_identity, sum(d_identity) as s_identity,
				           sum(d_identity * d_identity) as q_identity,
				           count(*) filter (where d_identity >= :threshold) as i_identity,
				           count(d_meaning) as n_meaning, sum(d_meaning) as s_meaning,
				           sum(d_meaning * d_meaning) as q_meaning,
				           count(*) filter (where d_meaning >= :threshold) as i_meaning,
				           count(d_empowerment) as n_empowerment, sum(d_empowerment) as s_empowerment,
				           sum(d_empowerment * d_empowerment) as q_empowerment,
				           count(*) filter (where d_empowerment >= :threshold) as i_empowerment
				    from pairs group by organisation_id, role
				)
				select s.organisation_id, s.role, v.dim, v.n, v.s, v.q, v.i
				from sums s cross join lateral (values
				    ('CONNECTION', n_connection, s_connection, q_connection, i_connection),
				    ('HOPE', n_hope, s_hope, q_hope, i_hope),
				    ('IDENTITY', n_identity, s_identity, q_identity, i_identity),
				    ('MEANING', n_meaning, s_meaning, q_meaning, i_meaning),
				    ('EMPOWERMENT', n_empowerment, s_empowerment, q_empowerment, i_empowerment)) as v(dim, n, s, q, i)
				where v.n > 0
				""";
		return this.jdbc.sql(sql)
			.param("orgs", organisationIds)
			.param("from", LocalDate.of(year, 1, 1))
			.param("to", LocalDate.of(year, 12, 31))
			.param("threshold", threshold)
			.query((rs, i) -> new ChimeGrid.Row(rs.getLong(1), rs.getString(2), ChimeDimension.valueOf(rs.getString(3)),
					new ChimeSums(rs.getLong(4), rs.getDouble(5), rs.getDouble(6), rs.getLong(7))))
			.list();
	}

	/**
	 * The widest scale of any instrument (maximum minus minimum): the most one person's
	 * change can move a sum of changes.
	 */
	double widestScale() {
		return this.jdbc.sql("select coalesce(max(scale_max - scale_min), 4) from instrument")
			.query(Double.class)
			.single();
	}

	/**
	 * Every filter that applies to a course, as conditions on {@code course} and its
	 * model {@code model}: a target group through the course's recipients.
	 */
	private static void courseFilters(Criteria criteria, StringBuilder sql, String course, String model) {
		if (criteria.unit() != null) {
			sql.append("  and ").append(course).append(".unit_id = :unit\n");
		}
		if (criteria.model() != null) {
			sql.append("  and ").append(course).append(".model_id = :model\n");
		}
		if (criteria.role() != null) {
			sql.append("  and ").append(model).append(".peer_role = :role\n");
		}
		if (criteria.form() != null) {
			sql.append("  and ").append(model).append(".employment_form = :form\n");
		}
		if (criteria.courseKind() != null) {
			sql.append("  and ").append(course).append(".kind = :courseKind\n");
		}
		if (criteria.targetGroup() != null) {
			sql.append("""
					  and exists (select 1 from course_recipient tcr join recipient tr on tr.id = tcr.recipient_id
					              where tcr.course_id = %s.id and tr.target_group_id = :targetGroup)
					""".formatted(course));
		}
	}

	/** The partnerships (id, name) that have an organisation of the scope as a member. */
	List<Option> partnerships(List<Long> organisationIds) {
		return this.jdbc
			.sql("""
					select distinct p.id, p.name from partnership p join partnership_membership pm on pm.partnership_id = p.id
					where pm.organisation_id in (:orgs) order by p.name
					""")
			.param("orgs", organisationIds)
			.query(Option.class)
			.list();
	}

	/** The organisations of the scope that are or were members of the partnership. */
	List<Long> membersOf(long partnershipId, List<Long> organisationIds) {
		return this.jdbc.sql("""
				select distinct organisation_id from partnership_membership
				where partnership_id = :partnership and organisation_id in (:orgs)
				""").param("partnership", partnershipId).param("orgs", organisationIds).query(Long.class).list();
	}

	List<Option> organisations(List<Long> organisationIds) {
		return this.jdbc.sql("select id, name from organisation where id in (:orgs) order by name")
			.param("orgs", organisationIds)
			.query(Option.class)
			.list();
	}

	List<Option> units(List<Long> organisationIds) {
		String name = (organisationIds.size() > 1) ? "u.name || ' (' || o.name || ')'" : "u.name";
		return this.jdbc
			.sql("select u.id, " + name + " as name from unit u join organisation o on o.id = u.organisation_id"
					+ " where u.organisation_id in (:orgs) order by o.name, u.name")
			.param("orgs", organisationIds)
			.query(Option.class)
			.list();
	}

	@Nullable Long organisationOfUnit(long unitId) {
		return this.jdbc.sql("select organisation_id from unit where id = ?")
			.param(unitId)
			.query(Long.class)
			.optional()
			.orElse(null);
	}

	List<Option> models() {
		return this.jdbc.sql("select id, name from peer_support_model order by active desc, name")
			.query(Option.class)
			.list();
	}

	List<Option> targetGroups(boolean english) {
		return this.jdbc
			.sql("select id, " + (english ? "name_en" : "name_da")
					+ " as name from lookup_value where list_name = 'TARGET_GROUP' order by sort_order, id")
			.query(Option.class)
			.list();
	}

	/** A choice in a filter select. */
	record Option(long id, String name) {
	}

}
