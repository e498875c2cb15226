package dk.peerstoette.quote;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import dk.peerstoette.instrument.ChimeDimension;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The quotes a report shows, in one query, grouped by level. A quote linked to a
 * recipient is left out once the recipient's consent to anonymised quotes no longer holds
 * today (withdrawn or expired): the link exists so that a withdrawal reaches the reports.
 */
@Service
@Transactional(readOnly = true)
class QuoteReportQueries implements QuoteReports {

	private final JdbcClient jdbc;

	private final Clock clock;

	QuoteReportQueries(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public List<ReportedQuote> quotes(Collection<Long> organisationIds, LocalDate from, LocalDate to,
			@Nullable ChimeDimension dimension, @Nullable QuoteLevel level, int limit) {
		if (organisationIds.isEmpty() || limit < 1 || to.isBefore(from)) {
			return List.of();
		}
		String column = (dimension != null) ? "q.chime_" + dimension.name().toLowerCase(Locale.ROOT) : "true";
		return this.jdbc
			.sql("""
					select * from (
					    select q.kind, q.text, q.recorded_on, o.name as organisation_name, q.chime_connection, q.chime_hope,
					           q.chime_identity, q.chime_meaning, q.chime_empowerment, q.speaker, q.level,
					           r.name as region_name,
					           row_number() over (partition by q.level order by q.recorded_on desc, q.id desc) as n,
					           q.id
					    from quote q join organisation_view o on o.id = q.organisation_id
					    left join organisation_view r on r.id = q.region_id
					    where q.organisation_id in (:organisations) and q.deleted_at is null
					      and q.recorded_on between :from and :to and %s and %s
					      and (q.recipient_id is null or exists (
					           select 1 from consent_view c where c.recipient_id = q.recipient_id and c.kind = 'ANONYMISED_QUOTES'
					           and c.given_on <= :today and (c.expires_on is null or c.expires_on >= :today)
					           and (c.withdrawn_on is null or c.withdrawn_on > :today)))
					) ranked
					where n <= :limit
					order by case level when 'RECIPIENT' then 0 when 'PEER_WORKER' then 1 else 2 end,
					         recorded_on desc, id desc
					"""
				.formatted(column, (level != null) ? "q.level = :level" : "true"))
			.param("organisations", List.copyOf(organisationIds))
			.param("from", from)
			.param("to", to)
			.param("level", (level != null) ? level.name() : "")
			.param("today", LocalDate.now(this.clock))
			.param("limit", limit)
			.query((rs, row) -> new ReportedQuote(QuoteKind.valueOf(rs.getString("kind")), rs.getString("text"),
					rs.getObject("recorded_on", LocalDate.class), rs.getString("organisation_name"),
					Quote.dimensionsOf(rs.getBoolean("chime_connection"), rs.getBoolean("chime_hope"),
							rs.getBoolean("chime_identity"), rs.getBoolean("chime_meaning"),
							rs.getBoolean("chime_empowerment")),
					(rs.getString("speaker") != null) ? QuoteSpeaker.valueOf(rs.getString("speaker")) : null,
					QuoteLevel.valueOf(rs.getString("level")), rs.getString("region_name")))
			.list();
	}

}
