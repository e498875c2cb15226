package dk.peerstoette.contact;

import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Writes who came to a group meeting and who ran a meeting or took part. A correction
 * forgets what was stored and stores it again.
 */
@Repository
class MeetingParticipantRepository {

	private final JdbcClient jdbc;

	MeetingParticipantRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Stores who came to a group meeting. */
	void insertAttendance(long contactId, Map<Long, Attendance> attendance) {
		attendance.forEach((recipientId, value) -> this.jdbc
			.sql("insert into contact_attendance (contact_id, recipient_id, attendance) values (?, ?, ?)")
			.params(contactId, recipientId, value.name())
			.update());
	}

	/** Stores who ran a meeting or took part, besides the peer worker on the contact. */
	void insertFacilitators(long contactId, List<Long> peerWorkerIds, List<String> colleagues) {
		for (long peerWorkerId : peerWorkerIds) {
			this.jdbc.sql("insert into contact_facilitator (contact_id, peer_worker_id) values (?, ?)")
				.params(contactId, peerWorkerId)
				.update();
		}
		for (String colleague : colleagues) {
			this.jdbc.sql("insert into contact_facilitator (contact_id, colleague_name) values (?, ?)")
				.params(contactId, colleague)
				.update();
		}
	}

	/** Forgets a meeting's attendance, to store it again as corrected. */
	void deleteAttendance(long contactId) {
		this.jdbc.sql("delete from contact_attendance where contact_id = ?").param(contactId).update();
	}

	/** Forgets who ran a meeting or took part, to store it again as corrected. */
	void deleteFacilitators(long contactId) {
		this.jdbc.sql("delete from contact_facilitator where contact_id = ?").param(contactId).update();
	}

}
