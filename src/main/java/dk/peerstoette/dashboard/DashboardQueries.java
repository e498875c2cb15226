package dk.peerstoette.dashboard;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

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

	static final String INDIVIDUAL_KINDS = "'INDIVIDUAL_CONVERSATION', 'ACTIVITY_TOGETHER', 'PHONE', 'VIDEO'";

	private final JdbcClient jdbc;

	DashboardQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** What every query is narrowed by. */
	record Criteria(List<Long> organisationIds, LocalDate from, LocalDate to, @Nullable Long unit, @Nullable Long model,
			@Nullable String role, @Nullable String form, @Nullable String courseKind, @Nullable Long targetGroup) {

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

		private static void put(Map<String, Object> params, String name, @Nullable Object value) {
			if (value != null) {
				params.put(name, value);
			}
		}

	}

	/**
	 * One row of the contact family: section, keys ('ALL' for a total), a count, minutes,
	 * people, and the mean and median of contacts per recipient.
	 */
	record ContactRow(String section, String key1, String key2, long n, long minutes, long persons,
			@Nullable BigDecimal mean, @Nullable BigDecimal median) {
	}

	/**
	 * Query "dashboard-contacts": contacts and hours by kind group and role, the people
	 * they reached, contacts per recipient, and the months, in one statement over the
	 * held, not deleted contacts of the period. Distinct people are counted as the rows
	 * of a hashed grouping, not with count(distinct), which sorts once per grouping set.
	 */
	List<ContactRow> contacts(Criteria criteria) {
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
					.formatted(INDIVIDUAL_KINDS));
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
			.query((rs, i) -> new ContactRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4),
					rs.getLong(5), rs.getLong(6), rs.getBigDecimal(7), rs.getBigDecimal(8)))
			.list();
	}

	/** Courses of a role ('ALL' for every role) and the recipients in them. */
	record CourseRow(String role, long newCourses, long activeCourses, long endedCourses, long newRecipients,
			long activeRecipients, long endedRecipients) {
	}

	/**
	 * Query "dashboard-courses": courses new, active and ended in the period, by role,
	 * with their distinct recipients. The courses are counted before the join to their
	 * recipients (a course is one row there), and only the recipients need
	 * count(distinct), since one person can be in several courses.
	 */
	List<CourseRow> courses(Criteria criteria) {
		StringBuilder sql = new StringBuilder("""
				with cs as (
				    select co.id, co.starts_on >= :from as is_new, co.ended_on <= :to as is_ended,
				           coalesce(m.peer_role, 'NONE') as role
				    from course co left join peer_support_model m on m.id = co.model_id
				    where co.organisation_id in (:orgs) and co.starts_on <= :to
				      and (co.ended_on is null or co.ended_on >= :from)
				""");
		courseFilters(criteria, sql, "co", "m");
		if (criteria.targetGroup() != null) {
			sql.append("""
					  and exists (select 1 from course_recipient tcr join recipient tr on tr.id = tcr.recipient_id
					              where tcr.course_id = co.id and tr.target_group_id = :targetGroup)
					""");
		}
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
				    select pw.id, pw.peer_role as role
				    from peer_worker pw
				    where pw.organisation_id in (:orgs) and pw.starts_on <= :to
				      and (pw.ends_on is null or pw.ends_on >= :from)
				""");
		if (criteria.role() != null) {
			sql.append("  and pw.peer_role = :role\n");
		}
		if (criteria.form() != null) {
			sql.append("  and pw.employment_form = :form\n");
		}
		if (criteria.model() != null) {
			sql.append("  and pw.model_id = :model\n");
		}
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

	/** Sums of the changes in one CHIME dimension for a role ('ALL' for every role). */
	record ChimeRow(String role, String dimension, long n, double sum, double sumOfSquares, long improved) {
	}

	/**
	 * Query "dashboard-chime": per dimension and role, the pairs (course, recipient) of a
	 * completed baseline and the latest completed follow-up answered in the period: how
	 * many, the sum and sum of squares of the change, and how many improved by the
	 * threshold. The five dimensions are summed side by side in one pass over the pairs
	 * and only then turned into a row each (a dimension without a pair has no row), which
	 * is much cheaper than grouping five times as many rows by dimension.
	 */
	List<ChimeRow> chime(Criteria criteria, BigDecimal threshold) {
		StringBuilder sql = new StringBuilder("""
				with latest as (
				    select distinct on (a.course_id, a.recipient_id) a.course_id, a.recipient_id, a.answered_on,
				           a.score_connection, a.score_hope, a.score_identity, a.score_meaning, a.score_empowerment
				    from assessment a
				    where a.organisation_id in (:orgs) and a.status = 'COMPLETED' and a.timepoint <> 'BASELINE'
				      and a.answered_on between :from and :to
				    order by a.course_id, a.recipient_id, a.answered_on desc, a.id desc
				),
				pairs as (
				    select coalesce(m.peer_role, 'NONE') as role,
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
				""");
		// Only the target group needs the recipient; recipient_id is a not-null foreign
		// key,
		// so leaving the join out never drops a pair.
		if (criteria.targetGroup() != null) {
			sql.append("    join recipient r on r.id = l.recipient_id\n");
		}
		sql.append("    where true\n");
		courseFilters(criteria, sql, "co", "m");
		if (criteria.targetGroup() != null) {
			sql.append("  and r.target_group_id = :targetGroup\n");
		}
		sql.append("""
				),
				sums as (
				    select case when grouping(role) = 1 then 'ALL' else role end as role,
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
				    from pairs group by grouping sets ((role), ())
				)
				select s.role, v.dim, v.n, v.s, v.q, v.i
				from sums s cross join lateral (values
				    ('CONNECTION', n_connection, s_connection, q_connection, i_connection),
				    ('HOPE', n_hope, s_hope, q_hope, i_hope),
				    ('IDENTITY', n_identity, s_identity, q_identity, i_identity),
				    ('MEANING', n_meaning, s_meaning, q_meaning, i_meaning),
				    ('EMPOWERMENT', n_empowerment, s_empowerment, q_empowerment, i_empowerment)) as v(dim, n, s, q, i)
				where v.n > 0
				""");
		Map<String, Object> params = criteria.params();
		params.put("threshold", threshold);
		return this.jdbc.sql(sql.toString())
			.params(params)
			.query((rs, i) -> new ChimeRow(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getDouble(4),
					rs.getDouble(5), rs.getLong(6)))
			.list();
	}

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
