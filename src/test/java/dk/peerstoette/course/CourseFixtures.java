package dk.peerstoette.course;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import dk.peerstoette.TestProgramme;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Rows of other modules' tables for course tests, inserted with SQL: recipients and peer
 * workers, and courses straight into the course tables where a test is about reading
 * them. Names carry a random tag, so tests sharing the database never see each other's
 * rows.
 */
final class CourseFixtures extends TestProgramme {

	CourseFixtures(JdbcClient jdbc) {
		super(jdbc);
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

}
