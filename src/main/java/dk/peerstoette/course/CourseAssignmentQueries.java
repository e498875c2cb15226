package dk.peerstoette.course;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import dk.peerstoette.peer.Caseload;
import dk.peerstoette.peer.CaseloadEntry;
import dk.peerstoette.peer.CaseloadSize;
import dk.peerstoette.recipient.RecipientAssignments;
import dk.peerstoette.recipient.RecipientCourse;
import dk.peerstoette.security.Role;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who is assigned to whom, read straight from the course tables: a peer worker's
 * caseload, and the recipients a peer worker's login may see. Ended courses still count
 * for what a peer may see (their contacts stay theirs to read) but not for the caseload.
 */
@Component
@Transactional(readOnly = true)
class CourseAssignmentQueries implements RecipientAssignments, Caseload {

	private final JdbcClient jdbc;

	private final Clock clock;

	CourseAssignmentQueries(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public Set<Long> recipientIdsOfPeerWorker(long peerWorkerId) {
		return new HashSet<>(this.jdbc.sql("""
				select distinct cr.recipient_id
				from course_recipient cr
				join course_peer cp on cp.course_id = cr.course_id
				where cp.peer_worker_id = ?
				""").param(peerWorkerId).query(Long.class).list());
	}

	@Override
	public List<RecipientCourse> coursesOf(long recipientId) {
		return this.jdbc.sql("""
				select c.id, c.kind, c.title, c.starts_on, c.ended_on,
				       case when c.ended_on is not null and c.ended_on <= :today then 'ENDED'
				            when c.starts_on > :today then 'PLANNED' else 'ACTIVE' end as status,
				       coalesce(array_agg(pw.full_name order by pw.full_name) filter (where pw.id is not null), '{}')
				           as peers
				from course c
				join course_recipient cr on cr.course_id = c.id and cr.recipient_id = :recipient
				left join course_peer cp on cp.course_id = c.id
				left join peer_worker_view pw on pw.id = cp.peer_worker_id
				group by c.id
				order by c.starts_on desc, c.id desc
				""")
			.param("recipient", recipientId)
			.param("today", LocalDate.now(this.clock))
			.query((rs, row) -> new RecipientCourse(rs.getLong("id"), rs.getString("kind"), rs.getString("title"),
					rs.getString("status"), rs.getObject("starts_on", LocalDate.class),
					rs.getObject("ended_on", LocalDate.class), List.of((String[]) rs.getArray("peers").getArray())))
			.list();
	}

	@Override
	public CaseloadSize sizeOf(long peerWorkerId) {
		return this.jdbc.sql("""
				select count(distinct c.id) as courses, count(distinct cr.recipient_id) as recipients
				from course c
				join course_peer cp on cp.course_id = c.id and cp.peer_worker_id = :peerWorker
				left join course_recipient cr on cr.course_id = c.id
				where c.ended_on is null or c.ended_on > :today
				""")
			.param("peerWorker", peerWorkerId)
			.param("today", LocalDate.now(this.clock))
			.query(CaseloadSize.class)
			.single();
	}

	@Override
	public List<CaseloadEntry> activeCaseload(long peerWorkerId, Role reader) {
		if (!reader.seesRecipients()) {
			throw new AccessDeniedException("This role never sees recipients");
		}
		return this.jdbc.sql("""
				select c.id, c.kind, c.title, c.starts_on, c.planned_end_on,
				       coalesce(array_agg(r.id order by lower(r.alias), r.internal_number)
				                filter (where r.id is not null), '{}') as recipient_ids,
				       coalesce(array_agg(r.label order by lower(r.alias), r.internal_number)
				                filter (where r.id is not null), '{}') as recipients
				from course c
				join course_peer cp on cp.course_id = c.id and cp.peer_worker_id = :peerWorker
				left join course_recipient cr on cr.course_id = c.id
				left join recipient_view r on r.id = cr.recipient_id
				where c.ended_on is null or c.ended_on > :today
				group by c.id
				order by c.starts_on desc, c.id desc
				""").param("peerWorker", peerWorkerId).param("today", LocalDate.now(this.clock)).query((rs, row) -> {
			Long[] ids = (Long[]) rs.getArray("recipient_ids").getArray();
			String[] recipients = (String[]) rs.getArray("recipients").getArray();
			return new CaseloadEntry(rs.getLong("id"), rs.getString("kind"), rs.getString("title"),
					rs.getObject("starts_on", LocalDate.class), rs.getObject("planned_end_on", LocalDate.class),
					List.of(ids), List.of(recipients));
		}).list();
	}

}
