package dk.peerstoette.outcome;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import dk.peerstoette.TestClock;
import dk.peerstoette.TestProgramme;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Rows for outcome tests, inserted with SQL: recipients with consents, peer workers,
 * courses and assessments with hand-made scores. Aliases carry a random tag, so tests
 * sharing the database find only their own rows.
 */
final class OutcomeFixtures extends TestProgramme {

	OutcomeFixtures(JdbcClient jdbc) {
		super(jdbc);
	}

	void consent(long recipientId, String kind, LocalDate givenOn, @Nullable LocalDate withdrawnOn) {
		this.jdbc.sql(
				"insert into consent (recipient_id, kind, given_on, method, withdrawn_on) values (?, ?, ?, 'WRITTEN', ?)")
			.params(recipientId, kind, givenOn, withdrawnOn)
			.update();
	}

	/** A recipient who consents to outcome measurement from a year ago. */
	Recipient measured(long organisationId, String alias) {
		Recipient recipient = recipient(organisationId, alias);
		consent(recipient.id(), "OUTCOME_MEASUREMENT", TestClock.today().minusYears(1), null);
		return recipient;
	}

	/** An individual course of one recipient. */
	long course(long organisationId, LocalDate startsOn, @Nullable LocalDate plannedEndOn, @Nullable LocalDate endedOn,
			long recipientId, List<Long> peerWorkerIds) {
		long id = this.jdbc
			.sql("""
					insert into course (kind, organisation_id, unit_id, starts_on, planned_end_on, ended_on, end_reason_id)
					values ('INDIVIDUAL', ?, ?, ?, ?, ?,
					        case when ?::date is null then null
					             else (select id from lookup_value where list_name = 'END_REASON' and code = 'COMPLETED') end)
					returning id
					""")
			.params(organisationId, unit(organisationId), startsOn, plannedEndOn, endedOn, endedOn)
			.query(Long.class)
			.single();
		this.jdbc.sql("insert into course_recipient (course_id, recipient_id) values (?, ?)")
			.params(id, recipientId)
			.update();
		for (long peerWorkerId : peerWorkerIds) {
			this.jdbc.sql("insert into course_peer (course_id, peer_worker_id) values (?, ?)")
				.params(id, peerWorkerId)
				.update();
		}
		return id;
	}

	/**
	 * An assessment of CHIME-10 with the given scores (connection, hope, identity,
	 * meaning, empowerment; null for none), completed unless {@code completed} is false.
	 */
	long assessment(long recipientId, long courseId, Timepoint timepoint, LocalDate answeredOn, boolean completed,
			@Nullable BigDecimal... scores) {
		BigDecimal[] s = (scores.length == 5) ? scores : new BigDecimal[5];
		return this.jdbc.sql("""
				insert into assessment (recipient_id, course_id, organisation_id, unit_id, instrument_id, timepoint,
				    answered_on, respondent, status, answered_items, score_connection, score_hope, score_identity,
				    score_meaning, score_empowerment, created_by, completed_at)
				select ?, c.id, c.organisation_id, c.unit_id,
				       (select id from instrument where code = 'CHIME-10' order by version_number desc limit 1),
				       ?, ?, 'SELF', ?, 10, ?, ?, ?, ?, ?, (select id from staff_user where username = 'koordinator'),
				       case when ? then now() end
				from course c where c.id = ?
				returning id
				""")
			.params(recipientId, timepoint.name(), answeredOn, completed ? "COMPLETED" : "IN_PROGRESS", s[0], s[1],
					s[2], s[3], s[4], completed, courseId)
			.query(Long.class)
			.single();
	}

}
