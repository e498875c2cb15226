package dk.peerstoette.demo;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dk.peerstoette.IntegrationTest;
import dk.peerstoette.TestClock;
import dk.peerstoette.instrument.ChimeDimension;
import dk.peerstoette.instrument.DimensionScores;
import dk.peerstoette.instrument.InstrumentDefinition;
import dk.peerstoette.instrument.InstrumentDirectory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo's CHIME assessments: there for both demo organisations, scored by the
 * instrument's own rule, within each recipient's consent, with overdue baselines left for
 * the due list, and loaded once.
 */
@IntegrationTest
class DemoOutcomesTest {

	// The demo's own assessments: of demo recipients and dated before today, so that what
	// other tests start today on a demo recipient does not count.
	private static final String DEMO = """
			from assessment a join recipient r on r.id = a.recipient_id and r.external_reference like 'DEMO-%'
			join organisation o on o.id = a.organisation_id
			where a.created_at < current_date and
			""";

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DemoOutcomes outcomes;

	@Autowired
	InstrumentDirectory instruments;

	@Test
	void bothDemoOrganisationsHaveBaselinesAndFollowUps() {
		for (String organisation : List.of("Københavns Kommune", "Aarhus Kommune")) {
			assertThat(count("select count(*) " + DEMO + "o.name = ? and a.timepoint = 'BASELINE'", organisation))
				.as(organisation)
				.isGreaterThanOrEqualTo(8);
			assertThat(count("select count(*) " + DEMO + "o.name = ? and a.timepoint = 'MONTH_3'", organisation))
				.as(organisation)
				.isPositive();
		}
		assertThat(count("select count(*) " + DEMO + "a.timepoint = 'MONTH_6'")).isPositive();
		assertThat(count("select count(*) " + DEMO + "a.status <> 'COMPLETED'")).isZero();
	}

	@Test
	void mostRecipientsImproveAndAFewDecline() {
		// Hope from baseline to 3 months, per recipient and course.
		String change = """
				select count(*) from assessment b join assessment f on f.course_id = b.course_id
				    and f.recipient_id = b.recipient_id and f.timepoint = 'MONTH_3'
				join recipient r on r.id = b.recipient_id and r.external_reference like 'DEMO-%'
				where b.timepoint = 'BASELINE' and f.score_hope - b.score_hope
				""";
		int improved = count(change + ">= 0.5");
		int declined = count(change + "<= -0.5");
		assertThat(improved).isGreaterThan(declined);
		assertThat(declined).isPositive();
	}

	@Test
	void scoresAreTheInstrumentsOwnScoresOfTheAnswers() {
		InstrumentDefinition instrument = this.instruments.standard().orElseThrow();
		List<Long> sample = this.jdbc.sql("select a.id " + DEMO + "true order by a.id limit 25")
			.query(Long.class)
			.list();
		assertThat(sample).hasSize(25);
		for (long id : sample) {
			Map<Long, Integer> answers = new HashMap<>();
			this.jdbc.sql("select item_id, answer from assessment_answer where assessment_id = ?")
				.param(id)
				.query((rs, row) -> answers.put(rs.getLong(1), rs.getInt(2)))
				.list();
			DimensionScores expected = instrument.score(answers);
			Map<String, Object> stored = this.jdbc
				.sql("""
						select answered_items, score_connection, score_hope, score_identity, score_meaning, score_empowerment
						from assessment where id = ?
						""")
				.param(id)
				.query()
				.singleRow();
			assertThat(stored.get("answered_items")).isEqualTo(expected.answeredItems());
			for (ChimeDimension dimension : ChimeDimension.values()) {
				BigDecimal score = (BigDecimal) stored.get("score_" + dimension.name().toLowerCase());
				BigDecimal wanted = expected.of(dimension);
				if (wanted == null) {
					assertThat(score).isNull();
				}
				else {
					assertThat(score).isEqualByComparingTo(wanted);
				}
			}
		}
	}

	@Test
	void everyAssessmentLiesWithinTheRecipientsConsentAndBeforeToday() {
		assertThat(count(
				"select count(*) " + DEMO
						+ """
								(a.answered_on >= ? or not exists (select 1 from consent k
								    where k.recipient_id = a.recipient_id and k.kind = 'OUTCOME_MEASUREMENT' and k.given_on <= a.answered_on
								      and (k.withdrawn_on is null or k.withdrawn_on > a.answered_on)))
								""",
				TestClock.today()))
			.isZero();
	}

	@Test
	void someBaselinesOfRunningCoursesAreLeftOverdue() {
		assertThat(count("""
				select count(*) from course c join course_recipient cr on cr.course_id = c.id
				join recipient r on r.id = cr.recipient_id and r.external_reference like 'DEMO-%'
				join organisation o on o.id = c.organisation_id and o.name in ('Københavns Kommune', 'Aarhus Kommune')
				where c.kind <> 'GROUP' and c.starts_on < ? and (c.ended_on is null or c.ended_on > ?)
				  and exists (select 1 from consent k where k.recipient_id = r.id and k.kind = 'OUTCOME_MEASUREMENT'
				              and k.withdrawn_on is null)
				  and not exists (select 1 from assessment a where a.course_id = c.id and a.recipient_id = r.id
				                  and a.timepoint = 'BASELINE')
				""", TestClock.today(), TestClock.today())).isPositive();
	}

	@Test
	void loadingAgainAddsNothing() {
		int before = count("select count(*) from assessment");
		int consents = count("select count(*) from consent");
		this.outcomes.load();
		assertThat(count("select count(*) from assessment")).isEqualTo(before);
		assertThat(count("select count(*) from consent")).isEqualTo(consents);
	}

	private int count(String sql, Object... params) {
		return this.jdbc.sql(sql).params(params).query(Integer.class).single();
	}

}
