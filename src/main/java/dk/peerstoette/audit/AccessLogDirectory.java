package dk.peerstoette.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import dk.peerstoette.security.Role;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the access log for those who may read it: the data protection officer's view (any
 * question, a random sample) and a citizen's log of their own record. Checks no role and
 * records nothing: the callers do both, since they know who asks and why.
 * <p>
 * Who looked is told with the role and organisation they had at the time; rows written
 * before those were kept fall back to the user's present ones.
 */
@Service
public class AccessLogDirectory {

	/** The sort keys of the officer's list, each to the SQL it sorts by. */
	public static final Map<String, String> SORTABLE = Map.of("time", "a.occurred_at", "user", "a.actor_username",
			"action", "a.action");

	/** The most rows one CSV export holds; a longer answer is to be narrowed first. */
	public static final int MAX_EXPORT = 50_000;

	/** The most accesses a sample may hold. */
	public static final int MAX_SAMPLE = 200;

	private static final String ENTRY = """
			select a.id, a.occurred_at, a.actor_username, s.full_name, coalesce(a.actor_role, s.role) as role,
			       o.name as organisation_name, a.action, a.entity_type, a.entity_id, rv.internal_number as recipient_number,
			       a.outcome, a.detail, a.criteria::text as criteria, a.shown::text as shown, a.request_id,
			       r.reviewed_at, r.reviewer_username, r.comment, coalesce(r.reviews, 0) as reviews%s
			from %s a
			left join staff_user_view s on s.id = a.actor_id
			left join organisation_view o
			       on o.id = case when a.actor_role is null then s.organisation_id else a.actor_organisation_id end
			left join recipient_view rv on a.entity_type = 'RECIPIENT' and rv.id::text = a.entity_id
			left join lateral (select m.reviewed_at, m.reviewer_username, m.comment, count(*) over () as reviews
			                   from audit_review m where m.audit_event_id = a.id
			                   order by m.reviewed_at desc, m.id desc limit 1) r on true
			""";

	private final JdbcClient jdbc;

	private final AuditProperties properties;

	AccessLogDirectory(JdbcClient jdbc, AuditProperties properties) {
		this.jdbc = jdbc;
		this.properties = properties;
	}

	/** The recipient with this internal number (R-nnnnnn), of any organisation. */
	@Transactional(readOnly = true)
	public Optional<Long> recipientWithNumber(String internalNumber) {
		return this.jdbc.sql("select id from recipient_view where internal_number = ?")
			.param(internalNumber)
			.query(Long.class)
			.optional();
	}

	/**
	 * One page of the accesses that answer the filter, in the order of {@code pageable}
	 * (whose sort properties are SQL from {@link #SORTABLE}).
	 */
	@Transactional(readOnly = true)
	public Page<AccessLogEntry> page(AccessLogFilter filter, Pageable pageable) {
		Map<String, Object> params = new HashMap<>();
		String condition = condition(filter, params);
		String order = orderBy(pageable.getSort());
		params.put("limit", pageable.getPageSize());
		params.put("offset", pageable.getOffset());
		long[] total = { 0 };
		List<AccessLogEntry> rows = this.jdbc
			.sql(("with page as (select *, count(*) over () as total from audit_event a "
					+ "where %s order by %s limit :limit offset :offset) ")
				.formatted(condition, order) + ENTRY.formatted(", a.total", "page") + " order by " + order)
			.params(params)
			.query((rs, n) -> {
				total[0] = rs.getLong("total");
				return entry(rs);
			})
			.list();
		if (rows.isEmpty() && pageable.getOffset() > 0) {
			total[0] = count(filter);
		}
		return new PageImpl<>(rows, pageable, total[0]);
	}

	/** Every access that answers the filter, up to {@link #MAX_EXPORT}, in time order. */
	@Transactional(readOnly = true)
	public List<AccessLogEntry> all(AccessLogFilter filter) {
		Map<String, Object> params = new HashMap<>();
		String condition = condition(filter, params);
		params.put("limit", MAX_EXPORT);
		return this.jdbc
			.sql("with chosen as (select * from audit_event a where %s order by a.occurred_at, a.id limit :limit) "
				.formatted(condition) + ENTRY.formatted("", "chosen") + " order by a.occurred_at, a.id")
			.params(params)
			.query((rs, n) -> entry(rs))
			.list();
	}

	/** How many accesses answer the filter. */
	@Transactional(readOnly = true)
	public long count(AccessLogFilter filter) {
		Map<String, Object> params = new HashMap<>();
		String condition = condition(filter, params);
		return this.jdbc.sql("select count(*) from audit_event a where " + condition)
			.params(params)
			.query(Long.class)
			.single();
	}

	/**
	 * A random sample of the accesses that answer the filter, in time order. The same
	 * seed draws the same sample from the same log, so a review can be left and taken up
	 * again.
	 */
	@Transactional(readOnly = true)
	public List<AccessLogEntry> sample(AccessLogFilter filter, int size, long seed) {
		Map<String, Object> params = new HashMap<>();
		String condition = condition(filter, params);
		params.put("size", Math.min(Math.max(size, 1), MAX_SAMPLE));
		params.put("seed", Long.toString(seed));
		return this.jdbc
			.sql(("with chosen as (select * from audit_event a where %s order by md5(:seed || ':' || a.id), a.id "
					+ "limit :size) ")
				.formatted(condition) + ENTRY.formatted("", "chosen") + " order by a.occurred_at, a.id")
			.params(params)
			.query((rs, n) -> entry(rs))
			.list();
	}

	/** The newest access's id (0 for an empty log). */
	@Transactional(readOnly = true)
	public long lastId() {
		return this.jdbc.sql("select coalesce(max(id), 0) from audit_event").query(Long.class).single();
	}

	/** One access, if there is one with this id. */
	@Transactional(readOnly = true)
	public Optional<AccessLogEntry> entry(long id) {
		return this.jdbc.sql(ENTRY.formatted("", "audit_event") + " where a.id = :id")
			.param("id", id)
			.query((rs, n) -> entry(rs))
			.optional();
	}

	/**
	 * Every access to one recipient's record, oldest first: reads, changes and refusals
	 * of it and every list or search that showed it ({@link AuditLog#entriesShowing}'s
	 * rule), as the citizen is told of them.
	 */
	@Transactional(readOnly = true)
	public List<CitizenAccess> citizenLog(long recipientId) {
		Map<String, Object> params = new HashMap<>();
		String condition = condition(new AccessLogFilter(recipientId, null, null, null, null, false, null), params);
		boolean names = this.properties.citizenLog().showStaffNames();
		return this.jdbc.sql("""
				select a.id, a.occurred_at, o.name as organisation_name, coalesce(a.actor_role, s.role) as role,
				       s.full_name, a.action, a.entity_type, a.entity_id, a.outcome
				from audit_event a
				left join staff_user_view s on s.id = a.actor_id
				left join organisation_view o
				       on o.id = case when a.actor_role is null then s.organisation_id else a.actor_organisation_id end
				where %s
				order by a.occurred_at, a.id
				""".formatted(condition))
			.params(params)
			.query((rs, n) -> new CitizenAccess(rs.getLong("id"), instant(rs, "occurred_at"),
					rs.getString("organisation_name"), role(rs.getString("role")),
					names ? rs.getString("full_name") : null, AuditAction.valueOf(rs.getString("action")),
					rs.getString("entity_type"),
					!("RECIPIENT".equals(rs.getString("entity_type"))
							&& String.valueOf(recipientId).equals(rs.getString("entity_id"))),
					AuditOutcome.valueOf(rs.getString("outcome"))))
			.list();
	}

	/** Whether the citizen's log names the staff who looked. */
	public boolean citizenLogShowsStaffNames() {
		return this.properties.citizenLog().showStaffNames();
	}

	private static String condition(AccessLogFilter filter, Map<String, Object> params) {
		List<String> where = new ArrayList<>();
		if (filter.recipientId() != null) {
			where.add("((a.entity_type = 'RECIPIENT' and a.entity_id = :recipientId) "
					+ "or a.shown @> cast(:shownRecipient as jsonb))");
			params.put("recipientId", String.valueOf(filter.recipientId()));
			params.put("shownRecipient", "{\"RECIPIENT\":[" + filter.recipientId() + "]}");
		}
		if (filter.username() != null) {
			where.add("a.actor_username = :username");
			params.put("username", filter.username());
		}
		if (filter.from() != null) {
			where.add("a.occurred_at >= :from");
			params.put("from", Timestamp.from(filter.from()));
		}
		if (filter.until() != null) {
			where.add("a.occurred_at < :until");
			params.put("until", Timestamp.from(filter.until()));
		}
		if (filter.action() != null) {
			where.add("a.action = :action");
			params.put("action", filter.action().name());
		}
		if (filter.refusalsOnly()) {
			where.add("a.outcome <> 'SUCCESS'");
		}
		if (filter.lastId() != null) {
			where.add("a.id <= :lastId");
			params.put("lastId", filter.lastId());
		}
		return where.isEmpty() ? "true" : String.join(" and ", where);
	}

	/** The sort asked for, then the id in the first key's direction: one order always. */
	private static String orderBy(Sort sort) {
		boolean ascending = sort.stream().findFirst().map(Sort.Order::isAscending).orElse(true);
		String keys = sort.stream()
			.map((order) -> order.getProperty() + (order.isAscending() ? " asc" : " desc"))
			.collect(Collectors.joining(", "));
		return (keys.isEmpty() ? "" : keys + ", ") + "a.id" + (ascending ? " asc" : " desc");
	}

	private static AccessLogEntry entry(ResultSet rs) throws SQLException {
		Timestamp reviewedAt = rs.getTimestamp("reviewed_at");
		AccessLogEntry.Review review = (reviewedAt != null) ? new AccessLogEntry.Review(reviewedAt.toInstant(),
				rs.getString("reviewer_username"), rs.getString("comment")) : null;
		return new AccessLogEntry(rs.getLong("id"), instant(rs, "occurred_at"), rs.getString("actor_username"),
				rs.getString("full_name"), role(rs.getString("role")), rs.getString("organisation_name"),
				AuditAction.valueOf(rs.getString("action")), rs.getString("entity_type"), rs.getString("entity_id"),
				rs.getString("recipient_number"), AuditOutcome.valueOf(rs.getString("outcome")), rs.getString("detail"),
				rs.getString("criteria"), rs.getString("shown"), rs.getString("request_id"), review,
				rs.getInt("reviews"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		return rs.getTimestamp(column).toInstant();
	}

	private static @Nullable Role role(@Nullable String role) {
		return (role != null) ? Role.valueOf(role) : null;
	}

}
