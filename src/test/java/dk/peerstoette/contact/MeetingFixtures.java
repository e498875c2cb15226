package dk.peerstoette.contact;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static dk.peerstoette.contact.ContactFixtures.YESTERDAY;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * What the tests of group meetings, activities and plans send and set up, on top of
 * {@link ContactFixtures}: complete forms with a fresh token, and plans written straight
 * into the table.
 */
final class MeetingFixtures {

	private final JdbcClient jdbc;

	private final ContactFixtures fixtures;

	MeetingFixtures(JdbcClient jdbc, ContactFixtures fixtures) {
		this.jdbc = jdbc;
		this.fixtures = fixtures;
	}

	/**
	 * A group meeting held yesterday at 17:00 for 90 minutes, run by the peer workers,
	 * with the attendance given (recipient id to value); {@code replaced} sets other
	 * values ({@code name, value} pairs). Parameters added to the builder add values.
	 */
	MockHttpServletRequestBuilder groupMeeting(String username, long courseId, List<Long> peerWorkerIds,
			Map<Long, String> attendance, String... replaced) {
		Map<String, String> values = new LinkedHashMap<>();
		values.put("token", this.fixtures.token(username));
		values.put("courseId", String.valueOf(courseId));
		values.put("occurredOn", YESTERDAY.toString());
		values.put("startsAt", "17:00");
		values.put("durationMinutes", "90");
		MockHttpServletRequestBuilder request = form("/contacts/group", values, replaced);
		peerWorkerIds.forEach((id) -> request.param("facilitatorIds", String.valueOf(id)));
		attendance.forEach((id, value) -> request.param("attendance[" + id + "]", value));
		return request;
	}

	/**
	 * An organisational activity of the kind, yesterday at 09:00 for 60 minutes, in the
	 * unit; {@code replaced} sets other values ({@code name, value} pairs; an empty value
	 * leaves the field out).
	 */
	MockHttpServletRequestBuilder activity(String username, String kind, long unitId, String... replaced) {
		Map<String, String> values = new LinkedHashMap<>();
		values.put("token", this.fixtures.token(username));
		values.put("kind", kind);
		values.put("occurredOn", YESTERDAY.toString());
		values.put("startsAt", "09:00");
		values.put("durationMinutes", "60");
		values.put("unitId", String.valueOf(unitId));
		return form("/contacts/activities", values, replaced);
	}

	/**
	 * A form's values, some replaced ({@code name, value}; an empty value leaves it out).
	 */
	private static MockHttpServletRequestBuilder form(String path, Map<String, String> values, String... replaced) {
		for (int i = 0; i < replaced.length; i += 2) {
			values.put(replaced[i], replaced[i + 1]);
		}
		MockHttpServletRequestBuilder request = post(path).with(csrf());
		values.forEach((name, value) -> {
			if (!value.isEmpty()) {
				request.param(name, value);
			}
		});
		return request;
	}

	/** A plan with one recipient written straight into the table, by the user. */
	long planned(long courseId, long recipientId, long peerWorkerId, String username, LocalDate day, String time) {
		return this.jdbc.sql("""
				insert into contact (organisation_id, unit_id, course_id, recipient_id, peer_worker_id, kind, status,
				                     occurred_on, starts_at, duration_minutes, created_by, updated_by)
				select c.organisation_id, c.unit_id, c.id, ?, ?, 'INDIVIDUAL_CONVERSATION', 'PLANNED', ?, ?::time, 60,
				       u.id, u.id
				from course c, staff_user u where c.id = ? and u.username = ?
				returning id
				""").params(recipientId, peerWorkerId, day, time, courseId, username).query(Long.class).single();
	}

	/** A contact's row as stored. */
	Map<String, Object> row(long contactId) {
		return this.jdbc.sql("select * from contact where id = ?").param(contactId).query().singleRow();
	}

	/** The contacts held, planned or not held in a course. */
	int contactsIn(long courseId) {
		return this.jdbc.sql("select count(*) from contact where course_id = ?")
			.param(courseId)
			.query(Integer.class)
			.single();
	}

	/** The id of the contact a redirect leads to. */
	static long idOf(String redirectedUrl) {
		return Long.parseLong(redirectedUrl.substring(redirectedUrl.lastIndexOf('/') + 1));
	}

}
