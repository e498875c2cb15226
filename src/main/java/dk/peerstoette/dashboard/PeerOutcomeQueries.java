package dk.peerstoette.dashboard;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import dk.peerstoette.instrument.ItemDimension;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The peer workers' own outcomes as the dashboard counts them: only the check-ins a peer
 * worker let count in anonymous statistics, and only as sums over groups. A check-in
 * taken out of statistics is left out of every figure from then on.
 */
@Component
class PeerOutcomeQueries {

	private final JdbcClient jdbc;

	PeerOutcomeQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Query "dashboard-peer-outcomes": per role, employment form, model and dimension,
	 * the pairs of the peer workers of the organisations, each their latest counting
	 * check-in answered in the calendar year and their first counting check-in on the
	 * same instrument before it: how many, the sum and the sum of squares of the change,
	 * and how many improved by the threshold (for a strain dimension, fell by it). A pair
	 * is counted under the role, form and model that held on the day of the latest
	 * check-in. For every organisation of the scope and no other filter, because the
	 * {@link PeerOutcomeGrid} decides over the whole grid what may be shown.
	 */
	List<PeerOutcomeGrid.Row> changes(List<Long> organisationIds, int year, BigDecimal threshold) {
		if (organisationIds.isEmpty()) {
			return List.of();
		}
		String sql = """
				with counting as (
				    select c.id, c.peer_worker_id, c.instrument_id, c.answered_on
				    from peer_checkin c join peer_worker pw on pw.id = c.peer_worker_id
				    where pw.organisation_id in (:orgs) and c.statistics_consent
				),
				latest as (
				    select distinct on (peer_worker_id) id, peer_worker_id, instrument_id, answered_on
				    from counting where answered_on between :from and :to
				    order by peer_worker_id, answered_on desc, id desc
				),
				pairs as (
				    select l.id as latest_id, f.id as first_id, l.peer_worker_id, l.answered_on
				    from latest l
				    cross join lateral (
				        select c.id from counting c
				        where c.peer_worker_id = l.peer_worker_id and c.instrument_id = l.instrument_id
				          and c.answered_on < l.answered_on
				        order by c.answered_on, c.id limit 1) f
				),
				changes as (
				    select h.peer_role, h.employment_form, h.model_id, ls.dimension,
				           ls.score - fs.score as d,
				           case when ls.dimension in (:strain) then fs.score - ls.score
				                else ls.score - fs.score end as gain
				    from pairs p
				    join peer_checkin_score ls on ls.checkin_id = p.latest_id
				    join peer_checkin_score fs on fs.checkin_id = p.first_id and fs.dimension = ls.dimension
				    cross join lateral (
				        select pp.peer_role, pp.employment_form, pp.model_id from peer_worker_period pp
				        where pp.peer_worker_id = p.peer_worker_id
				          and (pp.valid_from is null or pp.valid_from <= p.answered_on)
				        order by pp.valid_from desc nulls last limit 1) h
				)
				select peer_role, employment_form, model_id, dimension, count(*), sum(d), sum(d * d),
				       count(*) filter (where gain >= :threshold)
				from changes
				group by peer_role, employment_form, model_id, dimension
				""";
		return this.jdbc.sql(sql)
			.param("orgs", organisationIds)
			.param("from", LocalDate.of(year, 1, 1))
			.param("to", LocalDate.of(year, 12, 31))
			.param("threshold", threshold)
			.param("strain",
					Arrays.stream(ItemDimension.values()).filter(ItemDimension::isStrain).map(Enum::name).toList())
			.query((rs, i) -> new PeerOutcomeGrid.Row(rs.getString(1), rs.getString(2), rs.getObject(3, Long.class),
					ItemDimension.valueOf(rs.getString(4)),
					new ChimeSums(rs.getLong(5), rs.getDouble(6), rs.getDouble(7), rs.getLong(8))))
			.list();
	}

}
