package dk.peerstoette.course;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import dk.peerstoette.peer.Caseload;
import dk.peerstoette.peer.CaseloadEntry;
import dk.peerstoette.recipient.RecipientAssignments;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who is assigned to whom, read straight from the course tables: a peer worker's
 * caseload, and the recipients a peer worker's login may see. Ended courses still count
 * for what a peer may see (their contacts stay theirs to read) but not for the caseload.
 */
@Component
@Transactional(readOnly = true)
class CourseAssignments implements RecipientAssignments, Caseload {

	private final JdbcClient jdbc;

	CourseAssignments(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Set<Long> recipientIdsAssignedTo(long staffUserId) {
		return new HashSet<>(this.jdbc.sql("""
				select distinct cr.recipient_id
				from course_recipient cr
				join course_peer cp on cp.course_id = cr.course_id
				join peer_worker pw on pw.id = cp.peer_worker_id
				where pw.staff_user_id = ?
				""").param(staffUserId).query(Long.class).list());
	}

	@Override
	public List<CaseloadEntry> activeCaseload(long peerWorkerId) {
		// Recipients are listed by alias and number; the alias is all the caseload needs.
		return this.jdbc.sql("""
				select c.id, c.kind, c.title, c.starts_on, c.planned_end_on,
				       coalesce(array_agg(r.alias || ' (' || r.internal_number || ')' order by r.alias)
				                filter (where r.id is not null), '{}') as recipients
				from course c
				join course_peer cp on cp.course_id = c.id and cp.peer_worker_id = ?
				left join course_recipient cr on cr.course_id = c.id
				left join recipient r on r.id = cr.recipient_id
				where c.ended_on is null or c.ended_on > current_date
				group by c.id
				order by c.starts_on desc, c.id desc
				""").param(peerWorkerId).query((rs, row) -> {
			String[] recipients = (String[]) rs.getArray("recipients").getArray();
			return new CaseloadEntry(rs.getLong("id"), rs.getString("kind"), rs.getString("title"),
					rs.getObject("starts_on", java.time.LocalDate.class),
					rs.getObject("planned_end_on", java.time.LocalDate.class),
					new ArrayList<>(Arrays.asList(recipients)));
		}).list();
	}

}
