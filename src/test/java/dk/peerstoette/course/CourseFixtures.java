package dk.peerstoette.course;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Rows of other modules' tables for course tests, inserted with SQL: recipients and peer
 * workers, and courses straight into the course tables where a test is about reading
 * them. Names carry a random tag, so tests sharing the database never see each other's
 * rows.
 */
final class CourseFixtures {

	static final String COPENHAGEN = "Københavns Kommune";

	static final String AARHUS = "Aarhus Kommune";

	private final JdbcClient jdbc;

	CourseFixtures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	static String tag() {
		return UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
	}

	long organisation(String name) {
		return this.jdbc.sql("select id from organisation where name = ?").param(name).query(Long.class).single();
	}

	/** The organisation's active units, by name. */
	List<Long> units(long organisationId) {
		return this.jdbc.sql("select id from unit where organisation_id = ? and active order by name, id")
			.param(organisationId)
			.query(Long.class)
			.list();
	}

	long unit(long organisationId) {
		return units(organisationId).get(0);
	}

	long endReason(String code) {
		return this.jdbc.sql("select id from lookup_value where list_name = 'END_REASON' and code = ?")
			.param(code)
			.query(Long.class)
			.single();
	}

	long model() {
		return this.jdbc.sql("select id from peer_support_model where active order by id limit 1")
			.query(Long.class)
			.single();
	}

	long userId(String username) {
		return this.jdbc.sql("select id from staff_user where username = ?").param(username).query(Long.class).single();
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

	/** An active peer worker of the organisation, without a login. */
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

	/** A course written straight into the tables, for tests about reading courses. */
	long course(long organisationId, CourseKind kind, @Nullable String title, LocalDate startsOn,
			@Nullable LocalDate plannedEndOn, @Nullable LocalDate endedOn, @Nullable LocalDate dischargeOn,
			List<Long> recipientIds, List<Long> peerWorkerIds) {
		return course(organisationId, unit(organisationId), kind, title, startsOn, plannedEndOn, endedOn, dischargeOn,
				recipientIds, peerWorkerIds);
	}

	long course(long organisationId, long unitId, CourseKind kind, @Nullable String title, LocalDate startsOn,
			@Nullable LocalDate plannedEndOn, @Nullable LocalDate endedOn, @Nullable LocalDate dischargeOn,
			List<Long> recipientIds, List<Long> peerWorkerIds) {
		Long endReason = (endedOn != null) ? endReason("COMPLETED") : null;
		long id = this.jdbc.sql("""
				insert into course (kind, title, organisation_id, unit_id, starts_on, planned_end_on, ended_on,
				                    end_reason_id, discharge_on)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id
				""")
			.params(kind.name(), title, organisationId, unitId, startsOn, plannedEndOn, endedOn, endReason, dischargeOn)
			.query(Long.class)
			.single();
		for (long recipientId : recipientIds) {
			this.jdbc.sql("insert into course_recipient (course_id, recipient_id) values (?, ?)")
				.params(id, recipientId)
				.update();
		}
		for (long peerWorkerId : peerWorkerIds) {
			this.jdbc.sql("insert into course_peer (course_id, peer_worker_id) values (?, ?)")
				.params(id, peerWorkerId)
				.update();
		}
		return id;
	}

	int audited(String username, String action, String outcome, long courseId) {
		return this.jdbc.sql("""
				select count(*) from audit_event
				where entity_type = 'COURSE' and entity_id = ? and actor_username = ? and action = ? and outcome = ?
				""").params(String.valueOf(courseId), username, action, outcome).query(Integer.class).single();
	}

	record Recipient(long id, String number, String alias) {
	}

}
