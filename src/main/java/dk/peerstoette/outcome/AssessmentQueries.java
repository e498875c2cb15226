package dk.peerstoette.outcome;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The reads around assessments that span other modules' tables. */
@Repository
class AssessmentQueries {

	/**
	 * A recipient's assessments in the courses of an organisation (coordinator) or of a
	 * peer worker (peer worker).
	 */
	private static final String OF_RECIPIENT_IN_SCOPE = """
			a.recipient_id = :r
			  and (a.organisation_id = :org
			       or exists (select 1 from course_peer_view cp where cp.course_id = a.course_id and cp.peer_worker_id = :pw))""";

	private final JdbcClient jdbc;

	AssessmentQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** What the rules need to know of a course. */
	record CourseFacts(long id, long organisationId, long unitId, String kind, @Nullable String title,
			LocalDate startsOn, @Nullable LocalDate endedOn) {
	}

	Optional<CourseFacts> course(long courseId) {
		return this.jdbc
			.sql("select id, organisation_id, unit_id, kind, title, starts_on, ended_on from course_view where id = ?")
			.param(courseId)
			.query(CourseFacts.class)
			.optional();
	}

	boolean isRecipientOf(long courseId, long recipientId) {
		return this.jdbc
			.sql("select exists (select 1 from course_recipient_view where course_id = ? and recipient_id = ?)")
			.params(courseId, recipientId)
			.query(Boolean.class)
			.single();
	}

	boolean isPeerWorkerOf(long courseId, @Nullable Long peerWorkerId) {
		if (peerWorkerId == null) {
			return false;
		}
		return this.jdbc
			.sql("select exists (select 1 from course_peer_view where course_id = ? and peer_worker_id = ?)")
			.params(courseId, peerWorkerId)
			.query(Boolean.class)
			.single();
	}

	/** The recipient's alias and internal number, as pages show them. */
	String recipientLabel(long recipientId) {
		return this.jdbc.sql("select label from recipient_view where id = ?")
			.param(recipientId)
			.query(String.class)
			.single();
	}

	/**
	 * Whether the recipient's consent to outcome measurement has been withdrawn, on or
	 * before the day, and none is in force on the day.
	 */
	boolean consentWithdrawn(long recipientId, LocalDate today) {
		return this.jdbc.sql("""
				select exists (select 1 from consent_view where recipient_id = :r and kind = 'OUTCOME_MEASUREMENT'
				                 and withdrawn_on is not null and withdrawn_on <= :today)
				   and not exists (select 1 from consent_view where recipient_id = :r and kind = 'OUTCOME_MEASUREMENT'
				                 and given_on <= :today and (withdrawn_on is null or withdrawn_on > :today)
				                 and (expires_on is null or expires_on >= :today))
				""").param("r", recipientId).param("today", today).query(Boolean.class).single();
	}

	/** Whether the course has an assessment of the recipient at this timepoint. */
	boolean timepointTaken(long courseId, long recipientId, Timepoint timepoint) {
		return this.jdbc.sql("""
				select exists (select 1 from assessment where course_id = ? and recipient_id = ? and timepoint = ?)
				""").params(courseId, recipientId, timepoint.name()).query(Boolean.class).single();
	}

	/** One assessment on a recipient's timeline. */
	record TimelineRow(long id, LocalDate answeredOn, String timepoint, String status, String respondent, long ofAll) {
	}

	/**
	 * The newest {@code limit} of a recipient's assessments in the courses of an
	 * organisation (coordinator) or of a peer worker (peer worker), newest first, each
	 * with how many there are in all.
	 */
	List<TimelineRow> ofRecipient(long recipientId, @Nullable Long organisationId, @Nullable Long peerWorkerId,
			int limit) {
		return this.jdbc.sql("""
				select a.id, a.answered_on, a.timepoint, a.status, a.respondent, count(*) over () as of_all
				from assessment a
				where %s
				order by a.answered_on desc, a.id desc
				limit :limit
				""".formatted(OF_RECIPIENT_IN_SCOPE))
			.param("r", recipientId)
			.param("org", organisationId)
			.param("pw", peerWorkerId)
			.param("limit", limit)
			.query(TimelineRow.class)
			.list();
	}

}
