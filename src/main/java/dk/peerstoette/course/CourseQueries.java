package dk.peerstoette.course;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import dk.peerstoette.web.ListPages;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The course list in SQL: one query for a page of rows (recipients and peer workers
 * aggregated per row, so no query per line) and one for the count. Only the conditions
 * asked for are added, so each filter can use its index. The status is derived from the
 * dates against the business day ({@code :today}, never the database's
 * {@code current_date}), exactly as {@link CourseStatus} does.
 */
@Component
class CourseQueries {

	static final String STATUS_SQL = """
			case when c.ended_on is not null and c.ended_on <= :today then 'ENDED'
			     when c.starts_on > :today then 'PLANNED' else 'ACTIVE' end""";

	/**
	 * The list's sort keys, each to the SQL it sorts by; status sorts planned, active,
	 * ended.
	 */
	static final Map<String, String> SORTABLE = Map.of("start", "c.starts_on", "kind", "c.kind", "unit",
			"lower(u.name)", "status", """
					case when c.ended_on is not null and c.ended_on <= :today then 2
					     when c.starts_on > :today then 0 else 1 end""");

	private final JdbcClient jdbc;

	CourseQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Who may see which courses: an organisation's, or one peer worker's. */
	sealed interface Scope {

		record Organisation(long organisationId) implements Scope {
		}

		record PeerWorker(long peerWorkerId) implements Scope {
		}

	}

	/**
	 * One page of courses in scope matching the query; {@code pageable} carries SQL from
	 * {@link #SORTABLE} as its sort properties; statuses are those of {@code today}.
	 */
	Page<CourseRow> page(Scope scope, CourseListQuery query, Pageable pageable, LocalDate today) {
		Map<String, Object> params = new HashMap<>();
		params.put("today", today);
		String where = where(scope, query, params);
		long total = this.jdbc.sql("select count(*) from course c where " + where)
			.params(params)
			.query(Long.class)
			.single();
		if (total == 0) {
			return Page.empty(pageable);
		}
		params.put("limit", pageable.getPageSize());
		params.put("offset", pageable.getOffset());
		List<CourseRow> rows = rows(where, ListPages.orderBy(pageable.getSort(), "c.id"), params);
		return new PageImpl<>(rows, pageable, total);
	}

	/**
	 * The search box's courses in scope whose title or recipients' alias or number
	 * contains the text (all when it is blank): running ones first, then the most
	 * recently ended, each by the newest start; only courses that have started if
	 * {@code startedOnly}; running, ended and started as of {@code today}.
	 */
	List<CourseRow> search(Scope scope, String text, @Nullable CourseKind kind, boolean startedOnly, int limit,
			LocalDate today) {
		Map<String, Object> params = new HashMap<>();
		params.put("today", today);
		String where = where(scope, new CourseListQuery(text, null, null, kind, null, false), params)
				+ (startedOnly ? "\n and c.starts_on <= :today" : "");
		params.put("limit", limit);
		params.put("offset", 0);
		return rows(where, """
				(c.ended_on is not null and c.ended_on <= :today), c.ended_on desc nulls first,
				c.starts_on desc, c.id desc""", params);
	}

	private List<CourseRow> rows(String where, String orderBy, Map<String, Object> params) {
		return this.jdbc.sql("""
				select c.id, c.kind, c.title, u.name as unit_name, c.starts_on, c.planned_end_on, c.ended_on,
				       %s as status,
				       array(select r.id
				             from course_recipient cr join recipient_view r on r.id = cr.recipient_id
				             where cr.course_id = c.id order by lower(r.alias), r.internal_number) as recipient_ids,
				       array(select r.label
				             from course_recipient cr join recipient_view r on r.id = cr.recipient_id
				             where cr.course_id = c.id order by lower(r.alias), r.internal_number) as recipients,
				       array(select pw.full_name
				             from course_peer cp join peer_worker_view pw on pw.id = cp.peer_worker_id
				             where cp.course_id = c.id order by lower(pw.full_name)) as peers,
				       %s as breaks_mentor_rule
				from course c
				join unit_view u on u.id = c.unit_id
				where %s
				order by %s
				limit :limit offset :offset
				""".formatted(STATUS_SQL, MentorRule.BROKEN_SQL, where, orderBy))
			.params(params)
			.query(CourseQueries::row)
			.list();
	}

	private static String where(Scope scope, CourseListQuery query, Map<String, Object> params) {
		List<String> conditions = new ArrayList<>();
		if (scope instanceof Scope.Organisation organisation) {
			conditions.add("c.organisation_id = :organisationId");
			params.put("organisationId", organisation.organisationId());
		}
		else if (scope instanceof Scope.PeerWorker peer) {
			conditions
				.add("exists (select 1 from course_peer me where me.course_id = c.id and me.peer_worker_id = :me)");
			params.put("me", peer.peerWorkerId());
		}
		if (query.hasText()) {
			conditions.add("""
					(lower(coalesce(c.title, '')) like :pattern
					 or exists (select 1 from course_recipient sr join recipient_view r on r.id = sr.recipient_id
					            where sr.course_id = c.id
					              and (lower(r.alias) like :pattern or lower(r.internal_number) like :pattern)))""");
			params.put("pattern", ListPages.containsPattern(query.text()));
		}
		if (query.unitId() != null) {
			conditions.add("c.unit_id = :unitId");
			params.put("unitId", query.unitId());
		}
		if (query.kind() != null) {
			conditions.add("c.kind = :kind");
			params.put("kind", query.kind().name());
		}
		if (query.status() != null) {
			conditions.add(switch (query.status()) {
				case PLANNED -> "c.starts_on > :today";
				case ACTIVE -> "c.starts_on <= :today and (c.ended_on is null or c.ended_on > :today)";
				case ENDED -> "c.ended_on <= :today";
			});
		}
		if (query.peerWorkerId() != null) {
			conditions.add("exists (select 1 from course_peer fp where fp.course_id = c.id "
					+ "and fp.peer_worker_id = :peerWorkerId)");
			params.put("peerWorkerId", query.peerWorkerId());
		}
		if (query.mentorRule()) {
			conditions.add(MentorRule.BROKEN_SQL);
		}
		return String.join("\n and ", conditions);
	}

	private static CourseRow row(ResultSet rs, int row) throws SQLException {
		return new CourseRow(rs.getLong("id"), CourseKind.valueOf(rs.getString("kind")), rs.getString("title"),
				rs.getString("unit_name"), rs.getObject("starts_on", LocalDate.class),
				rs.getObject("planned_end_on", LocalDate.class), rs.getObject("ended_on", LocalDate.class),
				CourseStatus.valueOf(rs.getString("status")), List.of((Long[]) rs.getArray("recipient_ids").getArray()),
				strings(rs, "recipients"), strings(rs, "peers"), rs.getBoolean("breaks_mentor_rule"));
	}

	private static List<String> strings(ResultSet rs, String column) throws SQLException {
		return List.of((String[]) rs.getArray(column).getArray());
	}

}
