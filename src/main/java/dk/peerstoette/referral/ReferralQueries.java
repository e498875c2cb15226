package dk.peerstoette.referral;

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
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The referral lists and the waiting list in SQL. Recipients, units and organisations are
 * read through the views their modules publish; a consent to sharing through
 * consent_view.
 */
@Component
class ReferralQueries {

	/** The referral lists' sort keys, each to the SQL it sorts by. */
	static final Map<String, String> SORTABLE = Map.of("date", "r.referred_on", "status", "r.status", "name",
			"lower(rv.alias)", "unit", "lower(u.name)");

	/**
	 * That a consent to sharing the referral's recipient with :organisationId holds on
	 * :today: the one condition under which the receiving organisation sees them.
	 */
	static final String SHARING_HOLDS = """
			exists (select 1 from consent_view c where c.recipient_id = r.recipient_id and c.kind = 'PARTNER_SHARING'
			  and c.partner_organisation_id = :organisationId and c.given_on <= :today
			  and (c.expires_on is null or c.expires_on >= :today) and (c.withdrawn_on is null or c.withdrawn_on > :today))
			""";

	private final JdbcClient jdbc;

	ReferralQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The referrals made to the organisation that it still sees: not declined, and with a
	 * consent to sharing with it today. Named by alias only.
	 */
	Page<ReferralRow> incoming(long organisationId, ReferralListQuery query, LocalDate today, Pageable pageable) {
		Map<String, Object> params = new HashMap<>();
		List<String> where = new ArrayList<>(
				List.of("r.to_organisation_id = :organisationId", "r.status <> 'DECLINED'", SHARING_HOLDS));
		params.put("today", today);
		String pattern = ListPages.containsPattern(query.text());
		if (pattern != null) {
			where.add("lower(rv.alias) like :pattern");
			params.put("pattern", pattern);
		}
		return page(
				"""
						select r.id, r.status, r.referred_on, r.decided_on, r.recipient_id, rv.alias as recipient_name,
						       u.name as unit_name, o.name as organisation_name, null as decline_reason, count(*) over () as total
						from referral r join recipient_view rv on rv.id = r.recipient_id join unit_view u on u.id = r.to_unit_id
						join organisation_view o on o.id = r.from_organisation_id
						""",
				organisationId, query, where, params, pageable);
	}

	/** The referrals the organisation made, with their outcome. */
	Page<ReferralRow> outgoing(long organisationId, ReferralListQuery query, Pageable pageable) {
		Map<String, Object> params = new HashMap<>();
		List<String> where = new ArrayList<>(List.of("r.from_organisation_id = :organisationId"));
		String pattern = ListPages.containsPattern(query.text());
		if (pattern != null) {
			where.add("(lower(rv.alias) like :pattern or lower(rv.internal_number) like :pattern)");
			params.put("pattern", pattern);
		}
		return page("""
				select r.id, r.status, r.referred_on, r.decided_on, r.recipient_id, rv.label as recipient_name,
				       u.name as unit_name, o.name as organisation_name, r.decline_reason, count(*) over () as total
				from referral r join recipient_view rv on rv.id = r.recipient_id join unit_view u on u.id = r.to_unit_id
				join organisation_view o on o.id = r.to_organisation_id
				""", organisationId, query, where, params, pageable);
	}

	private Page<ReferralRow> page(String select, long organisationId, ReferralListQuery query, List<String> where,
			Map<String, Object> params, Pageable pageable) {
		params.put("organisationId", organisationId);
		if (query.status() != null) {
			where.add("r.status = :status");
			params.put("status", query.status().name());
		}
		String condition = String.join(" and ", where);
		params.put("limit", pageable.getPageSize());
		params.put("offset", pageable.getOffset());
		String from = select.substring(select.indexOf("from referral"));
		return ListPages.counted(
				this.jdbc
					.sql(select + " where " + condition + " order by "
							+ ListPages.orderBy(pageable.getSort(), "r.id desc") + " limit :limit offset :offset")
					.params(params),
				ReferralQueries::row, pageable,
				() -> this.jdbc.sql("select count(*) " + from + " where " + condition)
					.params(params)
					.query(Long.class)
					.single());
	}

	private static ReferralRow row(ResultSet rs, int n) throws SQLException {
		return new ReferralRow(rs.getLong("id"), ReferralStatus.valueOf(rs.getString("status")),
				rs.getObject("referred_on", LocalDate.class), rs.getObject("decided_on", LocalDate.class),
				rs.getLong("recipient_id"), rs.getString("recipient_name"), rs.getString("unit_name"),
				rs.getString("organisation_name"), rs.getString("decline_reason"));
	}

	/**
	 * The open places on the organisation's waiting lists, in the order they wait (by
	 * unit, then the day they came on the list): own recipients by label; a referred
	 * recipient not yet registered here by alias, and only while the consent to sharing
	 * holds.
	 */
	Page<WaitingRow> waiting(long organisationId, @Nullable Long unitId, LocalDate today, Pageable pageable) {
		Map<String, Object> params = new HashMap<>();
		List<String> where = new ArrayList<>(List.of("w.organisation_id = :organisationId", "w.left_on is null",
				"(w.recipient_id is not null or " + SHARING_HOLDS + ")"));
		params.put("organisationId", organisationId);
		params.put("today", today);
		if (unitId != null) {
			where.add("w.unit_id = :unitId");
			params.put("unitId", unitId);
		}
		String condition = String.join(" and ", where);
		String from = """
				from waiting_entry w join unit_view u on u.id = w.unit_id
				left join recipient_view own on own.id = w.recipient_id
				left join referral r on r.id = w.referral_id
				left join recipient_view rv on rv.id = r.recipient_id
				left join organisation_view o on o.id = r.from_organisation_id
				""";
		params.put("limit", pageable.getPageSize());
		params.put("offset", pageable.getOffset());
		return ListPages.counted(this.jdbc.sql("""
				select w.id, w.unit_id, u.name as unit_name, w.entered_on, w.recipient_id, w.referral_id, w.version,
				       own.label as own_label, r.recipient_id as shared_recipient_id, rv.alias as shared_alias,
				       o.name as from_name, cast(:today as date) - w.entered_on as days_waiting,
				       r.course_id is not null as hands_over,
				       row_number() over (partition by w.unit_id order by w.entered_on, w.id) as place,
				       count(*) over () as total
				%s where %s
				order by lower(u.name), w.unit_id, w.entered_on, w.id
				limit :limit offset :offset
				""".formatted(from, condition)).params(params), (rs, n) -> {
			Long own = rs.getObject("recipient_id", Long.class);
			return new WaitingRow(rs.getLong("id"), rs.getLong("unit_id"), rs.getString("unit_name"),
					rs.getInt("place"), rs.getObject("entered_on", LocalDate.class), rs.getInt("days_waiting"), own,
					(own != null) ? rs.getString("own_label") : rs.getString("shared_alias"),
					rs.getObject("referral_id", Long.class), rs.getString("from_name"),
					(own == null) ? rs.getObject("shared_recipient_id", Long.class) : null, rs.getBoolean("hands_over"),
					rs.getLong("version"));
		}, pageable,
				() -> this.jdbc.sql("select count(*) " + from + " where " + condition)
					.params(params)
					.query(Long.class)
					.single());
	}

}
