package dk.peerstoette.contact;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What group meetings, organisational activities and planned meetings add to a contact,
 * in SQL: who attended a group meeting, who ran it or took part, the group courses a user
 * may hold a meeting in, and a user's planned meetings that are due.
 */
@Component
class MeetingQueries {

	/** How many due meetings the start page shows at most. */
	static final int DUE_LIMIT = 50;

	private final JdbcClient jdbc;

	MeetingQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A group course, started or not. */
	Optional<GroupCourseOption> groupCourse(long courseId) {
		return this.jdbc.sql("""
				select c.id, c.title, u.name as unit_name, c.ended_on,
				       (select count(*) from course_recipient_view cr where cr.course_id = c.id) as members
				from course_view c
				join unit_view u on u.id = c.unit_id
				where c.kind = 'GROUP' and c.id = :course
				""").param("course", courseId).query(GroupCourseOption.class).optional();
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

	/** A group meeting's attendance as stored, by recipient id. */
	Map<Long, Attendance> storedAttendance(long contactId) {
		Map<Long, Attendance> attendance = new LinkedHashMap<>();
		this.jdbc
			.sql("select recipient_id, attendance from contact_attendance where contact_id = ? order by recipient_id")
			.param(contactId)
			.query((rs) -> {
				attendance.put(rs.getLong("recipient_id"), Attendance.valueOf(rs.getString("attendance")));
			});
		return attendance;
	}

	/** The recipients' numbers (R-...), by id, for the history. */
	Map<Long, String> numbersOf(Collection<Long> recipientIds) {
		Map<Long, String> numbers = new HashMap<>();
		if (!recipientIds.isEmpty()) {
			this.jdbc.sql("select id, internal_number from recipient_view where id in (:ids)")
				.param("ids", recipientIds)
				.query((rs) -> {
					numbers.put(rs.getLong("id"), rs.getString("internal_number"));
				});
		}
		return numbers;
	}

	/** The peer workers who ran a meeting besides its peer worker, as stored. */
	List<Long> facilitatorIds(long contactId) {
		return this.jdbc
			.sql("select peer_worker_id from contact_facilitator where contact_id = ? and peer_worker_id is not null "
					+ "order by peer_worker_id")
			.param(contactId)
			.query(Long.class)
			.list();
	}

	/** The colleagues who ran a meeting or took part, as stored. */
	List<String> colleagueNames(long contactId) {
		return this.jdbc
			.sql("select colleague_name from contact_facilitator where contact_id = ? and colleague_name is not null "
					+ "order by id")
			.param(contactId)
			.query(String.class)
			.list();
	}

	/** Forgets a meeting's attendance, to store it again as corrected. */
	void deleteAttendance(long contactId) {
		this.jdbc.sql("delete from contact_attendance where contact_id = ?").param(contactId).update();
	}

	/** Forgets who ran a meeting or took part, to store it again as corrected. */
	void deleteFacilitators(long contactId) {
		this.jdbc.sql("delete from contact_facilitator where contact_id = ?").param(contactId).update();
	}

	/** Who was at a group meeting, by alias. */
	List<AttendanceRow> attendance(long contactId) {
		return this.jdbc.sql("""
				select r.id as recipient_id, r.label as label, a.attendance
				from contact_attendance a join recipient_view r on r.id = a.recipient_id
				where a.contact_id = ? order by lower(r.alias), r.internal_number
				""").param(contactId).query(AttendanceRow.class).list();
	}

	/**
	 * The peer workers, then the colleagues, who ran a meeting or took part besides its
	 * peer worker.
	 */
	List<String> facilitators(long contactId) {
		return this.jdbc
			.sql("""
					select coalesce(pw.full_name, f.colleague_name) from contact_facilitator f
					left join peer_worker_view pw on pw.id = f.peer_worker_id
					where f.contact_id = ? order by (f.peer_worker_id is null), lower(coalesce(pw.full_name, f.colleague_name)), f.id
					""")
			.param(contactId)
			.query(String.class)
			.list();
	}

	/** The unit a peer worker works in first, if any is active. */
	Optional<Long> unitOf(long peerWorkerId) {
		return this.jdbc.sql("""
				select pu.unit_id from peer_worker_unit_view pu join unit_view u on u.id = pu.unit_id
				where pu.peer_worker_id = ? and u.active order by lower(u.name), u.id limit 1
				""").param(peerWorkerId).query(Long.class).optional();
	}

	/**
	 * The planned meetings due by a day (on it, or before it and so overdue), oldest
	 * first: those a peer worker holds, or those a user created (the other argument
	 * null).
	 */
	List<DueMeeting> due(@Nullable Long peerWorkerId, @Nullable Long createdBy, LocalDate day) {
		return this.jdbc.sql("""
				select c.id, c.occurred_on, c.starts_at, c.duration_minutes, 'contact.kind.' || c.kind as kind_key,
				       c.recipient_id, r.label as recipient,
				       pw.full_name as peer_worker, c.occurred_on < :day as overdue
				from contact c
				left join recipient_view r on r.id = c.recipient_id
				left join peer_worker_view pw on pw.id = c.peer_worker_id
				where c.status = 'PLANNED' and c.deleted_at is null and c.occurred_on <= :day
				  and (c.peer_worker_id = :me or c.created_by = :createdBy)
				order by c.occurred_on, c.starts_at, c.id
				limit :limit
				""")
			.param("me", (peerWorkerId != null) ? peerWorkerId : -1L)
			.param("createdBy", (createdBy != null) ? createdBy : -1L)
			.param("day", day)
			.param("limit", DUE_LIMIT)
			.query((rs, row) -> new DueMeeting(rs.getLong("id"), rs.getObject("occurred_on", LocalDate.class),
					rs.getObject("starts_at", LocalTime.class), rs.getInt("duration_minutes"), rs.getString("kind_key"),
					rs.getObject("recipient_id", Long.class), rs.getString("recipient"), rs.getString("peer_worker"),
					rs.getBoolean("overdue")))
			.list();
	}

	/** A group course a meeting may be held in: its title, unit, members and end. */
	record GroupCourseOption(long id, @Nullable String title, String unitName, @Nullable LocalDate endedOn,
			long members) {

	}

	/** One member at a group meeting. */
	record AttendanceRow(long recipientId, String label, Attendance attendance) {

	}

}
