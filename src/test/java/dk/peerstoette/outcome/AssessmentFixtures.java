package dk.peerstoette.outcome;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import dk.peerstoette.TestClock;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * What the assessment tests set up, straight in the other modules' tables: a recipient
 * with consents, in a course with a demo peer worker. Aliases carry a random tag, so
 * tests sharing the database never see each other's rows.
 */
final class AssessmentFixtures {

	static final String COPENHAGEN = "Københavns Kommune";

	static final String AARHUS = "Aarhus Kommune";

	private final JdbcClient jdbc;

	private final UserDetailsService users;

	AssessmentFixtures(JdbcClient jdbc, UserDetailsService users) {
		this.jdbc = jdbc;
		this.users = users;
	}

	static String tag() {
		return UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
	}

	RequestPostProcessor as(String username) {
		return user(this.users.loadUserByUsername(username));
	}

	long organisation(String name) {
		return this.jdbc.sql("select id from organisation where name = ?").param(name).query(Long.class).single();
	}

	/** A recipient of the organisation with a consent to registration, and no other. */
	long recipient(long organisationId, String alias) {
		long id = this.jdbc.sql("""
				insert into recipient (internal_number, alias, organisation_id, unit_id, target_group_id)
				values (?, ?, ?, (select min(id) from unit where organisation_id = ? and active),
				        (select id from lookup_value where list_name = 'TARGET_GROUP' and code = 'OTHER'))
				returning id
				""").params("A-" + tag(), alias, organisationId, organisationId).query(Long.class).single();
		consent(id, "REGISTRATION", TestClock.today().minusYears(1), null);
		return id;
	}

	void consent(long recipientId, String kind, LocalDate givenOn, @Nullable LocalDate withdrawnOn) {
		this.jdbc.sql("insert into consent (recipient_id, kind, given_on, method, withdrawn_on) values (?, ?, ?, ?, ?)")
			.params(recipientId, kind, givenOn, "WRITTEN", withdrawnOn)
			.update();
	}

	/** The peer worker linked to a demo login, made if there is none. */
	long peerWorkerOfUser(String username, long organisationId) {
		long userId = this.jdbc.sql("select id from staff_user where username = ?")
			.param(username)
			.query(Long.class)
			.single();
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

	/** An individual course of the recipient's organisation, with these peer workers. */
	long course(long recipientId, LocalDate startsOn, List<Long> peerWorkerIds) {
		long id = this.jdbc.sql("""
				insert into course (kind, organisation_id, unit_id, starts_on)
				select 'INDIVIDUAL', organisation_id, unit_id, ? from recipient where id = ? returning id
				""").params(startsOn, recipientId).query(Long.class).single();
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

	/** The standard instrument's item ids, by position. */
	List<Long> standardItems() {
		return this.jdbc.sql("""
				select it.id from instrument_item it join instrument i on i.id = it.instrument_id
				where i.code = 'CHIME-10' and i.version_number = 1 order by it.position
				""").query(Long.class).list();
	}

	long standardInstrument() {
		return this.jdbc.sql("select id from instrument where code = 'CHIME-10' and version_number = 1")
			.query(Long.class)
			.single();
	}

	int assessments(long recipientId) {
		return this.jdbc.sql("select count(*) from assessment where recipient_id = ?")
			.param(recipientId)
			.query(Integer.class)
			.single();
	}

	long assessmentOf(long recipientId) {
		return this.jdbc.sql("select id from assessment where recipient_id = ? order by id desc limit 1")
			.param(recipientId)
			.query(Long.class)
			.single();
	}

	int audited(long assessmentId, String action, String outcome, String username) {
		return this.jdbc.sql("""
				select count(*) from audit_event
				where entity_type = 'ASSESSMENT' and entity_id = ? and action = ? and outcome = ? and actor_username = ?
				""").params(String.valueOf(assessmentId), action, outcome, username).query(Integer.class).single();
	}

}
