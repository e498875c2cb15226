package dk.peerstoette.course;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import dk.peerstoette.partnership.ManagedListDirectory;
import dk.peerstoette.recipient.SubjectAccessSection;
import dk.peerstoette.recipient.SubjectAccessSection.Entry;
import dk.peerstoette.recipient.SubjectAccessSection.Field;
import dk.peerstoette.recipient.SubjectAccessSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A recipient's courses for their subject access export: every course they take part in,
 * with its unit, period, end and goals, and the peer workers who run it.
 */
@Component
class CourseSubjectAccess implements SubjectAccessSource {

	private final JdbcClient jdbc;

	private final ManagedListDirectory lists;

	private final Clock clock;

	CourseSubjectAccess(JdbcClient jdbc, ManagedListDirectory lists, Clock clock) {
		this.jdbc = jdbc;
		this.lists = lists;
		this.clock = clock;
	}

	@Override
	public Set<String> tables() {
		return Set.of("course_recipient", "course", "course_peer");
	}

	@Override
	public int order() {
		return 10;
	}

	@Override
	@Transactional(readOnly = true)
	public List<SubjectAccessSection> sectionsOf(long recipientId, Locale locale) {
		List<Row> rows = this.jdbc.sql("""
				select c.id, c.kind, c.title, u.name as unit, c.starts_on, c.planned_end_on, c.ended_on,
				       c.end_reason_id, c.discharge_on, c.goals, c.bridge_to, c.created_at, c.updated_at,
				       coalesce(array_agg(pw.full_name order by pw.full_name) filter (where pw.id is not null), '{}')
				           as peers
				from course c
				join course_recipient cr on cr.course_id = c.id and cr.recipient_id = :recipient
				join unit_view u on u.id = c.unit_id
				left join course_peer cp on cp.course_id = c.id
				left join peer_worker_view pw on pw.id = cp.peer_worker_id
				group by c.id, u.name
				order by c.starts_on, c.id
				""").param("recipient", recipientId).query((rs, n) -> {
			Long endReason = rs.getObject("end_reason_id", Long.class);
			return new Row(rs.getLong("id"), rs.getString("kind"), rs.getString("title"), rs.getString("unit"),
					rs.getObject("starts_on", LocalDate.class), rs.getObject("planned_end_on", LocalDate.class),
					rs.getObject("ended_on", LocalDate.class), endReason, rs.getObject("discharge_on", LocalDate.class),
					rs.getString("goals"), rs.getString("bridge_to"), rs.getTimestamp("created_at").toInstant(),
					rs.getTimestamp("updated_at").toInstant(), List.of((String[]) rs.getArray("peers").getArray()));
		}).list();
		Map<Long, String> endReasons = this.lists
			.names(rows.stream().map(Row::endReasonId).filter(Objects::nonNull).map(Long.class::cast).toList(), locale);
		LocalDate today = LocalDate.now(this.clock);
		List<Entry> entries = new ArrayList<>();
		for (Row row : rows) {
			CourseStatus status = CourseStatus.of(row.startsOn(), row.endedOn(), today);
			entries.add(Entry.of(Field.of("id", row.id()), Field.code("kind", "course.kind.", row.kind()),
					Field.of("title", row.title()), Field.of("unit", row.unit()),
					Field.code("status", "course.status.", status), Field.of("startsOn", row.startsOn()),
					Field.of("plannedEndOn", row.plannedEndOn()), Field.of("endedOn", row.endedOn()),
					Field.of("endReason", (row.endReasonId() != null) ? endReasons.get(row.endReasonId()) : null),
					Field.of("dischargeOn", row.dischargeOn()), Field.of("goals", row.goals()),
					Field.code("bridgeTo", "course.bridgeTo.", row.bridgeTo()),
					Field.of("peerWorkers", String.join(", ", row.peerWorkers())),
					Field.of("createdAt", row.createdAt()), Field.of("changedAt", row.updatedAt())));
		}
		return List.of(new SubjectAccessSection("courses", "course.export.", entries));
	}

	private record Row(long id, String kind, @Nullable String title, String unit, LocalDate startsOn,
			@Nullable LocalDate plannedEndOn, @Nullable LocalDate endedOn, @Nullable Long endReasonId,
			@Nullable LocalDate dischargeOn, @Nullable String goals, @Nullable String bridgeTo, Instant createdAt,
			Instant updatedAt, List<String> peerWorkers) {

	}

}
