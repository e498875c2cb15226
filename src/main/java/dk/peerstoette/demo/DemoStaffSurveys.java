package dk.peerstoette.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import dk.peerstoette.instrument.InstrumentDefinition;
import dk.peerstoette.instrument.InstrumentDirectory;
import dk.peerstoette.instrument.InstrumentPurpose;

import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Two closed rounds of the staff survey on København's residential facility, about five
 * months and one month ago, with seven and eight answers: enough to show results, and the
 * change between them, largest in the collaboration with the peer workers. A unit with
 * rounds already is left as it is.
 */
@Component
@Profile("!prod")
@Order(40)
class DemoStaffSurveys implements DemoPart {

	static final String ORGANISATION = "Københavns Kommune";

	static final String UNIT = "Botilbuddet Lindegården";

	/**
	 * The answers of each round, one row per staff member, by item position: the even
	 * items (collaboration with peer workers) rise most between the rounds.
	 */
	private static final int[][][] ROUNDS = {
			{ { 2, 1, 2, 1, 3, 1, 2, 2, 2, 1 }, { 3, 2, 2, 1, 3, 2, 2, 1, 2, 2 }, { 2, 1, 1, 2, 2, 1, 3, 2, 1, 1 },
					{ 3, 2, 2, 1, 4, 2, 2, 1, 3, 1 }, { 1, 1, 2, 0, 2, 1, 1, 1, 2, 0 },
					{ 2, 2, 3, 2, 3, 1, 2, 2, 2, 2 }, { 2, 0, 2, 1, 3, 2, 2, 0, 2, 1 } },
			{ { 3, 3, 2, 3, 3, 2, 3, 3, 2, 3 }, { 3, 3, 3, 2, 4, 3, 2, 3, 3, 3 }, { 2, 2, 2, 3, 3, 2, 3, 4, 2, 2 },
					{ 3, 4, 3, 3, 4, 3, 3, 3, 3, 3 }, { 2, 2, 2, 2, 2, 1, 2, 3, 2, 2 },
					{ 3, 3, 3, 3, 3, 2, 2, 3, 3, 4 }, { 2, 3, 2, 2, 3, 3, 3, 2, 2, 2 },
					{ 3, 2, 3, 3, 4, 2, 3, 3, 3, 3 } } };

	/** When each round opened and closed, in days before today. */
	private static final int[][] DAYS_AGO = { { 150, 136 }, { 40, 26 } };

	private static final int LINKS = 10;

	private final JdbcClient jdbc;

	private final InstrumentDirectory instruments;

	private final Clock clock;

	DemoStaffSurveys(JdbcClient jdbc, InstrumentDirectory instruments, Clock clock) {
		this.jdbc = jdbc;
		this.instruments = instruments;
		this.clock = clock;
	}

	@Override
	public void load() {
		InstrumentDefinition instrument = this.instruments.standard(InstrumentPurpose.STAFF_SURVEY).orElse(null);
		Long unitId = this.jdbc.sql("""
				select u.id from unit u join organisation o on o.id = u.organisation_id where o.name = ? and u.name = ?
				""").params(ORGANISATION, UNIT).query(Long.class).optional().orElse(null);
		if (instrument == null || unitId == null
				|| this.jdbc.sql("select exists (select 1 from staff_survey_round where unit_id = ?)")
					.param(unitId)
					.query(Boolean.class)
					.single()) {
			return;
		}
		List<InstrumentDefinition.Item> items = instrument.items();
		LocalDate today = LocalDate.now(this.clock);
		for (int round = 0; round < ROUNDS.length; round++) {
			long roundId = this.jdbc.sql("""
					insert into staff_survey_round (unit_id, number, instrument_id, opened_on, closed_on, links_created)
					values (?, ?, ?, ?, ?, ?) returning id
					""")
				.params(unitId, round + 1, instrument.id(), today.minusDays(DAYS_AGO[round][0]),
						today.minusDays(DAYS_AGO[round][1]), LINKS)
				.query(Long.class)
				.single();
			for (int[] answer : ROUNDS[round]) {
				UUID answerId = this.jdbc.sql("insert into staff_survey_answer (round_id) values (?) returning id")
					.param(roundId)
					.query(UUID.class)
					.single();
				for (int i = 0; i < items.size() && i < answer.length; i++) {
					this.jdbc.sql("insert into staff_survey_answer_item (answer_id, item_id, value) values (?, ?, ?)")
						.params(answerId, items.get(i).id(), answer[i])
						.update();
				}
			}
		}
	}

}
