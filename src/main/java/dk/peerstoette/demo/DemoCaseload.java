package dk.peerstoette.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.jspecify.annotations.Nullable;

import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A believable caseload for each demo organisation: a handful of peer workers, a few
 * dozen recipients with their consents, and courses of every kind. Written with plain
 * SQL, like a data import, so the demo does not lean on any one screen's rules. Each
 * organisation is filled once; dates are laid out around the day it is filled, so
 * statuses (planned, active, ended) are spread whenever the demo is first started.
 */
@Component
@Profile("!prod")
class DemoCaseload {

	/**
	 * External references of demo recipients start with this, which also marks an
	 * organisation as filled.
	 */
	static final String REFERENCE_PREFIX = "DEMO-";

	private static final String[] FIRST_NAMES = { "Anne", "Bo", "Camilla", "Dennis", "Eva", "Frederik", "Gitte",
			"Henrik", "Ida", "Jonas", "Katrine", "Lars", "Mette", "Nikolaj", "Olivia", "Rasmus", "Sofie", "Thomas" };

	private static final String[] LAST_NAMES = { "Andersen", "Bech", "Christensen", "Dahl", "Eriksen", "Holm", "Jensen",
			"Krogh", "Lund", "Madsen", "Nielsen", "Olsen", "Poulsen", "Skov", "Thomsen", "Vestergaard" };

	private static final String[] SUPERVISORS = { "Psykolog Marianne Friis", "Supervisor Jens Kjær",
			"Psykoterapeut Lone Bak" };

	private static final String[] TRAININGS = { "Peer-uddannelse, grundmodul", "Recovery-orienteret praksis",
			"Brug af egne erfaringer", "Mentoruddannelse" };

	private static final String[] GOALS = { "Jeg vil gerne turde tage bussen alene igen.",
			"Komme ud af lejligheden og møde nogle mennesker.", "Finde ud af, hvad jeg vil med mit liv nu.",
			"Have en at tale med, som ved hvordan det er.",
			"Blive klar til at starte på et arbejde eller en uddannelse.", "Få styr på hverdagen efter udskrivelsen.",
			"Tro på at det kan blive bedre." };

	private final JdbcClient jdbc;

	private final Clock clock;

	DemoCaseload(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Fills every organisation that has units and no demo recipients yet, and links the
	 * demo peer logins to a peer worker in their organisation.
	 */
	void load(Map<String, Long> peerLogins) {
		LocalDate today = LocalDate.now(this.clock);
		List<Long> organisations = this.jdbc.sql("select id from organisation order by id").query(Long.class).list();
		for (long organisation : organisations) {
			boolean filled = this.jdbc
				.sql("select exists (select 1 from recipient where organisation_id = ? and external_reference like ?)")
				.param(organisation)
				.param(REFERENCE_PREFIX + "%")
				.query(Boolean.class)
				.single();
			List<Unit> units = this.jdbc
				.sql("select id, kind from unit where organisation_id = ? and active order by id")
				.param(organisation)
				.query(Unit.class)
				.list();
			if (!filled && !units.isEmpty()) {
				fill(organisation, units, today, new Random(organisation));
			}
		}
		peerLogins.forEach(this::linkLogin);
	}

	private void fill(long organisation, List<Unit> units, LocalDate today, Random random) {
		List<Long> peers = new ArrayList<>();
		int peerCount = 3 + random.nextInt(3);
		for (int i = 0; i < peerCount; i++) {
			peers.add(peerWorker(organisation, units, today, random, i));
		}
		List<Long> recipients = new ArrayList<>();
		int recipientCount = 24 + random.nextInt(13);
		for (int i = 0; i < recipientCount; i++) {
			Unit unit = units.get(random.nextInt(units.size()));
			long recipient = recipient(organisation, unit, today, random, i);
			recipients.add(recipient);
			// The first peer worker of each organisation carries the largest caseload: it
			// is
			// the one the demo peer login is linked to.
			long peer = (i % 3 == 0) ? peers.get(0) : peers.get(random.nextInt(peers.size()));
			individualCourse(organisation, unit, recipient, peer, today, random);
		}
		for (int group = 0; group < 2; group++) {
			Unit unit = units.get(group % units.size());
			List<Long> members = new ArrayList<>();
			int size = 4 + random.nextInt(3);
			for (int m = 0; m < size; m++) {
				long member = recipients.get(random.nextInt(recipients.size()));
				if (!members.contains(member)) {
					members.add(member);
				}
			}
			groupCourse(organisation, unit, group, members,
					List.of(peers.get(0), peers.get(1 + group % (peers.size() - 1))), today, random);
		}
	}

	private long peerWorker(long organisation, List<Unit> units, LocalDate today, Random random, int index) {
		String form = (index == 0) ? "PAID" : new String[] { "PAID", "VOLUNTEER", "MENTOR" }[random.nextInt(3)];
		String role = (index % 2 == 0) ? "SUPPLEMENTARY" : "CONVENTIONAL";
		Long model = this.jdbc
			.sql("select id from peer_support_model where employment_form = ? and peer_role = ? order by id limit 1")
			.param(form)
			.param(role)
			.query(Long.class)
			.optional()
			.orElse(null);
		String name = FIRST_NAMES[random.nextInt(FIRST_NAMES.length)] + " "
				+ LAST_NAMES[random.nextInt(LAST_NAMES.length)];
		long id = this.jdbc.sql("""
				insert into peer_worker (organisation_id, full_name, phone, email, employment_form, peer_role, model_id,
				    starts_on)
				values (?, ?, ?, ?, ?, ?, ?, ?) returning id
				""")
			.params(organisation, name, "+45 " + (20000000 + random.nextInt(79999999)), null, form, role, model,
					today.minusDays(200 + random.nextInt(900)))
			.query(Long.class)
			.single();
		this.jdbc.sql("insert into peer_worker_unit (peer_worker_id, unit_id) values (?, ?)")
			.params(id, units.get(index % units.size()).id())
			.update();
		this.jdbc
			.sql("insert into peer_training (peer_worker_id, course_name, completed_on, provider) values (?, ?, ?, ?)")
			.params(id, TRAININGS[random.nextInt(TRAININGS.length)], today.minusDays(150 + random.nextInt(500)),
					"Peer-Netværket Danmark")
			.update();
		// Supervision every three to five weeks; for some, the last one is overdue.
		LocalDate session = today.minusDays((index == 2) ? 60 : 5 + random.nextInt(20));
		for (int s = 0; s < 4; s++) {
			this.jdbc
				.sql("insert into peer_supervision (peer_worker_id, received_on, supervisor, form) values (?, ?, ?, ?)")
				.params(id, session, SUPERVISORS[random.nextInt(SUPERVISORS.length)],
						random.nextBoolean() ? "GROUP" : "INDIVIDUAL")
				.update();
			session = session.minusDays(21 + random.nextInt(15));
		}
		return id;
	}

	private long recipient(long organisation, Unit unit, LocalDate today, Random random, int index) {
		String alias = (char) ('A' + random.nextInt(26)) + "." + (char) ('A' + random.nextInt(26)) + ".";
		String targetGroup = targetGroup(unit.kind(), random);
		LocalDate referred = today.minusDays(20 + random.nextInt(600));
		long id = this.jdbc.sql("""
				insert into recipient (internal_number, alias, external_reference, birth_year, gender, organisation_id,
				    unit_id, target_group_id, referral_date, referral_source_id)
				values ('R-' || lpad(nextval('recipient_number_seq')::text, 6, '0'), ?, ?, ?, ?, ?, ?,
				    (select id from lookup_value where list_name = 'TARGET_GROUP' and code = ?), ?,
				    (select id from lookup_value where list_name = 'REFERRAL_SOURCE' and code = ?))
				returning id
				""")
			.params(alias, REFERENCE_PREFIX + organisation + "-" + (index + 1), 1958 + random.nextInt(48),
					new String[] { "FEMALE", "MALE", "FEMALE", "MALE", "OTHER", "NOT_STATED" }[random.nextInt(6)],
					organisation, unit.id(), targetGroup, referred,
					new String[] { "SELF", "RELATIVE", "PSYCHIATRY", "MUNICIPALITY", "GP", "NGO" }[random.nextInt(6)])
			.query(Long.class)
			.single();
		String method = random.nextInt(4) == 0 ? "VERBAL" : "WRITTEN";
		consent(id, "REGISTRATION", referred, method, null);
		if (random.nextInt(5) != 0) {
			// A few withdraw their consent to outcome measurement after a while.
			consent(id, "OUTCOME_MEASUREMENT", referred, method,
					(random.nextInt(12) == 0) ? referred.plusDays(60 + random.nextInt(60)) : null);
		}
		if (random.nextInt(5) < 2) {
			consent(id, "ANONYMISED_QUOTES", referred.plusDays(random.nextInt(30)), "WRITTEN", null);
		}
		return id;
	}

	private void consent(long recipient, String kind, LocalDate given, String method, @Nullable LocalDate withdrawn) {
		LocalDate on = (withdrawn != null && withdrawn.isAfter(LocalDate.now(this.clock))) ? null : withdrawn;
		this.jdbc.sql("insert into consent (recipient_id, kind, given_on, method, withdrawn_on) values (?, ?, ?, ?, ?)")
			.params(recipient, kind, given, method, on)
			.update();
	}

	private static String targetGroup(String unitKind, Random random) {
		return switch (unitKind) {
			case "INPATIENT_WARD" -> random.nextBoolean() ? "MENTOR_DISCHARGE" : "DISTRICT_PSYCHIATRY";
			case "DISTRICT_PSYCHIATRY" -> "DISTRICT_PSYCHIATRY";
			case "OPUS" -> "OPUS";
			case "RESIDENTIAL_FACILITY" -> random.nextBoolean() ? "SEL107" : "SEL108";
			case "ACTIVITY_CENTRE" -> random.nextBoolean() ? "SEL104" : "SEL103";
			case "MUNICIPAL_SUPPORT" -> random.nextBoolean() ? "SEL85" : "SEL99";
			default -> new String[] { "SEL79", "SEL85", "OTHER" }[random.nextInt(3)];
		};
	}

	private void individualCourse(long organisation, Unit unit, long recipient, long peer, LocalDate today,
			Random random) {
		boolean mentor = "INPATIENT_WARD".equals(unit.kind()) && random.nextInt(3) != 0;
		String kind = mentor ? "MENTOR" : (random.nextInt(4) == 0) ? "BRIDGE_BUILDING" : "INDIVIDUAL";
		LocalDate start = today.minusDays(random.nextInt(540)).plusDays(14);
		LocalDate plannedEnd = start.plusMonths(mentor ? 6 + random.nextInt(4) : 3 + random.nextInt(9));
		// Most mentor courses follow the rule; one in four starts too early or is planned
		// too short.
		LocalDate discharge = null;
		if (mentor) {
			boolean breaksRule = random.nextInt(4) == 0;
			discharge = start.plusDays(breaksRule ? 100 + random.nextInt(30) : 20 + random.nextInt(60));
			if (breaksRule && random.nextBoolean()) {
				discharge = start.plusDays(30);
				plannedEnd = start.plusMonths(4);
			}
		}
		LocalDate ended = (plannedEnd.isBefore(today) && random.nextInt(3) != 0) ? plannedEnd : null;
		insertCourse(kind, null, organisation, unit, start, plannedEnd, ended, discharge,
				GOALS[random.nextInt(GOALS.length)], List.of(recipient), List.of(peer), random);
	}

	private void groupCourse(long organisation, Unit unit, int group, List<Long> members, List<Long> peers,
			LocalDate today, Random random) {
		LocalDate start = today.minusDays(30 + random.nextInt(200));
		String title = (group == 0) ? "Recovery-gruppen" : "Gå-gruppen";
		insertCourse("GROUP", title, organisation, unit, start, start.plusMonths(6), null, null, null, members,
				peers.stream().distinct().toList(), random);
	}

	private void insertCourse(String kind, @Nullable String title, long organisation, Unit unit, LocalDate start,
			LocalDate plannedEnd, @Nullable LocalDate ended, @Nullable LocalDate discharge, @Nullable String goals,
			List<Long> recipients, List<Long> peers, Random random) {
		String endReason = (ended == null) ? null
				: new String[] { "COMPLETED", "COMPLETED", "OTHER_SUPPORT", "RECIPIENT_ENDED" }[random.nextInt(4)];
		long course = this.jdbc
			.sql("""
					insert into course (kind, title, organisation_id, unit_id, model_id, starts_on, planned_end_on, ended_on,
					    end_reason_id, discharge_on, goals)
					values (?, ?, ?, ?, (select model_id from peer_worker where id = ?), ?, ?, ?,
					    (select id from lookup_value where list_name = 'END_REASON' and code = ?), ?, ?)
					returning id
					""")
			.params(kind, title, organisation, unit.id(), peers.get(0), start, plannedEnd, ended, endReason, discharge,
					goals)
			.query(Long.class)
			.single();
		for (long recipient : recipients) {
			this.jdbc.sql("insert into course_recipient (course_id, recipient_id) values (?, ?)")
				.params(course, recipient)
				.update();
		}
		for (long peer : peers) {
			this.jdbc.sql("insert into course_peer (course_id, peer_worker_id) values (?, ?)")
				.params(course, peer)
				.update();
		}
	}

	/**
	 * Links a demo peer login to the organisation's first demo peer worker, unless it is
	 * linked already.
	 */
	private void linkLogin(String username, long organisation) {
		this.jdbc.sql("""
				update peer_worker set staff_user_id = u.id, full_name = u.full_name
				from (select id, full_name from staff_user where username = :username) u
				where peer_worker.id = (select min(id) from peer_worker where organisation_id = :organisation)
				  and peer_worker.staff_user_id is null
				  and not exists (select 1 from peer_worker pw join staff_user u on u.id = pw.staff_user_id
				                  where u.username = :username)
				""").param("username", username).param("organisation", organisation).update();
	}

	record Unit(long id, String kind) {
	}

}
