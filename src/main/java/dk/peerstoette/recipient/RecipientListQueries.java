package dk.peerstoette.recipient;

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
 * The recipient list in SQL: one statement for a page and its total (a window count),
 * with only the conditions asked for. Through Hibernate the list took two statements and
 * a new translation of its query at every call (a quarter of the page's time).
 */
@Component
class RecipientListQueries {

	/** The list's sort keys, each to the SQL it sorts by. */
	static final Map<String, String> SORTABLE = Map.of("alias", "lower(r.alias)", "number", "r.internal_number",
			"referralDate", "r.referral_date", "unit", "lower(u.name)");

	/** Whether a consent of {@code :kind} holds {@code :today}. */
	private static final String CONSENT_HOLDS = """
			exists (select 1 from consent c where c.recipient_id = r.id and c.kind = :kind and c.given_on <= :today
			        and (c.expires_on is null or c.expires_on >= :today)
			        and (c.withdrawn_on is null or c.withdrawn_on > :today))""";

	private final JdbcClient jdbc;

	RecipientListQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * One page of the list. Scope: the organisation if given, and only {@code ids} if
	 * given. {@code pattern} is a lower-case LIKE pattern; {@code consent} true keeps
	 * those whose consent of {@code kind} holds {@code today}, false those without.
	 * {@code pageable} carries SQL from {@link #SORTABLE} as its sort properties.
	 */
	Page<RecipientRow> page(@Nullable Long organisationId, @Nullable Collection<Long> ids, @Nullable String pattern,
			@Nullable Long unitId, @Nullable Long targetGroupId, @Nullable Boolean consent, ConsentKind kind,
			LocalDate today, Pageable pageable) {
		Map<String, Object> params = new HashMap<>();
		params.put("kind", kind.name());
		params.put("today", today);
		// An anonymised recipient is nobody: no list shows it.
		List<String> where = new ArrayList<>(List.of("r.anonymised_on is null"));
		if (organisationId != null) {
			where.add("r.organisation_id = :organisationId");
			params.put("organisationId", organisationId);
		}
		if (ids != null) {
			where.add("r.id in (:ids)");
			params.put("ids", ids);
		}
		if (pattern != null) {
			where.add("(lower(r.alias) like :pattern or lower(r.internal_number) like :pattern"
					+ " or lower(r.external_reference) like :pattern)");
			params.put("pattern", pattern);
		}
		if (unitId != null) {
			where.add("r.unit_id = :unitId");
			params.put("unitId", unitId);
		}
		if (targetGroupId != null) {
			where.add("r.target_group_id = :targetGroupId");
			params.put("targetGroupId", targetGroupId);
		}
		if (consent != null) {
			where.add((consent ? "" : "not ") + CONSENT_HOLDS);
		}
		String condition = String.join(" and ", where);
		params.put("limit", pageable.getPageSize());
		params.put("offset", pageable.getOffset());
		return ListPages.counted(
				this.jdbc
					.sql("""
							select r.id, r.internal_number, r.alias, r.external_reference, u.name as unit_name, r.target_group_id,
							       r.referral_date, %s as registration_consent, count(*) over () as total
							from recipient r join unit_view u on u.id = r.unit_id
							where %s
							order by %s
							limit :limit offset :offset
							"""
						.formatted(CONSENT_HOLDS, condition, ListPages.orderBy(pageable.getSort(), "r.id")))
					.params(params),
				(rs, n) -> new RecipientRow(rs.getLong("id"), rs.getString("internal_number"), rs.getString("alias"),
						rs.getString("external_reference"), rs.getString("unit_name"), rs.getLong("target_group_id"),
						rs.getObject("referral_date", LocalDate.class), rs.getBoolean("registration_consent")),
				pageable,
				() -> this.jdbc
					.sql("select count(*) from recipient r join unit_view u on u.id = r.unit_id where " + condition)
					.params(params)
					.query(Long.class)
					.single());
	}

}
