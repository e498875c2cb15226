package dk.peerstoette.contact;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import dk.peerstoette.recipient.SubjectAccessSection;
import dk.peerstoette.recipient.SubjectAccessSection.Entry;
import dk.peerstoette.recipient.SubjectAccessSection.Field;
import dk.peerstoette.recipient.SubjectAccessSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A recipient's contacts for their subject access export: every individual contact with
 * its note, its corrections and, if deleted, when and why; and the group meetings they
 * were a member of, with their attendance and who ran the meeting. A group meeting's note
 * is about the whole group, other members too (GDPR Art. 15(4)), so it is not handed
 * over.
 */
@Component
class ContactSubjectAccess implements SubjectAccessSource {

	private static final String COLUMNS = """
			c.id, c.kind, c.status, c.not_held_reason, c.occurred_on, c.starts_at, c.duration_minutes, c.place,
			c.chime_connection, c.chime_hope, c.chime_identity, c.chime_meaning, c.chime_empowerment,
			pw.full_name as peer_worker, c.created_at, c.updated_at, c.deleted_at
			""";

	private final JdbcClient jdbc;

	ContactSubjectAccess(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Set<String> tables() {
		return Set.of("contact", "contact_change", "contact_attendance", "contact_facilitator");
	}

	@Override
	public int order() {
		return 20;
	}

	@Override
	@Transactional(readOnly = true)
	public List<SubjectAccessSection> sectionsOf(long recipientId, Locale locale) {
		return List.of(contacts(recipientId), groupMeetings(recipientId));
	}

	private SubjectAccessSection contacts(long recipientId) {
		Map<Long, List<Entry>> changes = new LinkedHashMap<>();
		this.jdbc.sql("""
				select h.contact_id, h.changed_at, h.field, h.old_value, h.new_value
				from contact_change h
				join contact c on c.id = h.contact_id and c.recipient_id = :recipient
				order by h.changed_at, h.id
				""").param("recipient", recipientId).query((rs) -> {
			changes.computeIfAbsent(rs.getLong("contact_id"), (id) -> new ArrayList<>())
				.add(Entry.of(Field.of("changedAt", instant(rs, "changed_at")),
						Field.of("field", rs.getString("field")), Field.of("before", rs.getString("old_value")),
						Field.of("after", rs.getString("new_value"))));
		});
		List<Entry> entries = this.jdbc.sql("""
				select %s, c.note, c.override_reason, c.delete_reason, c.bridge_to, c.relatives_present
				from contact c
				left join peer_worker_view pw on pw.id = c.peer_worker_id
				where c.recipient_id = :recipient
				order by c.occurred_on, c.starts_at, c.id
				""".formatted(COLUMNS)).param("recipient", recipientId).query((rs, n) -> {
			List<Field> fields = common(rs);
			fields.add(Field.code("bridgeTo", "course.bridgeTo.", rs.getString("bridge_to")));
			fields.add(Field.of("relatives", rs.getInt("relatives_present")));
			fields.add(Field.of("note", rs.getString("note")));
			fields.add(Field.of("overrideReason", rs.getString("override_reason")));
			fields.add(Field.of("deleteReason", rs.getString("delete_reason")));
			return new Entry(fields, List.of(new SubjectAccessSection("changes", "contact.export.changes.",
					changes.getOrDefault(rs.getLong("id"), List.of()))));
		}).list();
		return new SubjectAccessSection("contacts", "contact.export.", entries);
	}

	private SubjectAccessSection groupMeetings(long recipientId) {
		Map<Long, List<String>> facilitators = new LinkedHashMap<>();
		this.jdbc.sql("""
				select f.contact_id, coalesce(pw.full_name, f.colleague_name) as name
				from contact_facilitator f
				join contact_attendance a on a.contact_id = f.contact_id and a.recipient_id = :recipient
				left join peer_worker_view pw on pw.id = f.peer_worker_id
				order by f.contact_id, f.id
				""").param("recipient", recipientId).query((rs) -> {
			facilitators.computeIfAbsent(rs.getLong("contact_id"), (id) -> new ArrayList<>()).add(rs.getString("name"));
		});
		List<Entry> entries = this.jdbc.sql("""
				select %s, a.attendance
				from contact_attendance a
				join contact c on c.id = a.contact_id
				left join peer_worker_view pw on pw.id = c.peer_worker_id
				where a.recipient_id = :recipient
				order by c.occurred_on, c.starts_at, c.id
				""".formatted(COLUMNS)).param("recipient", recipientId).query((rs, n) -> {
			List<Field> fields = common(rs);
			fields.add(Field.code("attendance", "contact.group.attendance.", rs.getString("attendance")));
			fields.add(Field.of("facilitators",
					String.join(", ", facilitators.getOrDefault(rs.getLong("id"), List.of()))));
			return new Entry(fields, List.of());
		}).list();
		return new SubjectAccessSection("groupMeetings", "contact.export.group.", entries);
	}

	private static List<Field> common(ResultSet rs) throws SQLException {
		List<String> themes = new ArrayList<>();
		for (ChimeTheme theme : ChimeTheme.values()) {
			if (rs.getBoolean("chime_" + theme.name().toLowerCase(Locale.ROOT))) {
				themes.add(theme.name());
			}
		}
		List<Field> fields = new ArrayList<>();
		fields.add(Field.of("id", rs.getLong("id")));
		fields.add(Field.code("kind", "contact.kind.", rs.getString("kind")));
		fields.add(Field.code("status", "contact.status.", rs.getString("status")));
		fields.add(Field.code("notHeldReason", "contact.notHeld.", rs.getString("not_held_reason")));
		fields.add(Field.of("date", rs.getObject("occurred_on", LocalDate.class)));
		fields.add(Field.of("startsAt", rs.getObject("starts_at", LocalTime.class)));
		fields.add(Field.of("durationMinutes", rs.getInt("duration_minutes")));
		fields.add(Field.of("place", rs.getString("place")));
		fields.add(Field.codes("chimeThemes", "contact.chime.", themes));
		fields.add(Field.of("peerWorker", rs.getString("peer_worker")));
		fields.add(Field.of("createdAt", instant(rs, "created_at")));
		fields.add(Field.of("changedAt", instant(rs, "updated_at")));
		fields.add(Field.of("deletedAt", instant(rs, "deleted_at")));
		return fields;
	}

	private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp timestamp = rs.getTimestamp(column);
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

}
