package dk.peerstoette.demo;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Objects;
import java.util.Random;

import org.jspecify.annotations.Nullable;

import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The rest of a peer worker's time in the demo: a weekly meeting of each running group
 * course with every member's attendance, organisational activities (staff meetings,
 * supervision, a training day, network meetings, treatment conferences) for every peer
 * worker, and planned meetings for the demo logins: today's, overdue ones, upcoming ones
 * and one that was not held. Written with plain SQL like the caseload, for the
 * organisations with a demo login; one that has group meetings, activities or plans
 * already is left as it is.
 */
@Component
@Profile("!prod")
class DemoMeetings {

	/** How far back the group meetings and activities go. */
	static final int DAYS = 56;

	private static final String[] GROUP_PLACES = { "Aktivitetscentret", "Mødelokalet", "Parken" };

	private static final String[] COLLEAGUES = { "Ergoterapeut Lise Holm", "Sygeplejerske Mette Berg",
			"Socialrådgiver Jonas Krogh" };

	private static final String[] SUPERVISORS = { "Psykolog Marianne Friis", "Supervisor Jens Kjær" };

	private final JdbcClient jdbc;

	private final Clock clock;

	DemoMeetings(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	void load() {
		LocalDate today = LocalDate.now(this.clock);
		for (long organisation : DemoLoginQueries.organisationsToFill(this.jdbc, """
				select exists (select 1 from contact where organisation_id = ?
				               and (recipient_id is null or status <> 'HELD'))
				""")) {
			Long coordinator = DemoLoginQueries.coordinator(this.jdbc, organisation);
			Random random = new Random(organisation * 47);
			groupMeetings(organisation, coordinator, today, random);
			activities(organisation, coordinator, today, random);
			plans(organisation, coordinator, today);
		}
	}

	/** A meeting a week, on the weekday the group started, with each member's answer. */
	private void groupMeetings(long organisation, @Nullable Long coordinator, LocalDate today, Random random) {
		List<Group> groups = this.jdbc.sql("""
				select c.id, c.starts_on, c.ended_on,
				       array(select cp.peer_worker_id from course_peer cp where cp.course_id = c.id
				             order by cp.peer_worker_id) as peer_worker_ids,
				       (select pw.staff_user_id from course_peer cp join peer_worker pw on pw.id = cp.peer_worker_id
				        where cp.course_id = c.id order by cp.peer_worker_id limit 1) as staff_user_id
				from course c
				where c.organisation_id = ? and c.kind = 'GROUP' and c.starts_on < ?
				order by c.id
				""")
			.params(organisation, today)
			.query((rs, row) -> new Group(rs.getLong("id"), rs.getObject("starts_on", LocalDate.class),
					rs.getObject("ended_on", LocalDate.class),
					List.of((Long[]) rs.getArray("peer_worker_ids").getArray()), (Long) rs.getObject("staff_user_id")))
			.list();
		for (Group group : groups) {
			Long author = (group.staffUserId() != null) ? group.staffUserId() : coordinator;
			if (author == null || group.peerWorkerIds().isEmpty()) {
				continue;
			}
			LocalDate day = group.startsOn();
			while (day.isBefore(today.minusDays(DAYS))) {
				day = day.plusWeeks(1);
			}
			LocalDate last = (group.endedOn() != null && group.endedOn().isBefore(today)) ? group.endedOn()
					: today.minusDays(1);
			for (; !day.isAfter(last); day = day.plusWeeks(1)) {
				groupMeeting(group, author, day, random);
			}
		}
	}

	private void groupMeeting(Group group, long author, LocalDate day, Random random) {
		long id = this.jdbc.sql("""
				insert into contact (organisation_id, unit_id, course_id, peer_worker_id, kind, occurred_on, starts_at,
				    duration_minutes, place, chime_connection, chime_hope, chime_identity, chime_meaning,
				    chime_empowerment, created_by, updated_by, created_at, updated_at)
				select c.organisation_id, c.unit_id, c.id, ?, 'GROUP_MEETING', ?, '14:00', ?, ?, true, ?, ?, ?, ?, ?, ?,
				       ?::date + time '17:00', ?::date + time '17:00'
				from course c where c.id = ?
				returning id
				""")
			.params(group.peerWorkerIds().get(0), day, random.nextBoolean() ? 90 : 120,
					GROUP_PLACES[random.nextInt(GROUP_PLACES.length)], random.nextInt(2) == 0, random.nextInt(4) == 0,
					random.nextInt(3) == 0, random.nextInt(3) == 0, author, author, day, day, group.id())
			.query(Long.class)
			.single();
		for (long peerWorker : group.peerWorkerIds().subList(1, group.peerWorkerIds().size())) {
			this.jdbc.sql("insert into contact_facilitator (contact_id, peer_worker_id) values (?, ?)")
				.params(id, peerWorker)
				.update();
		}
		if (random.nextInt(3) == 0) {
			this.jdbc.sql("insert into contact_facilitator (contact_id, colleague_name) values (?, ?)")
				.params(id, COLLEAGUES[random.nextInt(COLLEAGUES.length)])
				.update();
		}
		// Most come; a member is present only with a consent to registration on the day.
		List<Long> members = this.jdbc.sql("select recipient_id from course_recipient where course_id = ? order by 1")
			.param(group.id())
			.query(Long.class)
			.list();
		for (long member : members) {
			int roll = random.nextInt(10);
			this.jdbc.sql("""
					insert into contact_attendance (contact_id, recipient_id, attendance)
					values (?, ?, case when ? < 7 and exists (select 1 from consent s where s.recipient_id = ?
					                   and s.kind = 'REGISTRATION' and s.given_on <= ?
					                   and (s.expires_on is null or s.expires_on >= ?)
					                   and (s.withdrawn_on is null or s.withdrawn_on > ?))
					                 then 'PRESENT' when ? < 9 then 'CANCELLED' else 'ABSENT' end)
					""").params(id, member, roll, member, day, day, day, roll).update();
		}
	}

	/**
	 * Every two weeks a staff meeting, every four a supervision, now and then a network
	 * meeting or a treatment conference, and one training day, for each active peer
	 * worker in the unit they work in.
	 */
	private void activities(long organisation, @Nullable Long coordinator, LocalDate today, Random random) {
		List<PeerWorker> peerWorkers = this.jdbc.sql("""
				select pw.id, pw.staff_user_id,
				       (select pu.unit_id from peer_worker_unit pu where pu.peer_worker_id = pw.id
				        order by pu.unit_id limit 1) as unit_id
				from peer_worker pw
				where pw.organisation_id = ? and pw.ends_on is null
				order by pw.id
				""").param(organisation).query(PeerWorker.class).list();
		LocalDate start = today.minusDays(DAYS).with(DayOfWeek.TUESDAY);
		for (PeerWorker peerWorker : peerWorkers) {
			Long author = (peerWorker.staffUserId() != null) ? peerWorker.staffUserId() : coordinator;
			if (author == null || peerWorker.unitId() == null) {
				continue;
			}
			for (LocalDate day = start; day.isBefore(today); day = day.plusWeeks(2)) {
				activity(organisation, peerWorker, author, "STAFF_MEETING", day, LocalTime.of(9, 0), 60, "Mødelokalet",
						null);
			}
			for (LocalDate day = start.plusDays(2 + random.nextInt(7)); day.isBefore(today); day = day.plusWeeks(4)) {
				activity(organisation, peerWorker, author, "SUPERVISION", day, LocalTime.of(13, 0), 90, null,
						SUPERVISORS[random.nextInt(SUPERVISORS.length)]);
			}
			for (LocalDate day = start.plusDays(1 + random.nextInt(14)); day
				.isBefore(today); day = day.plusDays(14 + random.nextInt(21))) {
				boolean network = random.nextBoolean();
				activity(organisation, peerWorker, author, network ? "NETWORK_MEETING" : "TREATMENT_CONFERENCE", day,
						LocalTime.of(10 + random.nextInt(4), 0), network ? 60 : 45, null,
						COLLEAGUES[random.nextInt(COLLEAGUES.length)]);
			}
			LocalDate training = today.minusDays(7 + random.nextInt(DAYS - 7)).with(DayOfWeek.THURSDAY);
			activity(organisation, peerWorker, author, "TRAINING", training, LocalTime.of(9, 0), 360,
					"Peer-Netværket Danmark", null);
		}
	}

	private void activity(long organisation, PeerWorker peerWorker, long author, String kind, LocalDate day,
			LocalTime time, int minutes, @Nullable String place, @Nullable String participant) {
		long id = this.jdbc.sql("""
				insert into contact (organisation_id, unit_id, peer_worker_id, kind, occurred_on, starts_at,
				    duration_minutes, place, created_by, updated_by, created_at, updated_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::date + ?::time + interval '4 hours',
				        ?::date + ?::time + interval '4 hours')
				returning id
				""")
			.params(organisation, peerWorker.unitId(), peerWorker.id(), kind, day, time, minutes, place, author, author,
					day, time, day, time)
			.query(Long.class)
			.single();
		if (participant != null) {
			this.jdbc.sql("insert into contact_facilitator (contact_id, colleague_name) values (?, ?)")
				.params(id, participant)
				.update();
		}
	}

	/**
	 * For each demo peer login, meetings planned with recipients of their running
	 * courses: two today, two overdue, three ahead and one that was not held. For the
	 * coordinator, one today and one overdue that they planned for another peer worker.
	 * Never on a weekend: a plan that would fall on one is moved to the Friday before
	 * (or, ahead, the Monday after).
	 */
	private void plans(long organisation, @Nullable Long coordinator, LocalDate today) {
		List<Plan> linked = options(organisation, true, today);
		int[] days = { 0, 0, -2, -5, 1, 3, 7, -10 };
		int[] hours = { 11, 15, 10, 13, 10, 14, 11, 9 };
		for (int i = 0; i < Math.min(days.length, linked.size()); i++) {
			Plan plan = linked.get(i);
			plan(plan, Objects.requireNonNull(plan.staffUserId()), weekday(today, days[i]), hours[i],
					(days[i] == -10) ? "RECIPIENT_CANCELLED" : null);
		}
		if (coordinator != null) {
			List<Plan> others = options(organisation, false, today);
			for (int i = 0; i < Math.min(2, others.size()); i++) {
				plan(others.get(i), coordinator, weekday(today, -i), 12, null);
			}
		}
	}

	private static LocalDate weekday(LocalDate today, int days) {
		LocalDate day = today.plusDays(days);
		if (day.getDayOfWeek().getValue() <= 5) {
			return day;
		}
		return (days > 0) ? day.with(TemporalAdjusters.next(DayOfWeek.MONDAY))
				: day.with(TemporalAdjusters.previous(DayOfWeek.FRIDAY));
	}

	/**
	 * One running individual course each, of the peer workers with a login or without
	 * one.
	 */
	private List<Plan> options(long organisation, boolean withLogin, LocalDate today) {
		return this.jdbc.sql("""
				select c.id as course_id, cr.recipient_id, cp.peer_worker_id, pw.staff_user_id
				from course c
				join course_recipient cr on cr.course_id = c.id
				join course_peer cp on cp.course_id = c.id
				join peer_worker pw on pw.id = cp.peer_worker_id
				where c.organisation_id = ? and c.kind <> 'GROUP' and c.starts_on <= ?
				  and (c.ended_on is null or c.ended_on > ?) and (pw.staff_user_id is not null) = ?
				order by pw.id, c.starts_on, c.id
				""").params(organisation, today, today, withLogin).query(Plan.class).list();
	}

	private void plan(Plan plan, long author, LocalDate day, int hour, @Nullable String notHeldReason) {
		this.jdbc.sql("""
				insert into contact (organisation_id, unit_id, course_id, recipient_id, peer_worker_id, kind, status,
				    not_held_reason, occurred_on, starts_at, duration_minutes, place, created_by, updated_by)
				select c.organisation_id, c.unit_id, c.id, ?, ?, 'INDIVIDUAL_CONVERSATION', ?, ?, ?, ?, 60,
				       'Caféen på hjørnet', ?, ?
				from course c where c.id = ?
				""")
			.params(plan.recipientId(), plan.peerWorkerId(), (notHeldReason != null) ? "NOT_HELD" : "PLANNED",
					notHeldReason, day, LocalTime.of(hour, 0), author, author, plan.courseId())
			.update();
	}

	record Group(long id, LocalDate startsOn, @Nullable LocalDate endedOn, List<Long> peerWorkerIds,
			@Nullable Long staffUserId) {
	}

	record PeerWorker(long id, @Nullable Long staffUserId, @Nullable Long unitId) {
	}

	record Plan(long courseId, long recipientId, long peerWorkerId, @Nullable Long staffUserId) {
	}

}
