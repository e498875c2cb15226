package dk.peerstoette.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Pathways in the demo (issue 18): in København a volunteer who became paid two months
 * ago (a history of two periods, so the dashboard counts their earlier staff meetings as
 * a volunteer's), and a peer worker who stopped last month for an ordinary job; where
 * bridge-building contacts and courses went, relatives taking part, and recipients'
 * networks. What is already there is left alone.
 */
@Component
@Profile("!prod")
@Order(30)
class DemoPathways implements DemoPart {

	private static final String KOBENHAVN = "Københavns Kommune";

	private final JdbcClient jdbc;

	private final Clock clock;

	DemoPathways(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public void load() {
		LocalDate today = LocalDate.now(this.clock);
		long organisation = this.jdbc.sql("select id from organisation where name = ?")
			.param(KOBENHAVN)
			.query(Long.class)
			.single();
		becamePaid(organisation, today.withDayOfMonth(1).minusMonths(2));
		endedForAJob(organisation, today);
		bridgesAndRelatives();
		bridgeCoursesAndNetworks();
	}

	/**
	 * Most demo bridge-building courses say what they built a bridge to, in turn (every
	 * fifth says nothing, as a coordinator may leave it); every third recipient has a
	 * network noted: a parent or two, some also a sibling; a few others a partner and
	 * children, or two friends.
	 */
	private void bridgeCoursesAndNetworks() {
		if (this.jdbc.sql("""
				select exists (select 1 from course where bridge_to is not null)
				    or exists (select 1 from recipient_network)
				""").query(Boolean.class).single()) {
			return;
		}
		this.jdbc.sql("""
				update course set bridge_to = (array['JOB_CENTRE', 'GENERAL_PRACTITIONER', 'HOUSING', 'EDUCATION',
				                                     'ASSOCIATION', 'OTHER'])[1 + id % 6]
				where kind = 'BRIDGE_BUILDING' and id % 5 <> 0
				""").update();
		this.jdbc.sql("""
				insert into recipient_network (recipient_id, role, relatives)
				select id, role, relatives from (
				    select id, 'PARENT' as role, 1 + id % 2 as relatives from recipient where id % 3 = 0
				    union all select id, 'SIBLING', 1 from recipient where id % 6 = 0
				    union all select id, 'PARTNER', 1 from recipient where id % 9 = 4
				    union all select id, 'CHILD', 1 + id % 2 from recipient where id % 9 = 4
				    union all select id, 'FRIEND', 2 from recipient where id % 9 = 7
				) n
				where exists (select 1 from recipient r where r.id = n.id and r.anonymised_on is null)
				""").update();
	}

	/**
	 * Every demo bridge-building contact says what it built a bridge to, in turn; every
	 * seventh contact with a recipient had one or two relatives taking part.
	 */
	private void bridgesAndRelatives() {
		if (this.jdbc.sql("select exists (select 1 from contact where bridge_to is not null or relatives_present > 0)")
			.query(Boolean.class)
			.single()) {
			return;
		}
		this.jdbc.sql("""
				update contact set bridge_to = (array['JOB_CENTRE', 'GENERAL_PRACTITIONER', 'HOUSING', 'EDUCATION',
				                                      'ASSOCIATION', 'OTHER'])[1 + id % 6]
				where kind = 'BRIDGE_BUILDING'
				""").update();
		this.jdbc.sql("""
				update contact set relatives_present = 1 + id % 2
				where recipient_id is not null and id % 7 = 0
				""").update();
	}

	/**
	 * The second København peer worker without a login (the first is the strained one of
	 * the check-ins) was a volunteer until {@code from}, and is paid since.
	 */
	private void becamePaid(long organisation, LocalDate from) {
		List<Long> candidates = this.jdbc.sql("""
				select pw.id from peer_worker pw
				where pw.organisation_id = ? and pw.staff_user_id is null and pw.ends_on is null and pw.starts_on < ?
				order by pw.id offset 1 limit 1
				""").params(organisation, from).query(Long.class).list();
		if (candidates.isEmpty() || this.jdbc.sql("select count(*) from peer_worker_period where peer_worker_id = ?")
			.param(candidates.get(0))
			.query(Long.class)
			.single() > 1) {
			return;
		}
		long id = candidates.get(0);
		this.jdbc.sql("""
				update peer_worker_period p set employment_form = 'VOLUNTEER',
				    model_id = (select m.id from peer_support_model m where m.employment_form = 'VOLUNTEER'
				                and m.peer_role = p.peer_role order by m.id limit 1)
				where p.peer_worker_id = ? and p.valid_from is null
				""").param(id).update();
		this.jdbc
			.sql("""
					insert into peer_worker_period (peer_worker_id, valid_from, employment_form, peer_role, model_id, recorded_by)
					select p.peer_worker_id, ?, 'PAID', p.peer_role,
					       (select m.id from peer_support_model m where m.employment_form = 'PAID'
					        and m.peer_role = p.peer_role order by m.id limit 1),
					       (select id from staff_user where username = 'koordinator')
					from peer_worker_period p where p.peer_worker_id = ? and p.valid_from is null
					""")
			.params(from, id)
			.update();
		this.jdbc
			.sql("""
					update peer_worker pw set employment_form = p.employment_form, peer_role = p.peer_role, model_id = p.model_id
					from peer_worker_period p where p.peer_worker_id = pw.id and p.valid_from = ? and pw.id = ?
					""")
			.params(from, id)
			.update();
	}

	/** A volunteer who stopped at the end of last month for an ordinary job. */
	private void endedForAJob(long organisation, LocalDate today) {
		if (this.jdbc.sql("select exists (select 1 from peer_worker where end_destination is not null)")
			.query(Boolean.class)
			.single()) {
			return;
		}
		this.jdbc.sql("""
				insert into peer_worker (organisation_id, full_name, employment_form, peer_role, model_id, starts_on,
				    ends_on, end_reason, end_destination)
				values (?, 'Mette Juul', 'VOLUNTEER', 'SUPPLEMENTARY',
				        (select id from peer_support_model where employment_form = 'VOLUNTEER'
				         and peer_role = 'SUPPLEMENTARY' order by id limit 1),
				        ?, ?, 'NEW_JOB_OR_EDUCATION', 'ORDINARY_JOB')
				""").params(organisation, today.minusYears(2), today.withDayOfMonth(1).minusDays(1)).update();
	}

}
