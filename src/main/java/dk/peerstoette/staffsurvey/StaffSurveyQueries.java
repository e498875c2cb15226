package dk.peerstoette.staffsurvey;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import dk.peerstoette.instrument.InstrumentUse;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the rounds and their answers, with the unit and organisation each round belongs
 * to (from partnership's published views), for the services that decide who sees them.
 */
@Service
@Transactional(readOnly = true)
class StaffSurveyQueries implements InstrumentUse {

	private static final String ROUND = """
			select r.id, r.unit_id, u.name as unit_name, u.organisation_id, o.name as organisation_name, r.number,
			       r.instrument_id, r.opened_on, r.closed_on, r.links_created, r.version,
			       (select count(*) from staff_survey_answer a where a.round_id = r.id) as answered
			from staff_survey_round r
			join unit_view u on u.id = r.unit_id
			join organisation_view o on o.id = u.organisation_id
			""";

	private final JdbcClient jdbc;

	StaffSurveyQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The rounds of the organisations' units, by organisation, unit and newest first. */
	List<RoundRow> rounds(Collection<Long> organisationIds) {
		if (organisationIds.isEmpty()) {
			return List.of();
		}
		return this.jdbc
			.sql(ROUND + " where u.organisation_id in (:organisations)"
					+ " order by lower(o.name), lower(u.name), u.id, r.number desc")
			.param("organisations", organisationIds)
			.query(RoundRow.class)
			.list();
	}

	/**
	 * The organisations' rounds closed in the period, by organisation, unit and number.
	 */
	List<RoundRow> closedIn(Collection<Long> organisationIds, LocalDate from, LocalDate to) {
		if (organisationIds.isEmpty()) {
			return List.of();
		}
		return this.jdbc
			.sql(ROUND + " where u.organisation_id in (:organisations) and r.closed_on between :from and :to"
					+ " order by lower(o.name), lower(u.name), u.id, r.number")
			.param("organisations", organisationIds)
			.param("from", from)
			.param("to", to)
			.query(RoundRow.class)
			.list();
	}

	Optional<RoundRow> round(long roundId) {
		return this.jdbc.sql(ROUND + " where r.id = :id").param("id", roundId).query(RoundRow.class).optional();
	}

	/**
	 * The unit's latest closed round before the given number with at least
	 * {@code minimum} answers: the one the changes of a round are counted from.
	 */
	Optional<RoundRow> previousShown(long unitId, int number, int minimum) {
		return this.jdbc.sql(ROUND + """
				 where r.unit_id = :unit and r.number < :number and r.closed_on is not null
				   and (select count(*) from staff_survey_answer a where a.round_id = r.id) >= :minimum
				 order by r.number desc limit 1
				""")
			.param("unit", unitId)
			.param("number", number)
			.param("minimum", minimum)
			.query(RoundRow.class)
			.optional();
	}

	/** Every answer of a round, as the values given by item id. */
	Collection<Map<Long, Integer>> answers(long roundId) {
		Map<UUID, Map<Long, Integer>> answers = new LinkedHashMap<>();
		this.jdbc.sql("""
				select i.answer_id, i.item_id, i.value from staff_survey_answer_item i
				join staff_survey_answer a on a.id = i.answer_id
				where a.round_id = ?
				""")
			.param(roundId)
			.query((RowCallbackHandler) (row) -> answers
				.computeIfAbsent(row.getObject(1, UUID.class), (id) -> new HashMap<>())
				.put(row.getLong(2), row.getInt(3)));
		return answers.values();
	}

	@Override
	public Map<Long, Long> uses(Collection<Long> instrumentIds) {
		if (instrumentIds.isEmpty()) {
			return Map.of();
		}
		Map<Long, Long> uses = new HashMap<>();
		this.jdbc
			.sql("select instrument_id, count(*) from staff_survey_round where instrument_id in (:ids)"
					+ " group by instrument_id")
			.param("ids", instrumentIds)
			.query((RowCallbackHandler) (row) -> uses.put(row.getLong(1), row.getLong(2)));
		return uses;
	}

	/** A round with its unit, organisation and how many answered. */
	record RoundRow(long id, long unitId, String unitName, long organisationId, String organisationName, int number,
			long instrumentId, LocalDate openedOn, @Nullable LocalDate closedOn, int linksCreated, long version,
			int answered) {

		public boolean open() {
			return this.closedOn == null;
		}

	}

}
