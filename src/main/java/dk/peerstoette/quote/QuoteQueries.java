package dk.peerstoette.quote;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import dk.peerstoette.web.ListPages;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The quote list in SQL: one statement for a page and its total (a window count), with
 * only the conditions asked for. The names of units and organisations are partnership's,
 * read through the views it publishes.
 */
@Component
class QuoteQueries {

	/** The list's sort keys, each to the SQL it sorts by. */
	static final Map<String, String> SORTABLE = Map.of("date", "q.recorded_on", "kind", "q.kind", "unit",
			"lower(u.name)", "organisation", "lower(o.name)");

	private final JdbcClient jdbc;

	QuoteQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * One page of the organisations' quotes that are not deleted, as the query filters
	 * them; {@code pattern} is the query's text as a lower-case LIKE pattern. Quotes that
	 * sort alike come newest recorded first. {@code pageable} carries SQL from
	 * {@link #SORTABLE} as its sort properties.
	 */
	Page<QuoteRow> page(Collection<Long> organisationIds, QuoteListQuery query, @Nullable String pattern,
			Pageable pageable) {
		Map<String, Object> params = new HashMap<>();
		List<String> where = new ArrayList<>(
				List.of("q.organisation_id in (:organisationIds)", "q.deleted_at is null"));
		params.put("organisationIds", organisationIds);
		if (query.kind() != null) {
			where.add("q.kind = :kind");
			params.put("kind", query.kind().name());
		}
		if (query.from() != null) {
			where.add("q.recorded_on >= :from");
			params.put("from", query.from());
		}
		if (query.to() != null) {
			where.add("q.recorded_on <= :to");
			params.put("to", query.to());
		}
		if (query.level() != null) {
			where.add("q.level = :level");
			params.put("level", query.level().name());
		}
		if (query.unitId() != null) {
			where.add("q.unit_id = :unitId");
			params.put("unitId", query.unitId());
		}
		if (pattern != null) {
			where.add("lower(q.text) like :pattern");
			params.put("pattern", pattern);
		}
		if (query.dimension() != null) {
			where.add(switch (query.dimension()) {
				case CONNECTION -> "q.chime_connection";
				case HOPE -> "q.chime_hope";
				case IDENTITY -> "q.chime_identity";
				case MEANING -> "q.chime_meaning";
				case EMPOWERMENT -> "q.chime_empowerment";
			});
		}
		String condition = String.join(" and ", where);
		params.put("limit", pageable.getPageSize());
		params.put("offset", pageable.getOffset());
		return ListPages.counted(
				this.jdbc
					.sql("""
							select q.id, q.kind, q.text, q.recorded_on, o.name as organisation_name, u.name as unit_name,
							       q.recipient_id, q.created_by, q.chime_connection, q.chime_hope, q.chime_identity, q.chime_meaning,
							       q.chime_empowerment, q.speaker, q.level, r.name as region_name, count(*) over () as total
							from quote q join unit_view u on u.id = q.unit_id join organisation_view o on o.id = q.organisation_id
							left join organisation_view r on r.id = q.region_id
							where %s
							order by %s
							limit :limit offset :offset
							"""
						.formatted(condition, ListPages.orderBy(pageable.getSort(), "q.id desc")))
					.params(params),
				(rs, n) -> new QuoteRow(rs.getLong("id"), QuoteKind.valueOf(rs.getString("kind")), rs.getString("text"),
						rs.getObject("recorded_on", LocalDate.class), rs.getString("organisation_name"),
						rs.getString("unit_name"), rs.getObject("recipient_id", Long.class), rs.getLong("created_by"),
						rs.getBoolean("chime_connection"), rs.getBoolean("chime_hope"), rs.getBoolean("chime_identity"),
						rs.getBoolean("chime_meaning"), rs.getBoolean("chime_empowerment"),
						(rs.getString("speaker") != null) ? QuoteSpeaker.valueOf(rs.getString("speaker")) : null,
						QuoteLevel.valueOf(rs.getString("level")), rs.getString("region_name")),
				pageable,
				() -> this.jdbc.sql("select count(*) from quote q where " + condition)
					.params(params)
					.query(Long.class)
					.single());
	}

}
