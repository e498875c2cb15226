package dk.peerstoette.retention;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import dk.peerstoette.web.ListPages;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * When each recipient falls due, in SQL over the published views: the day their last
 * course ended plus their organisation's period in years. A recipient with a course still
 * open is never due; one who never had a course counts from the day they were registered.
 * Anonymised recipients are left out.
 */
@Component
class RetentionQueries {

	/** The list's sort keys, each to the SQL it sorts by. */
	static final Map<String, String> SORTABLE = Map.of("dueOn", "d.due_on", "recipient", "lower(d.label)", "unit",
			"lower(d.unit_name)");

	/**
	 * Every recipient not yet anonymised whose courses are all closed, with the day they
	 * fall due and whether a hold is in force.
	 */
	private static final String DUE = """
			select r.id, r.organisation_id, r.label, r.alias, r.internal_number, u.name as unit_name, c.last_closed_on,
			       (c.last_closed_on + make_interval(years => o.retention_years))::date as due_on,
			       exists (select 1 from legal_hold h where h.recipient_id = r.id and h.lifted_on is null) as held
			from recipient_view r
			join organisation_view o on o.id = r.organisation_id
			join unit_view u on u.id = r.unit_id
			cross join lateral (
			    select case when count(co.id) = 0 then (r.registered_at at time zone :zone)::date
			                when bool_and(co.ended_on is not null) then max(co.ended_on) end as last_closed_on
			    from course_recipient_view cr join course_view co on co.id = cr.course_id
			    where cr.recipient_id = r.id) c
			where r.anonymised_on is null and c.last_closed_on is not null
			""";

	private static final RowMapper<DueRecipient> ROW = (rs, n) -> new DueRecipient(rs.getLong("id"),
			rs.getString("label"), rs.getString("unit_name"), rs.getObject("last_closed_on", LocalDate.class),
			rs.getObject("due_on", LocalDate.class), rs.getBoolean("held"));

	private final JdbcClient jdbc;

	RetentionQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A page of the organisation's recipients due by {@code until} (also those past due,
	 * which a hold keeps), matching the lower-case LIKE {@code pattern} if given.
	 */
	Page<DueRecipient> dueBy(long organisationId, LocalDate until, @Nullable String pattern, ZoneId zone,
			Pageable pageable) {
		Map<String, Object> params = new HashMap<>();
		params.put("zone", zone.getId());
		params.put("organisationId", organisationId);
		params.put("until", until);
		params.put("pattern", (pattern != null) ? pattern : "%");
		params.put("limit", pageable.getPageSize());
		params.put("offset", pageable.getOffset());
		String where = """
				where d.organisation_id = :organisationId and d.due_on <= :until
				  and (lower(d.alias) like :pattern or lower(d.internal_number) like :pattern)
				""";
		return ListPages.counted(this.jdbc.sql("""
				select d.*, count(*) over () as total from (%s) d
				%s
				order by %s
				limit :limit offset :offset
				""".formatted(DUE, where, ListPages.orderBy(pageable.getSort(), "d.id"))).params(params), ROW, pageable,
				() -> this.jdbc.sql("select count(*) from (%s) d %s".formatted(DUE, where))
					.params(params)
					.query(Long.class)
					.single());
	}

	/**
	 * Every recipient, of any organisation, whose period ended by {@code today} and who
	 * is not held.
	 */
	List<Long> dueWithoutHold(LocalDate today, ZoneId zone) {
		return this.jdbc
			.sql("select d.id from (%s) d where d.due_on <= :today and not d.held order by d.id".formatted(DUE))
			.param("zone", zone.getId())
			.param("today", today)
			.query(Long.class)
			.list();
	}

	/**
	 * One recipient's retention, if they are not anonymised (absent also while a course
	 * is open).
	 */
	Optional<DueRecipient> of(long recipientId, ZoneId zone) {
		return this.jdbc.sql("select d.* from (%s) d where d.id = :id".formatted(DUE))
			.param("zone", zone.getId())
			.param("id", recipientId)
			.query(ROW)
			.optional();
	}

	/** The recipient's label and organisation, anonymised or not, for the scope check. */
	Optional<RecipientFacts> facts(long recipientId) {
		return this.jdbc.sql("""
				select r.id, r.organisation_id, r.label, r.anonymised_on from recipient_view r where r.id = :id
				""")
			.param("id", recipientId)
			.query((rs, n) -> new RecipientFacts(rs.getLong("id"), rs.getLong("organisation_id"), rs.getString("label"),
					rs.getObject("anonymised_on", LocalDate.class)))
			.optional();
	}

	record RecipientFacts(long id, long organisationId, String label, @Nullable LocalDate anonymisedOn) {
	}

}
