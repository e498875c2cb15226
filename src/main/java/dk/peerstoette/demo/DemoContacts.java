package dk.peerstoette.demo;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Random;

import org.jspecify.annotations.Nullable;

import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A few months of contacts in the demo caseload: about one a week in each running
 * individual, mentor and bridge-building course of an organisation that has a demo login,
 * on weekdays, within the course and the recipient's consent to registration, written
 * with plain SQL like the caseload. An organisation whose demo recipients have contacts
 * already is left as it is.
 */
@Component
@Profile("!prod")
class DemoContacts {

	/** How far back the contacts go. */
	static final int DAYS = 120;

	private static final int[] MINUTES = { 15, 30, 45, 45, 60, 60, 60, 90, 120 };

	private static final String[] PLACES = { "Caféen på hjørnet", "Botilbuddet", "Biblioteket", "Parken", "Jobcentret",
			"Lægehuset", "Borgerens hjem", "Aktivitetscentret", "Distriktspsykiatrien" };

	private static final String[] NOTES = { "Talte om at komme i gang med motion igen.",
			"Borgeren var træt i dag, men ville gerne ses igen.", "Gik en tur og snakkede om familien.",
			"Forberedte mødet på jobcentret sammen.", "Godt møde, borgeren fortalte om sine planer." };

	private final JdbcClient jdbc;

	private final Clock clock;

	DemoContacts(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Fills every organisation with a demo login whose demo recipients have no contacts.
	 */
	void load() {
		LocalDate today = LocalDate.now(this.clock);
		for (long organisation : DemoLoginQueries.organisationsToFill(this.jdbc, """
				select exists (select 1 from contact c join recipient r on r.id = c.recipient_id
				               where c.organisation_id = ? and r.external_reference like ?)
				""", DemoCaseload.REFERENCE_PREFIX + "%")) {
			fill(organisation, today, new Random(organisation * 31));
		}
	}

	private void fill(long organisation, LocalDate today, Random random) {
		Long coordinator = DemoLoginQueries.coordinator(this.jdbc, organisation);
		List<DemoCourse> courses = this.jdbc.sql("""
				select c.id, c.kind, c.starts_on, c.ended_on, cr.recipient_id, cp.peer_worker_id, pw.staff_user_id,
				       (select min(s.given_on) from consent s
				        where s.recipient_id = cr.recipient_id and s.kind = 'REGISTRATION' and s.withdrawn_on is null)
				           as consent_from
				from course c
				join course_recipient cr on cr.course_id = c.id
				join recipient r on r.id = cr.recipient_id and r.external_reference like ?
				join course_peer cp on cp.course_id = c.id
				join peer_worker pw on pw.id = cp.peer_worker_id
				where c.organisation_id = ? and c.kind <> 'GROUP'
				order by c.id
				""").param(DemoCaseload.REFERENCE_PREFIX + "%").param(organisation).query(DemoCourse.class).list();
		for (DemoCourse course : courses) {
			Long author = (course.staffUserId() != null) ? course.staffUserId() : coordinator;
			if (author == null || course.consentFrom() == null) {
				continue;
			}
			LocalDate first = latest(course.startsOn(), course.consentFrom(), today.minusDays(DAYS));
			LocalDate last = (course.endedOn() != null && course.endedOn().isBefore(today)) ? course.endedOn()
					: today.minusDays(1);
			LocalDate day = first.plusDays(random.nextInt(7));
			while (!day.isAfter(last)) {
				if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
						&& random.nextInt(5) != 0) {
					contact(organisation, course, author, day, random);
				}
				day = day.plusDays(5 + random.nextInt(5));
			}
		}
	}

	private void contact(long organisation, DemoCourse course, long author, LocalDate day, Random random) {
		String kind = kind(course.kind(), random);
		LocalTime time = LocalTime.of(9 + random.nextInt(7), 15 * random.nextInt(4));
		String note = (random.nextInt(3) == 0) ? NOTES[random.nextInt(NOTES.length)] : null;
		this.jdbc
			.sql("""
					insert into contact (organisation_id, unit_id, course_id, recipient_id, peer_worker_id, kind, occurred_on,
					    starts_at, duration_minutes, place, chime_connection, chime_hope, chime_identity, chime_meaning,
					    chime_empowerment, note, created_by, updated_by, created_at, updated_at)
					select c.organisation_id, c.unit_id, c.id, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,
					       ?::date + ?::time + interval '2 hours', ?::date + ?::time + interval '2 hours'
					from course c where c.id = ?
					""")
			.params(course.recipientId(), course.peerWorkerId(), kind, day, time,
					MINUTES[random.nextInt(MINUTES.length)], PLACES[random.nextInt(PLACES.length)],
					random.nextInt(3) == 0, random.nextInt(2) == 0, random.nextInt(5) == 0, random.nextInt(4) == 0,
					random.nextInt(3) == 0, note, author, author, day, time, day, time, course.id())
			.update();
	}

	/** Mostly conversations; bridge-building courses mostly go along somewhere. */
	private static String kind(String courseKind, Random random) {
		if ("BRIDGE_BUILDING".equals(courseKind) && random.nextInt(3) != 0) {
			return "BRIDGE_BUILDING";
		}
		return new String[] { "INDIVIDUAL_CONVERSATION", "INDIVIDUAL_CONVERSATION", "INDIVIDUAL_CONVERSATION",
				"ACTIVITY_TOGETHER", "ACTIVITY_TOGETHER", "PHONE", "PHONE", "VIDEO", "BRIDGE_BUILDING" }[random
					.nextInt(9)];
	}

	private static LocalDate latest(LocalDate... days) {
		LocalDate latest = days[0];
		for (LocalDate day : days) {
			if (day.isAfter(latest)) {
				latest = day;
			}
		}
		return latest;
	}

	record DemoCourse(long id, String kind, LocalDate startsOn, @Nullable LocalDate endedOn, long recipientId,
			long peerWorkerId, @Nullable Long staffUserId, @Nullable LocalDate consentFrom) {
	}

}
