package dk.peerstoette.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.jspecify.annotations.Nullable;

import dk.peerstoette.instrument.ChimeDimension;
import dk.peerstoette.instrument.DimensionScores;
import dk.peerstoette.instrument.InstrumentDefinition;
import dk.peerstoette.instrument.InstrumentDirectory;

import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * CHIME-10 assessments of the demo caseload of the organisations with a demo login: the
 * consent to outcome measurement for most recipients who lack it, then for each started
 * course a completed baseline (a few left undone, so the due list shows overdue ones),
 * the 3-month follow-up where it has fallen due and the 6-month one for some. Each
 * recipient has a level per dimension that mostly rises a little over time, with noise; a
 * few decline. Scores are those of the instrument's own scoring rule. An organisation
 * that has assessments already is left as it is.
 */
@Component
@Profile("!prod")
@Order(10)
class DemoOutcomes implements DemoPart {

	private final JdbcClient jdbc;

	private final InstrumentDirectory instruments;

	private final Clock clock;

	DemoOutcomes(JdbcClient jdbc, InstrumentDirectory instruments, Clock clock) {
		this.jdbc = jdbc;
		this.instruments = instruments;
		this.clock = clock;
	}

	@Override
	public void load() {
		InstrumentDefinition instrument = this.instruments.standard().orElse(null);
		if (instrument == null) {
			return;
		}
		LocalDate today = LocalDate.now(this.clock);
		for (long organisation : DemoLoginQueries.organisationsToFill(this.jdbc,
				"select exists (select 1 from assessment where organisation_id = ?)")) {
			Long coordinator = DemoLoginQueries.coordinator(this.jdbc, organisation);
			if (coordinator != null) {
				Random random = new Random(organisation * 101);
				consents(organisation, random);
				assessments(organisation, coordinator, instrument, today, random);
			}
		}
	}

	/** Four in five demo recipients with a course and no such consent get it. */
	private void consents(long organisation, Random random) {
		List<Missing> missing = this.jdbc
			.sql("""
					select r.id, least(coalesce(r.referral_date, min(c.starts_on)), min(c.starts_on)) as given_on
					from recipient r
					join course_recipient cr on cr.recipient_id = r.id
					join course c on c.id = cr.course_id
					where r.organisation_id = ? and r.external_reference like ?
					  and not exists (select 1 from consent k where k.recipient_id = r.id and k.kind = 'OUTCOME_MEASUREMENT')
					group by r.id
					order by r.id
					""")
			.params(organisation, DemoCaseload.REFERENCE_PREFIX + "%")
			.query(Missing.class)
			.list();
		for (Missing recipient : missing) {
			if (random.nextInt(5) != 0) {
				this.jdbc
					.sql("insert into consent (recipient_id, kind, given_on, method) "
							+ "values (?, 'OUTCOME_MEASUREMENT', ?, 'WRITTEN')")
					.params(recipient.id(), recipient.givenOn())
					.update();
			}
		}
	}

	private void assessments(long organisation, long coordinator, InstrumentDefinition instrument, LocalDate today,
			Random random) {
		List<Measured> measured = this.jdbc
			.sql("""
					select c.id as course_id, c.unit_id, c.starts_on, coalesce(c.ended_on, c.planned_end_on) as ends_on,
					       cr.recipient_id, k.given_on, k.withdrawn_on,
					       (select min(pw.staff_user_id) from course_peer cp join peer_worker pw on pw.id = cp.peer_worker_id
					        where cp.course_id = c.id) as peer_user_id
					from course c
					join course_recipient cr on cr.course_id = c.id
					join recipient r on r.id = cr.recipient_id
					join lateral (select k.given_on, k.withdrawn_on from consent k
					             where k.recipient_id = r.id and k.kind = 'OUTCOME_MEASUREMENT'
					             order by k.given_on desc, k.id desc limit 1) k on true
					where c.organisation_id = ? and r.external_reference like ? and c.kind <> 'GROUP'
					  and c.starts_on <= ?
					order by c.id, cr.recipient_id
					""")
			.params(organisation, DemoCaseload.REFERENCE_PREFIX + "%", today)
			.query(Measured.class)
			.list();
		boolean leftUndone = false;
		for (Measured course : measured) {
			// A few baselines of recent courses are left undone, so the due list shows
			// them
			// as overdue; older courses mostly have theirs.
			boolean recent = course.startsOn().isAfter(today.minusDays(60));
			if ((recent && !leftUndone) || random.nextInt(recent ? 2 : 25) == 0) {
				leftUndone |= recent;
				continue;
			}
			Map<ChimeDimension, Double> level = new EnumMap<>(ChimeDimension.class);
			for (ChimeDimension dimension : ChimeDimension.values()) {
				level.put(dimension, 0.9 + random.nextDouble() * 1.6);
			}
			// Most gain a little every three months; one in seven loses ground.
			double trend = (random.nextInt(7) == 0) ? -0.25 - random.nextDouble() * 0.3
					: 0.1 + random.nextDouble() * 0.45;
			long author = (course.peerUserId() != null) ? course.peerUserId() : coordinator;
			// Where the consent came after the start, the baseline was taken soon after
			// it.
			LocalDate baselineOn = course.startsOn().plusDays(random.nextInt(10));
			if (course.givenOn().isAfter(baselineOn)) {
				baselineOn = course.givenOn().plusDays(random.nextInt(7));
			}
			if (!assess(course, "BASELINE", baselineOn, level, author, instrument, today, random)) {
				continue;
			}
			// One in ten misses the 3-month follow-up, and then the 6-month one too.
			LocalDate month3 = course.startsOn().plusMonths(3).plusDays(random.nextInt(14) - 4);
			if (random.nextInt(10) == 0 || month3.isBefore(baselineOn.plusDays(30))) {
				continue;
			}
			drift(level, trend, random);
			if (!assess(course, "MONTH_3", month3, level, author, instrument, today, random)) {
				continue;
			}
			LocalDate month6 = course.startsOn().plusMonths(6).plusDays(random.nextInt(14) - 4);
			if (random.nextInt(3) != 0) {
				drift(level, trend, random);
				assess(course, "MONTH_6", month6, level, author, instrument, today, random);
			}
		}
	}

	/** Moves each dimension by the trend, with noise of its own. */
	private static void drift(Map<ChimeDimension, Double> level, double trend, Random random) {
		level.replaceAll((dimension, value) -> Math.max(0, Math.min(4, value + trend + random.nextGaussian() * 0.25)));
	}

	/**
	 * A completed assessment on the day, if the day has come, lies within the course and
	 * within the consent; whether it was written.
	 */
	private boolean assess(Measured course, String timepoint, LocalDate on, Map<ChimeDimension, Double> level,
			long author, InstrumentDefinition instrument, LocalDate today, Random random) {
		boolean inConsent = !on.isBefore(course.givenOn())
				&& (course.withdrawnOn() == null || on.isBefore(course.withdrawnOn()));
		boolean inCourse = course.endsOn() == null || !on.isAfter(course.endsOn());
		if (on.isAfter(today.minusDays(1)) || !inConsent || !inCourse) {
			return false;
		}
		Map<Long, Integer> answers = new HashMap<>();
		for (InstrumentDefinition.Item item : instrument.items()) {
			// Now and then an item is left out.
			if (random.nextInt(25) == 0) {
				continue;
			}
			int value = (int) Math.round(level.get(item.chime()) + random.nextGaussian() * 0.6);
			value = Math.max(instrument.scaleMin(), Math.min(instrument.scaleMax(), value));
			answers.put(item.id(),
					item.reverseScored() ? instrument.scaleMin() + instrument.scaleMax() - value : value);
		}
		DimensionScores scores = instrument.score(answers);
		String respondent = new String[] { "SELF", "SELF", "SELF", "WITH_PEER", "WITH_PEER", "PEER_RATED" }[random
			.nextInt(6)];
		long id = this.jdbc.sql("""
				insert into assessment (recipient_id, course_id, organisation_id, unit_id, instrument_id, timepoint,
				    answered_on, respondent, status, answered_items, score_connection, score_hope, score_identity,
				    score_meaning, score_empowerment, created_by, created_at, completed_at, updated_at)
				select ?, c.id, c.organisation_id, c.unit_id, ?, ?, ?, ?, 'COMPLETED', ?, ?, ?, ?, ?, ?, ?,
				       ?::date + ?::time, ?::date + ?::time, ?::date + ?::time
				from course c where c.id = ?
				returning id
				""")
			.params(course.recipientId(), instrument.id(), timepoint, on, respondent, scores.answeredItems(),
					score(scores, ChimeDimension.CONNECTION), score(scores, ChimeDimension.HOPE),
					score(scores, ChimeDimension.IDENTITY), score(scores, ChimeDimension.MEANING),
					score(scores, ChimeDimension.EMPOWERMENT), author, on, LocalTime.of(10, 0), on,
					LocalTime.of(10, 20), on, LocalTime.of(10, 20), course.courseId())
			.query(Long.class)
			.single();
		answers.forEach((item, answer) -> this.jdbc
			.sql("insert into assessment_answer (assessment_id, item_id, answer) values (?, ?, ?)")
			.params(id, item, answer)
			.update());
		return true;
	}

	private static @Nullable BigDecimal score(DimensionScores scores, ChimeDimension dimension) {
		return scores.of(dimension);
	}

	record Missing(long id, LocalDate givenOn) {
	}

	record Measured(long courseId, long unitId, LocalDate startsOn, @Nullable LocalDate endsOn, long recipientId,
			LocalDate givenOn, @Nullable LocalDate withdrawnOn, @Nullable Long peerUserId) {
	}

}
