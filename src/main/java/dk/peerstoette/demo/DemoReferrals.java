package dk.peerstoette.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Pathways across a partnership that runs today: the 2015-2018 partnerships have ended,
 * so København, the region and the two NGOs work on together in an ongoing one, with a
 * coordinator login for Psykiatriforeningernes Fællesråd ({@value #NGO_LOGIN}, made with
 * the other logins). København has referred a few recipients there (one accepted and
 * waiting, one awaiting an answer, one declined) and one to the region; København's units
 * have own intake waiting, and earlier waiting places that led to a course, so that
 * waiting time has figures. The region's ward has handed a mentor course over to
 * København ({@value #REGION_LOGIN} and {@code koordinator} see its two parts). Loaded
 * once: left alone if the partnership exists.
 */
@Component
@Profile("!prod")
@Order(40)
class DemoReferrals implements DemoPart {

	static final String PARTNERSHIP = "Peer-samarbejdet i Hovedstaden";

	static final String NGO = "Psykiatriforeningernes Fællesråd";

	static final String NGO_LOGIN = "koordinator.ngo";

	static final String REGION_LOGIN = "koordinator.region";

	private static final List<String> MEMBERS = List.of("Københavns Kommune", "Region Hovedstaden", NGO,
			"Det Sociale Netværk");

	private final JdbcClient jdbc;

	private final Clock clock;

	DemoReferrals(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public void load() {
		boolean loaded = this.jdbc.sql("select exists (select 1 from partnership where name = ?)")
			.param(PARTNERSHIP)
			.query(Boolean.class)
			.single();
		if (loaded) {
			return;
		}
		long partnership = this.jdbc
			.sql("insert into partnership (name, starts_on) values (?, date '2019-01-01') returning id")
			.param(PARTNERSHIP)
			.query(Long.class)
			.single();
		for (String member : MEMBERS) {
			this.jdbc.sql("""
					insert into partnership_membership (partnership_id, organisation_id, starts_on)
					values (?, (select id from organisation where name = ?), date '2019-01-01')
					""").params(partnership, member).update();
		}
		long copenhagen = organisation("Københavns Kommune");
		long ngo = organisation(NGO);
		long region = organisation("Region Hovedstaden");
		long ngoCoordinator = user(NGO_LOGIN);
		long coordinator = user("koordinator");
		LocalDate today = LocalDate.now(this.clock);
		List<Long> recipients = this.jdbc.sql("""
				select id from recipient where organisation_id = ? and external_reference like ? order by id limit 6
				""").params(copenhagen, DemoCaseload.REFERENCE_PREFIX + "%").query(Long.class).list();
		if (recipients.size() < 6) {
			return;
		}
		long ngoUnit = firstUnit(ngo);
		long regionUnit = firstUnit(region);
		share(recipients.get(0), ngo, today.minusDays(20));
		long accepted = referral(recipients.get(0), copenhagen, ngo, ngoUnit, partnership, coordinator,
				today.minusDays(14),
				"Ønsker en frivillig peer-støtteperson at gå ture og tale med. Er klar til at mødes nu.");
		decide(accepted, "ACCEPTED", today.minusDays(10), ngoCoordinator, null);
		this.jdbc.sql("""
				insert into waiting_entry (organisation_id, unit_id, referral_id, entered_on, created_by)
				values (?, ?, ?, ?, ?)
				""").params(ngo, ngoUnit, accepted, today.minusDays(10), ngoCoordinator).update();
		share(recipients.get(1), ngo, today.minusDays(5));
		referral(recipients.get(1), copenhagen, ngo, ngoUnit, partnership, coordinator, today.minusDays(3),
				"Har brug for et fællesskab efter udskrivelsen og vil gerne møde andre med egne erfaringer.");
		share(recipients.get(2), ngo, today.minusDays(30));
		long declined = referral(recipients.get(2), copenhagen, ngo, ngoUnit, partnership, coordinator,
				today.minusDays(25), "Ønsker samtaler med en peer-støtteperson om at komme tilbage i arbejde.");
		decide(declined, "DECLINED", today.minusDays(21), ngoCoordinator,
				"Vi har ikke plads før efter sommerferien. Det Sociale Netværk har et lignende tilbud.");
		share(recipients.get(3), region, today.minusDays(8));
		referral(recipients.get(3), copenhagen, region, regionUnit, partnership, coordinator, today.minusDays(6),
				"Ønsker mentorstøtte i distriktspsykiatrien.");
		sharedMentorCourse(region, regionUnit, copenhagen, firstUnit(copenhagen), partnership, today);
		// Own intake waiting on København's first unit.
		long copenhagenUnit = firstUnit(copenhagen);
		intake(copenhagen, copenhagenUnit, recipients.get(4), today.minusDays(30), coordinator, null, null);
		intake(copenhagen, copenhagenUnit, recipients.get(5), today.minusDays(12), coordinator, null, null);
		// Earlier places that led to a course: the waiting time to its first contact.
		List<long[]> courses = this.jdbc
			.sql("""
					select c.id, c.unit_id, cr.recipient_id from course c join course_recipient cr on cr.course_id = c.id
					where c.organisation_id = ? and c.kind = 'INDIVIDUAL' and c.starts_on <= ?
					  and exists (select 1 from contact k where k.course_id = c.id and k.status = 'HELD' and k.deleted_at is null)
					order by c.id limit 12
					""")
			.params(copenhagen, today)
			.query((row, n) -> new long[] { row.getLong(1), row.getLong(2), row.getLong(3) })
			.list();
		int n = 0;
		for (long[] course : courses) {
			LocalDate first = this.jdbc.sql("""
					select min(occurred_on) from contact where course_id = ? and status = 'HELD' and deleted_at is null
					""").param(course[0]).query(LocalDate.class).single();
			intake(copenhagen, course[1], course[2], first.minusDays(4 + (n * 7) % 45), coordinator, course[0], first);
			n++;
		}
	}

	/**
	 * Mentor support that started on the ward two and a half months ago, about two months
	 * before discharge, and goes on in København after it: a referral that hands the
	 * ward's mentor course over, the recipient registered in København, and København's
	 * mentor course continuing the ward's. Seven months in all, so the rule holds.
	 */
	private void sharedMentorCourse(long region, long ward, long copenhagen, long copenhagenUnit, long partnership,
			LocalDate today) {
		long regionCoordinator = user(REGION_LOGIN);
		long coordinator = user("koordinator");
		long mentor = this.jdbc.sql("""
				insert into peer_worker (organisation_id, full_name, employment_form, peer_role, starts_on)
				values (?, 'Mette Mentor', 'MENTOR', 'SUPPLEMENTARY', ?) returning id
				""").params(region, today.minusYears(2)).query(Long.class).single();
		long patient = recipient(region, ward, "Jonas");
		consent(patient, "REGISTRATION", today.minusDays(80), null);
		consent(patient, "PARTNER_SHARING", today.minusDays(20), copenhagen);
		long wardCourse = mentorCourse(region, ward, patient, mentor, today.minusDays(75), today.minusDays(7),
				today.minusDays(14), null);
		long referral = this.jdbc
			.sql("""
					insert into referral (recipient_id, from_organisation_id, to_organisation_id, to_unit_id, partnership_id,
					    reason, referred_on, referred_by, course_id)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id
					""")
			.params(patient, region, copenhagen, copenhagenUnit, partnership,
					"Mentorstøtten fortsætter efter udskrivelsen, så overgangen til hverdagen i kommunen bliver tryg.",
					today.minusDays(18), regionCoordinator, wardCourse)
			.query(Long.class)
			.single();
		decide(referral, "ACCEPTED", today.minusDays(15), coordinator, null);
		long citizen = recipient(copenhagen, copenhagenUnit, "Jonas");
		consent(citizen, "REGISTRATION", today.minusDays(12), null);
		long peer = this.jdbc.sql("""
				select id from peer_worker where organisation_id = ? and ends_on is null order by id limit 1
				""").param(copenhagen).query(Long.class).single();
		long continuation = mentorCourse(copenhagen, copenhagenUnit, citizen, peer, today.minusDays(10),
				today.plusDays(140), null, wardCourse);
		this.jdbc.sql("""
				insert into waiting_entry (organisation_id, unit_id, recipient_id, referral_id, entered_on, created_by,
				    course_id, left_on, left_reason)
				values (?, ?, ?, ?, ?, ?, ?, ?, 'COURSE_STARTED')
				""")
			.params(copenhagen, copenhagenUnit, citizen, referral, today.minusDays(15), coordinator, continuation,
					today.minusDays(10))
			.update();
	}

	private long recipient(long organisation, long unit, String alias) {
		return this.jdbc.sql("""
				insert into recipient (internal_number, alias, birth_year, organisation_id, unit_id, target_group_id)
				values ('R-' || lpad(nextval('recipient_number_seq')::text, 6, '0'), ?, 1994, ?, ?,
				    (select id from lookup_value where list_name = 'TARGET_GROUP' and active order by id limit 1))
				returning id
				""").params(alias, organisation, unit).query(Long.class).single();
	}

	private void consent(long recipient, String kind, LocalDate on, @Nullable Long partner) {
		this.jdbc.sql("""
				insert into consent (recipient_id, kind, given_on, method, partner_organisation_id)
				values (?, ?, ?, 'WRITTEN', ?)
				""").params(recipient, kind, on, partner).update();
	}

	private long mentorCourse(long organisation, long unit, long recipient, long peerWorker, LocalDate startsOn,
			LocalDate plannedEndOn, @Nullable LocalDate dischargeOn, @Nullable Long continues) {
		long id = this.jdbc.sql("""
				insert into course (kind, organisation_id, unit_id, starts_on, planned_end_on, discharge_on,
				    continues_course_id)
				values ('MENTOR', ?, ?, ?, ?, ?, ?) returning id
				""")
			.params(organisation, unit, startsOn, plannedEndOn, dischargeOn, continues)
			.query(Long.class)
			.single();
		this.jdbc.sql("insert into course_recipient (course_id, recipient_id) values (?, ?)")
			.params(id, recipient)
			.update();
		this.jdbc.sql("insert into course_peer (course_id, peer_worker_id) values (?, ?)")
			.params(id, peerWorker)
			.update();
		return id;
	}

	private void share(long recipient, long organisation, LocalDate on) {
		this.jdbc.sql("""
				insert into consent (recipient_id, kind, given_on, method, partner_organisation_id)
				values (?, 'PARTNER_SHARING', ?, 'WRITTEN', ?)
				""").params(recipient, on, organisation).update();
	}

	private long referral(long recipient, long from, long to, long unit, long partnership, long by, LocalDate on,
			String reason) {
		return this.jdbc
			.sql("""
					insert into referral (recipient_id, from_organisation_id, to_organisation_id, to_unit_id, partnership_id,
					    reason, referred_on, referred_by)
					values (?, ?, ?, ?, ?, ?, ?, ?) returning id
					""")
			.params(recipient, from, to, unit, partnership, reason, on, by)
			.query(Long.class)
			.single();
	}

	private void decide(long referral, String status, LocalDate on, long by, @Nullable String declineReason) {
		this.jdbc.sql("update referral set status = ?, decided_on = ?, decided_by = ?, decline_reason = ? where id = ?")
			.params(status, on, by, declineReason, referral)
			.update();
	}

	private void intake(long organisation, long unit, long recipient, LocalDate on, long by, @Nullable Long course,
			@Nullable LocalDate left) {
		this.jdbc
			.sql("""
					insert into waiting_entry (organisation_id, unit_id, recipient_id, entered_on, created_by, course_id, left_on,
					    left_reason)
					values (?, ?, ?, ?, ?, ?, ?, ?)
					""")
			.params(organisation, unit, recipient, on, by, course, left, (course != null) ? "COURSE_STARTED" : null)
			.update();
	}

	private long organisation(String name) {
		return this.jdbc.sql("select id from organisation where name = ?").param(name).query(Long.class).single();
	}

	private long user(String username) {
		return this.jdbc.sql("select id from staff_user where username = ?").param(username).query(Long.class).single();
	}

	private long firstUnit(long organisation) {
		return this.jdbc.sql("select id from unit where organisation_id = ? and active order by id limit 1")
			.param(organisation)
			.query(Long.class)
			.single();
	}

}
