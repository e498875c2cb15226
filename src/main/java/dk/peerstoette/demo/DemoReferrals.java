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
 * waiting time has figures. Loaded once: left alone if the partnership exists.
 */
@Component
@Profile("!prod")
@Order(40)
class DemoReferrals implements DemoPart {

	static final String PARTNERSHIP = "Peer-samarbejdet i Hovedstaden";

	static final String NGO = "Psykiatriforeningernes Fællesråd";

	static final String NGO_LOGIN = "koordinator.ngo";

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
					insert into waiting_entry (organisation_id, unit_id, recipient_id, entered_on, created_by, course_id, left_on)
					values (?, ?, ?, ?, ?, ?, ?)
					""")
			.params(organisation, unit, recipient, on, by, course, left)
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
