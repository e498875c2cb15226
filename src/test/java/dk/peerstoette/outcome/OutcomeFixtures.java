package dk.peerstoette.outcome;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Rows for outcome tests, inserted with SQL: recipients with consents, peer workers,
 * courses and assessments with hand-made scores. Aliases carry a random tag, so tests
 * sharing the database find only their own rows.
 */
final class OutcomeFixtures {

	static final String COPENHAGEN = "Københavns Kommune";

	static final String AARHUS = "Aarhus Kommune";

	private final JdbcClient jdbc;

	OutcomeFixtures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	static String tag() {
		return UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
	}

	long organisation(String name) {
		return this.jdbc.sql("select id from organisation where name = ?").param(name).query(Long.class).single();
	}

	long userId(String username) {
		return this.jdbc.sql("select id from staff_user where username = ?").param(username).query(Long.class).single();
	}

	long unit(long organisationId) {
		return this.jdbc.sql("select id from unit where organisation_id = ? and active order by name, id limit 1")
			.param(organisationId)
			.query(Long.class)
			.single();
	}

	/** A recipient of the organisation, with a fresh internal number. */
	Recipient recipient(long organisationId, String alias) {
		String number = "T-" + tag();
		long id = this.jdbc.sql("""
				insert into recipient (internal_number, alias, organisation_id, unit_id, target_group_id)
				values (?, ?, ?, ?, (select id from lookup_value where list_name = 'TARGET_GROUP' and code = 'OTHER'))
				returning id
				""").params(number, alias, organisationId, unit(organisationId)).query(Long.class).single();
		return new Recipient(id, number, alias);
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
		consent(recipient.id(), "OUTCOME_MEASUREMENT", LocalDate.now().minusYears(1), null);
		return recipient;
	}

	long peerWorker(long organisationId, String name) {
		return this.jdbc.sql("""
				insert into peer_worker (organisation_id, full_name, employment_form, peer_role, starts_on)
				values (?, ?, 'PAID', 'SUPPLEMENTARY', current_date - 365) returning id
				""").params(organisationId, name).query(Long.class).single();
	}

	/** The peer worker linked to a login: the existing one, or a new one. */
	long peerWorkerOfUser(String username, long organisationId) {
		long userId = userId(username);
		this.jdbc
			.sql("""
					insert into peer_worker (organisation_id, full_name, employment_form, peer_role, starts_on, staff_user_id)
					values (?, ?, 'PAID', 'SUPPLEMENTARY', current_date - 365, ?)
					on conflict (staff_user_id) do nothing
					""")
			.params(organisationId, "Peer " + username, userId)
			.update();
		return this.jdbc.sql("select id from peer_worker where staff_user_id = ?")
			.param(userId)
			.query(Long.class)
			.single();
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

	record Recipient(long id, String number, String alias) {
	}

}
