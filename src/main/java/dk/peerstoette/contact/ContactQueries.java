package dk.peerstoette.contact;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import dk.peerstoette.partnership.Choice;
import dk.peerstoette.web.ListPages;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Contacts and what the forms offer, in SQL: a page of rows with one query and the totals
 * with another (no query per row), only the conditions asked for so each filter can use
 * its index, and deleted contacts never. Courses, recipients, peer workers, units and
 * staff are read, still in one join, from the views their modules publish for this
 * (V11_1).
 */
@Component
class ContactQueries {

	/** The list's sort keys, each to the SQL it sorts by. */
	static final Map<String, String> SORTABLE = Map.of("date", "(c.occurred_on + c.starts_at)", "kind", "c.kind",
			"duration", "c.duration_minutes", "peerWorker", "lower(pw.full_name)", "unit", "lower(u.name)");

	/**
	 * The contacts a peer worker may read: those they wrote, held or ran, and those of
	 * the courses they are assigned to.
	 */
	private static final String PEER_READS = """
			(c.created_by = :userId or c.peer_worker_id = :me
			 or exists (select 1 from course_peer_view sp where sp.course_id = c.course_id and sp.peer_worker_id = :me)
			 or exists (select 1 from contact_facilitator sf where sf.contact_id = c.id and sf.peer_worker_id = :me))""";

	/** The contacts whose time is a peer worker's: held or run by them. */
	private static final String PEER_HELD = """
			(c.peer_worker_id = :me
			 or exists (select 1 from contact_facilitator hf where hf.contact_id = c.id and hf.peer_worker_id = :me))""";

	/**
	 * The contacts with a recipient, alone or at a group meeting: looked up through both
	 * recipient indexes (written as "recipient_id = ? or exists (...)" it read every
	 * contact).
	 */
	private static final String OF_RECIPIENT = """
			c.id in (select k.id from contact k where k.recipient_id = :recipientId and k.deleted_at is null
			         union all select a.contact_id from contact_attendance a where a.recipient_id = :recipientId)""";

	private static final String ROW_COLUMNS = """
			select c.id, c.occurred_on, c.starts_at, c.duration_minutes, c.kind, c.status,
			       r.id as recipient_id, r.label as recipient,
			       pw.full_name as peer_worker, u.name as unit_name
			from contact c
			join unit_view u on u.id = c.unit_id
			left join recipient_view r on r.id = c.recipient_id
			left join peer_worker_view pw on pw.id = c.peer_worker_id
			""";

	/** How many of a user's latest contacts the suggested places come from. */
	static final int PLACES_FROM = 200;

	private final JdbcClient jdbc;

	ContactQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Whose contacts a user sees: an organisation's, or what a peer worker may read. */
	sealed interface Scope {

		record Organisation(long organisationId) implements Scope {
		}

		/** A peer worker's login, and their peer worker record if they have one. */
		record PeerWorker(long userId, @Nullable Long peerWorkerId) implements Scope {
		}

	}

	/**
	 * One page of the contacts in scope that match the query, with the totals of all of
	 * them; {@code pageable} carries SQL from {@link #SORTABLE} as its sort properties.
	 */
	ContactList list(Scope scope, ContactListQuery query, Pageable pageable) {
		Map<String, Object> params = new HashMap<>();
		String where = where(scope, query, params);
		ContactTotals totals = this.jdbc
			.sql("""
					select count(*) as count, coalesce(sum(c.duration_minutes) filter (where c.status = 'HELD'), 0) as minutes
					from contact c where %s
					"""
				.formatted(where))
			.params(params)
			.query((rs, row) -> new ContactTotals(rs.getLong("count"), rs.getLong("minutes")))
			.single();
		if (totals.count() == 0) {
			return new ContactList(Page.empty(pageable), totals);
		}
		params.put("limit", pageable.getPageSize());
		params.put("offset", pageable.getOffset());
		List<ContactRow> rows = this.jdbc
			.sql(ROW_COLUMNS + "where " + where + "\norder by " + ListPages.orderBy(pageable.getSort(), "c.id desc")
					+ "\nlimit :limit offset :offset")
			.params(params)
			.query(ContactQueries::row)
			.list();
		return new ContactList(new PageImpl<>(rows, pageable, totals.count()), totals);
	}

	/** The contacts a peer worker held or ran in a period, in the order they happened. */
	List<ContactRow> heldBy(long peerWorkerId, LocalDate from, LocalDate to) {
		return this.jdbc.sql(ROW_COLUMNS + """
				where c.deleted_at is null and %s and c.occurred_on between :from and :to
				order by c.occurred_on, c.starts_at, c.id
				""".formatted(PEER_HELD))
			.param("me", peerWorkerId)
			.param("from", from)
			.param("to", to)
			.query(ContactQueries::row)
			.list();
	}

	/**
	 * The newest {@code limit} of a recipient's contacts (alone, or at a group meeting),
	 * newest first, each with whether the scope may open it and how many there are in
	 * all.
	 */
	List<RecipientContact> ofRecipient(long recipientId, Scope scope, int limit) {
		Map<String, Object> params = new HashMap<>();
		params.put("recipientId", recipientId);
		String readable = "true";
		if (scope instanceof Scope.PeerWorker peer) {
			readable = PEER_READS;
			params.put("userId", peer.userId());
			params.put("me", (peer.peerWorkerId() != null) ? peer.peerWorkerId() : -1L);
		}
		params.put("limit", limit);
		return this.jdbc.sql("""
				select c.id, c.occurred_on, c.starts_at, c.duration_minutes, c.kind, c.status,
				       pw.full_name as peer_worker, %s as readable, count(*) over () as of_all
				from contact c
				left join peer_worker_view pw on pw.id = c.peer_worker_id
				where c.deleted_at is null and %s
				order by c.occurred_on desc, c.starts_at desc, c.id desc
				limit :limit
				""".formatted(readable, OF_RECIPIENT))
			.params(params)
			.query((rs, row) -> new RecipientContact(rs.getLong("id"), rs.getObject("occurred_on", LocalDate.class),
					rs.getObject("starts_at", LocalTime.class), rs.getInt("duration_minutes"),
					ContactKind.valueOf(rs.getString("kind")), ContactStatus.valueOf(rs.getString("status")),
					rs.getString("peer_worker"), rs.getBoolean("readable"), rs.getLong("of_all")))
			.list();
	}

	/**
	 * The recipients a contact's page names: its recipient, or a group meeting's members.
	 */
	List<Long> recipientsNamedBy(long contactId) {
		return this.jdbc.sql("""
				select recipient_id from contact where id = :id and recipient_id is not null
				union
				select recipient_id from contact_attendance where contact_id = :id
				order by 1
				""").param("id", contactId).query(Long.class).list();
	}

	/** Whether a user in this scope may read the contact. */
	boolean mayRead(Scope scope, long contactId) {
		Map<String, Object> params = new HashMap<>();
		params.put("id", contactId);
		String condition = scopeCondition(scope, params);
		return this.jdbc.sql("select exists (select 1 from contact c where c.id = :id and " + condition + ")")
			.params(params)
			.query(Boolean.class)
			.single();
	}

	/** Whether the peer worker is one of the course's peer workers. */
	boolean isPeerWorkerOf(@Nullable Long courseId, @Nullable Long peerWorkerId) {
		if (courseId == null || peerWorkerId == null) {
			return false;
		}
		return this.jdbc
			.sql("select exists (select 1 from course_peer_view where course_id = ? and peer_worker_id = ?)")
			.params(courseId, peerWorkerId)
			.query(Boolean.class)
			.single();
	}

	/** The names a contact's page shows. */
	ContactNames names(long contactId) {
		return this.jdbc.sql("""
				select r.label as recipient, pw.full_name as peer_worker,
				       u.name as unit_name, co.kind as course_kind, co.title as course_title,
				       cb.full_name as created_by, ub.full_name as updated_by
				from contact c
				join unit_view u on u.id = c.unit_id
				join staff_user_view cb on cb.id = c.created_by
				join staff_user_view ub on ub.id = c.updated_by
				left join recipient_view r on r.id = c.recipient_id
				left join peer_worker_view pw on pw.id = c.peer_worker_id
				left join course_view co on co.id = c.course_id
				where c.id = ?
				""")
			.param(contactId)
			.query((rs, row) -> new ContactNames(rs.getString("recipient"), rs.getString("peer_worker"),
					rs.getString("unit_name"), rs.getString("course_kind"), rs.getString("course_title"),
					rs.getString("created_by"), rs.getString("updated_by")))
			.single();
	}

	/**
	 * The recipients of the peer worker's running courses, most recently met first (a
	 * meeting only planned does not count as met).
	 */
	List<RecipientOption> caseload(long peerWorkerId, LocalDate today) {
		return this.jdbc.sql("""
				select * from (
				    select distinct on (r.id) r.id, r.label, r.alias, r.internal_number, c.kind, c.title, c.starts_on,
				           (select max(k.occurred_on) from contact k
				            where k.recipient_id = r.id and k.peer_worker_id = :me and k.status = 'HELD'
				              and k.deleted_at is null)
				               as last_contact_on
				    from course_view c
				    join course_peer_view cp on cp.course_id = c.id and cp.peer_worker_id = :me
				    join course_recipient_view cr on cr.course_id = c.id
				    join recipient_view r on r.id = cr.recipient_id
				    where c.starts_on <= :today and (c.ended_on is null or c.ended_on >= :today)
				    order by r.id, (c.kind = 'GROUP'), c.starts_on desc, c.id desc
				) options
				order by last_contact_on desc nulls last, starts_on desc, lower(alias), internal_number
				""").param("me", peerWorkerId).param("today", today).query(ContactQueries::option).list();
	}

	/** The recipients of a course, by alias, with the last contact in it. */
	List<RecipientOption> recipientsOf(long courseId) {
		return this.jdbc.sql("""
				select r.id, r.label, c.kind, c.title, c.starts_on,
				       (select max(k.occurred_on) from contact k
				        where k.recipient_id = r.id and k.course_id = c.id and k.status = 'HELD'
				          and k.deleted_at is null) as last_contact_on
				from course_view c
				join course_recipient_view cr on cr.course_id = c.id
				join recipient_view r on r.id = cr.recipient_id
				where c.id = ?
				order by lower(r.alias), r.internal_number
				""").param(courseId).query(ContactQueries::option).list();
	}

	/** The peer workers of a course, by name. */
	List<Choice> peerWorkersOf(long courseId) {
		return this.jdbc
			.sql("""
					select pw.id, pw.full_name as name from course_peer_view cp join peer_worker_view pw on pw.id = cp.peer_worker_id
					where cp.course_id = ? order by lower(pw.full_name), pw.id
					""")
			.param(courseId)
			.query(Choice.class)
			.list();
	}

	/**
	 * One recipient of the peer worker's courses, running or not (the one already chosen
	 * in a form), from the course that counts most: a running one, an individual one, the
	 * newest.
	 */
	Optional<RecipientOption> caseloadEntry(long peerWorkerId, long recipientId, LocalDate today) {
		return this.jdbc.sql("""
				select r.id, r.label, c.kind, c.title, c.starts_on,
				       (select max(k.occurred_on) from contact k
				        where k.recipient_id = r.id and k.peer_worker_id = :me and k.status = 'HELD'
				          and k.deleted_at is null) as last_contact_on
				from course_view c
				join course_peer_view cp on cp.course_id = c.id and cp.peer_worker_id = :me
				join course_recipient_view cr on cr.course_id = c.id and cr.recipient_id = :recipient
				join recipient_view r on r.id = cr.recipient_id
				order by (c.starts_on <= :today and (c.ended_on is null or c.ended_on >= :today)) desc,
				         (c.kind = 'GROUP'), c.starts_on desc, c.id desc
				limit 1
				""")
			.param("me", peerWorkerId)
			.param("recipient", recipientId)
			.param("today", today)
			.query(ContactQueries::option)
			.optional();
	}

	/** A course of the organisation that has started on the day, as the form shows it. */
	Optional<CourseOption> startedCourse(long courseId, long organisationId, LocalDate today) {
		return this.jdbc.sql("""
				select c.id, c.kind, c.title, u.name as unit_name, c.ended_on
				from course_view c
				join unit_view u on u.id = c.unit_id
				where c.id = :course and c.organisation_id = :organisation and c.starts_on <= :today
				""")
			.param("course", courseId)
			.param("organisation", organisationId)
			.param("today", today)
			.query(CourseOption.class)
			.optional();
	}

	/**
	 * The user's last {@code recent} contacts with one recipient recorded as held, newest
	 * first: what the quick entry starts from.
	 */
	List<RecentlyHeld> recentlyHeld(long userId, int recent) {
		return this.jdbc.sql("""
				select kind, duration_minutes from contact
				where created_by = :user and status = 'HELD' and deleted_at is null and kind in (:kinds)
				order by created_at desc, id desc limit :recent
				""")
			.param("user", userId)
			.param("kinds", ContactKind.withOneRecipient().stream().map(ContactKind::name).toList())
			.param("recent", recent)
			.query(RecentlyHeld.class)
			.list();
	}

	Optional<CourseFacts> course(long courseId) {
		return this.jdbc
			.sql("select id, organisation_id, unit_id, kind, starts_on, ended_on from course_view where id = ?")
			.param(courseId)
			.query(CourseFacts.class)
			.optional();
	}

	/** The courses that both the peer worker and the recipient are in. */
	List<CourseFacts> coursesOf(long peerWorkerId, long recipientId) {
		return this.jdbc.sql("""
				select c.id, c.organisation_id, c.unit_id, c.kind, c.starts_on, c.ended_on
				from course_view c
				join course_peer_view cp on cp.course_id = c.id and cp.peer_worker_id = ?
				join course_recipient_view cr on cr.course_id = c.id and cr.recipient_id = ?
				order by c.starts_on desc, c.id desc
				""").params(peerWorkerId, recipientId).query(CourseFacts.class).list();
	}

	boolean isRecipientOf(long courseId, long recipientId) {
		return this.jdbc
			.sql("select exists (select 1 from course_recipient_view where course_id = ? and recipient_id = ?)")
			.params(courseId, recipientId)
			.query(Boolean.class)
			.single();
	}

	/**
	 * The places a peer worker wrote most recently, for the form to suggest: from their
	 * last {@code PLACES_FROM} contacts, so that the form costs the same after years of
	 * use (grouping all of a user's contacts took most of its time after a few thousand).
	 */
	List<String> recentPlaces(long userId, int limit) {
		return this.jdbc.sql("""
				select place from (
				    select place, created_at from contact
				    where created_by = ? and deleted_at is null
				    order by created_at desc limit ?
				) latest
				where place is not null
				group by place order by max(created_at) desc limit ?
				""").params(userId, PLACES_FROM, limit).query(String.class).list();
	}

	/** A contact's history, oldest first, with the times in the zone given. */
	List<ChangeRow> history(long contactId, ZoneId zone) {
		return this.jdbc.sql("""
				select ch.changed_at, u.full_name, ch.field, ch.old_value, ch.new_value
				from contact_change ch join staff_user_view u on u.id = ch.changed_by
				where ch.contact_id = ? order by ch.changed_at, ch.id
				""")
			.param(contactId)
			.query((rs, row) -> new ChangeRow(
					rs.getObject("changed_at", OffsetDateTime.class).atZoneSameInstant(zone).toLocalDateTime(),
					rs.getString("full_name"), rs.getString("field"), rs.getString("old_value"),
					rs.getString("new_value")))
			.list();
	}

	private static String where(Scope scope, ContactListQuery query, Map<String, Object> params) {
		List<String> conditions = new ArrayList<>();
		conditions.add("c.deleted_at is null");
		conditions.add(scopeCondition(scope, params));
		if (query.from() != null) {
			conditions.add("c.occurred_on >= :from");
			params.put("from", query.from());
		}
		if (query.to() != null) {
			conditions.add("c.occurred_on <= :to");
			params.put("to", query.to());
		}
		if (query.peerWorkerId() != null) {
			conditions.add("""
					(c.peer_worker_id = :peerWorkerId
					 or exists (select 1 from contact_facilitator ff where ff.contact_id = c.id
					            and ff.peer_worker_id = :peerWorkerId))""");
			params.put("peerWorkerId", query.peerWorkerId());
		}
		if (query.unitId() != null) {
			conditions.add("c.unit_id = :unitId");
			params.put("unitId", query.unitId());
		}
		if (query.kind() != null) {
			conditions.add("c.kind = :kind");
			params.put("kind", query.kind().name());
		}
		if (query.number() != null) {
			conditions.add("""
					(c.recipient_id in (select nr.id from recipient_view nr where nr.internal_number = :number)
					 or exists (select 1 from contact_attendance na join recipient_view nr on nr.id = na.recipient_id
					            where na.contact_id = c.id and nr.internal_number = :number))""");
			params.put("number", query.number());
		}
		return String.join("\n and ", conditions);
	}

	private static String scopeCondition(Scope scope, Map<String, Object> params) {
		if (scope instanceof Scope.PeerWorker peer) {
			params.put("userId", peer.userId());
			params.put("me", (peer.peerWorkerId() != null) ? peer.peerWorkerId() : -1L);
			return PEER_READS;
		}
		params.put("organisationId", ((Scope.Organisation) scope).organisationId());
		return "c.organisation_id = :organisationId";
	}

	private static ContactRow row(ResultSet rs, int row) throws SQLException {
		return new ContactRow(rs.getLong("id"), rs.getObject("occurred_on", LocalDate.class),
				rs.getObject("starts_at", LocalTime.class), rs.getInt("duration_minutes"),
				ContactKind.valueOf(rs.getString("kind")), ContactStatus.valueOf(rs.getString("status")),
				rs.getObject("recipient_id", Long.class), rs.getString("recipient"), rs.getString("peer_worker"),
				rs.getString("unit_name"));
	}

	private static RecipientOption option(ResultSet rs, int row) throws SQLException {
		return new RecipientOption(rs.getLong("id"), rs.getString("label"), rs.getString("kind"), rs.getString("title"),
				rs.getObject("last_contact_on", LocalDate.class));
	}

	/** A contact the user recorded as held, for the quick entry's starting point. */
	record RecentlyHeld(ContactKind kind, int durationMinutes) {
	}

	/** A contact on a recipient's timeline, with how many the recipient has in all. */
	record RecipientContact(long id, LocalDate occurredOn, LocalTime startsAt, int durationMinutes, ContactKind kind,
			ContactStatus status, @Nullable String peerWorker, boolean readable, long ofAll) {

	}

	/** The names shown on a contact's page; a contact may have no recipient or course. */
	record ContactNames(@Nullable String recipient, @Nullable String peerWorker, String unitName,
			@Nullable String courseKind, @Nullable String courseTitle, String createdBy, String updatedBy) {

	}

	/** A page of a list, and the totals of the whole list. */
	record ContactList(Page<ContactRow> page, ContactTotals totals) {

	}

}
