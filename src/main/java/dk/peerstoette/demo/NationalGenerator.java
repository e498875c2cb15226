package dk.peerstoette.demo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Generates a national programme for measuring the dashboards at scale: 3 partnerships,
 * 11 organisations, 60 units, 300 peer workers, 30,000 recipients with consents and
 * courses, 1,000,000 contacts and 120,000 completed CHIME-10 assessments over four years
 * (times the scale factor). Set-based SQL with deterministic pseudo-random numbers (a
 * hash of the row number), all in one transaction, so a failed run leaves nothing behind.
 * Refuses to run on a database that already holds a national programme. The assessments
 * carry their dimension scores only, no item answers.
 */
final class NationalGenerator {

	/** The names of the three partnerships; the first one marks a generated database. */
	static final List<String> PARTNERSHIPS = List.of("Nationalt partnerskab Nord", "Nationalt partnerskab Midt",
			"Nationalt partnerskab Syd");

	private static final Logger log = LoggerFactory.getLogger(NationalGenerator.class);

	private static final int STEPS = 13;

	private final DataSource dataSource;

	private final String passwordHash;

	/** The last day of the generated years. */
	private final LocalDate today;

	private long started;

	private int step;

	NationalGenerator(DataSource dataSource, String passwordHash, LocalDate today) {
		this.dataSource = dataSource;
		this.passwordHash = passwordHash;
		this.today = today;
	}

	/** How many of each; the structure (partnerships, organisations, units) is fixed. */
	record Sizes(int peerWorkers, int recipients, int groupsPerUnit, int contacts, int assessments, int checkins,
			int quotes) {

		static Sizes of(double scale) {
			return new Sizes(Math.max(22, (int) Math.round(300 * scale)),
					Math.max(120, (int) Math.round(30_000 * scale)), Math.max(1, (int) Math.round(25 * scale)),
					(int) Math.round(1_000_000 * scale), (int) Math.round(120_000 * scale),
					(int) Math.round(12_000 * scale), (int) Math.round(3_000 * scale));
		}

	}

	/**
	 * Generates the programme at the given scale (1.0 = national).
	 * @return false (and nothing changed) if the database already holds one
	 */
	boolean generate(double scale) {
		Sizes sizes = Sizes.of(scale);
		this.started = System.nanoTime();
		this.step = 0;
		try (Connection connection = this.dataSource.getConnection()) {
			if (alreadyGenerated(connection)) {
				log.warn("National data: refused, the database already holds '{}'", PARTNERSHIPS.get(0));
				return false;
			}
			log.info("National data: generating at scale {} ({})", scale, sizes);
			connection.setAutoCommit(false);
			try {
				generate(connection, sizes);
				connection.commit();
			}
			catch (SQLException | RuntimeException ex) {
				connection.rollback();
				throw ex;
			}
			connection.setAutoCommit(true);
			try (Statement statement = connection.createStatement()) {
				for (String table : List.of("recipient", "consent", "course", "course_recipient", "course_peer",
						"contact", "contact_attendance", "assessment", "peer_checkin", "peer_checkin_answer",
						"peer_checkin_score", "quote", "peer_supervision")) {
					statement.execute("vacuum (analyze) " + table);
				}
			}
			progress("vacuum and analyze", 0);
			return true;
		}
		catch (SQLException ex) {
			throw new IllegalStateException("National data: generation failed", ex);
		}
	}

	private static boolean alreadyGenerated(Connection connection) throws SQLException {
		try (PreparedStatement statement = connection
			.prepareStatement("select exists (select 1 from partnership where name = ?)")) {
			statement.setString(1, PARTNERSHIPS.get(0));
			try (ResultSet rs = statement.executeQuery()) {
				rs.next();
				return rs.getBoolean(1);
			}
		}
	}

	private void generate(Connection connection, Sizes sizes) throws SQLException {
		Map<String, Object> p = new LinkedHashMap<>();
		p.put("today", "date '" + this.today + "'");
		p.put("peers", sizes.peerWorkers());
		p.put("recipients", sizes.recipients());
		p.put("groupsPerUnit", sizes.groupsPerUnit());
		p.put("groups", sizes.groupsPerUnit() * 60);
		long groupContacts = Math.round(sizes.contacts() * 0.06);
		long organisationalContacts = Math.round(sizes.contacts() * 0.18);
		p.put("groupContacts", groupContacts);
		p.put("orgContacts", organisationalContacts);
		p.put("individualContacts", sizes.contacts() - groupContacts - organisationalContacts);
		p.put("assessments", sizes.assessments());
		p.put("checkins", sizes.checkins());
		p.put("quotes", sizes.quotes());

		// A deterministic number in [0, 1) for a row number and a salt.
		run(connection, p, """
				create function pg_temp.rnd(i bigint, salt int) returns double precision
				language sql immutable parallel safe as
				$$ select (hashint8(i * 7919 + salt)::bigint + 2147483648) / 4294967296.0 $$;
				create temp table g_window on commit drop as
				select make_date(extract(year from ${today})::int - 3, 1, 1) as first_day,
				       ${today} as last_day;
				""");
		structure(connection, p);
		staff(connection, p);
		peerWorkers(connection, p);
		recipients(connection, p);
		courses(connection, p);
		individualContacts(connection, p);
		groupContacts(connection, p);
		organisationalContacts(connection, p);
		assessments(connection, p);
		checkinsAndQuotes(connection, p);
		sequences(connection);
	}

	private void structure(Connection c, Map<String, Object> p) throws SQLException {
		run(c, p,
				"""
						insert into partnership (name, starts_on)
						select n, (select first_day from g_window) - 365
						from unnest(array['Nationalt partnerskab Nord', 'Nationalt partnerskab Midt',
						                  'Nationalt partnerskab Syd']) with ordinality as t (n, idx)
						order by idx;
						create temp table g_org_spec (idx int, name text, kind text, pidx int) on commit drop;
						insert into g_org_spec values
						    (1, 'Region Nordland', 'REGION', 1), (2, 'Nordby Kommune', 'MUNICIPALITY', 1),
						    (3, 'Fjordby Kommune', 'MUNICIPALITY', 1), (4, 'Foreningen Nordlys', 'NGO', 1),
						    (5, 'Region Midtland', 'REGION', 2), (6, 'Midtby Kommune', 'MUNICIPALITY', 2),
						    (7, 'Søby Kommune', 'MUNICIPALITY', 2), (8, 'Foreningen Midtvejen', 'NGO', 2),
						    (9, 'Region Sydland', 'REGION', 3), (10, 'Sydby Kommune', 'MUNICIPALITY', 3),
						    (11, 'Foreningen Sydhavnen', 'NGO', 3);
						insert into organisation (name, kind) select name, kind from g_org_spec order by idx;
						create temp table g_org on commit drop as
						select s.idx, o.id, s.kind, s.pidx, p.id as partnership_id
						from g_org_spec s
						join organisation o on o.name = s.name
						join partnership p on p.name = (array['Nationalt partnerskab Nord', 'Nationalt partnerskab Midt',
						                                      'Nationalt partnerskab Syd'])[s.pidx];
						insert into partnership_membership (partnership_id, organisation_id, starts_on)
						select partnership_id, id, (select first_day from g_window) - 365 from g_org order by idx;
						insert into unit (organisation_id, name, kind, sector)
						select o.id, 'Enhed ' || lpad(u::text, 2, '0'),
						       case when o.kind = 'REGION'
						            then (array['INPATIENT_WARD', 'DISTRICT_PSYCHIATRY', 'OPUS', 'RESIDENTIAL_FACILITY'])[1 + (u / 11) % 4]
						            else (array['MUNICIPAL_SUPPORT', 'ACTIVITY_CENTRE', 'RESIDENTIAL_FACILITY', 'OTHER'])[1 + (u / 11) % 4]
						       end,
						       case when o.kind = 'REGION' then 'REGIONAL' else 'MUNICIPAL' end
						from generate_series(1, 60) u join g_org o on o.idx = (u - 1) % 11 + 1
						order by u;
						create temp table g_unit on commit drop as
						select substr(u.name, 7)::int as idx, u.id, o.idx as org_idx, o.id as org_id,
						       (row_number() over (partition by o.idx order by u.id) - 1)::int as rn,
						       (count(*) over (partition by o.idx))::int as cnt
						from unit u join g_org o on o.id = u.organisation_id;
						create temp table g_model_spec (idx int, name text, form text, role text) on commit drop;
						insert into g_model_spec values
						    (1, 'Nationalt: lønnet, konventionel', 'PAID', 'CONVENTIONAL'),
						    (2, 'Nationalt: frivillig, konventionel', 'VOLUNTEER', 'CONVENTIONAL'),
						    (3, 'Nationalt: mentor, konventionel', 'MENTOR', 'CONVENTIONAL'),
						    (4, 'Nationalt: lønnet, supplerende', 'PAID', 'SUPPLEMENTARY'),
						    (5, 'Nationalt: frivillig, supplerende', 'VOLUNTEER', 'SUPPLEMENTARY'),
						    (6, 'Nationalt: mentor, supplerende', 'MENTOR', 'SUPPLEMENTARY');
						insert into peer_support_model (name, employment_form, peer_role)
						select name, form, role from g_model_spec order by idx;
						create temp table g_model on commit drop as
						select s.idx, m.id, s.form, s.role from g_model_spec s join peer_support_model m on m.name = s.name;
						create temp table g_lookup on commit drop as
						select list_name, id, (row_number() over (partition by list_name order by sort_order, id))::int as idx,
						       (count(*) over (partition by list_name))::int as cnt
						from lookup_value where active;
						""");
		step("partnerships, organisations, units, models",
				count(c, "select (select count(*) from g_org) + (select count(*) from g_unit) + 9"));
	}

	private void staff(Connection c, Map<String, Object> p) throws SQLException {
		run(c, p, "create temp table g_secret (hash text) on commit drop");
		try (PreparedStatement statement = c.prepareStatement("insert into g_secret values (?)")) {
			statement.setString(1, this.passwordHash);
			statement.executeUpdate();
		}
		run(c, p,
				"""
						insert into staff_user (username, password_hash, full_name, role)
						select 'admin', (select hash from g_secret), 'Administrator', 'ADMIN'
						where not exists (select 1 from staff_user where username = 'admin');
						insert into staff_user (username, password_hash, full_name, role, organisation_id, partnership_id)
						select 'national.leder' || o.pidx, (select hash from g_secret), 'Leder ' || o.pidx, 'MANAGER',
						       o.id, o.partnership_id
						from g_org o where o.kind = 'REGION' order by o.pidx;
						insert into staff_user (username, password_hash, full_name, role, organisation_id)
						select 'national.koordinator' || o.idx, (select hash from g_secret), 'Koordinator ' || o.idx,
						       'COORDINATOR', o.id
						from g_org o order by o.idx;
						create temp table g_coord on commit drop as
						select o.idx as org_idx, s.id from g_org o join staff_user s on s.username = 'national.koordinator' || o.idx;
						insert into staff_user (username, password_hash, full_name, role, organisation_id)
						select 'national.peer' || i, (select hash from g_secret), 'Peer ' || i, 'PEER_WORKER',
						       o.id
						from generate_series(1, ${peers}) i join g_org o on o.idx = (i - 1) % 11 + 1
						order by i;
						""");
		step("staff logins", count(c, "select count(*) from staff_user where username like 'national.%'"));
	}

	private void peerWorkers(Connection c, Map<String, Object> p) throws SQLException {
		run(c, p,
				"""
						create temp table g_pw on commit drop as
						select i as idx, b.base + i as id, o.idx as org_idx, o.id as org_id, m.id as model_id, m.form, m.role,
						       (w.first_day - 400 + floor(pg_temp.rnd(i, 1) * 500)::int) as starts_on,
						       s.id as staff_user_id, co.id as coordinator_id,
						       (row_number() over (partition by o.idx order by i) - 1)::int as rn
						from generate_series(1, ${peers}) i
						cross join g_window w
						cross join (select coalesce(max(id), 0) as base from peer_worker) b
						join g_org o on o.idx = (i - 1) % 11 + 1
						join g_model m on m.idx = (i - 1) % 6 + 1
						join staff_user s on s.username = 'national.peer' || i
						join g_coord co on co.org_idx = o.idx;
						alter table g_pw add column unit_id bigint;
						update g_pw set unit_id = u.id from g_unit u where u.org_idx = g_pw.org_idx and u.rn = g_pw.rn % u.cnt;
						analyze g_pw;
						create temp table g_pwcnt on commit drop as select org_idx, count(*)::int as cnt from g_pw group by org_idx;
						insert into peer_worker (id, organisation_id, full_name, phone, email, employment_form, peer_role, model_id,
						                         starts_on, staff_user_id, supervisor_user_id)
						select id, org_id,
						       (array['Anne', 'Bo', 'Camilla', 'Dennis', 'Emma', 'Frederik', 'Gitte', 'Hans', 'Ida', 'Jonas',
						              'Karin', 'Lars', 'Maja', 'Niels', 'Olivia', 'Peter', 'Rikke', 'Søren', 'Tina', 'Ulrik'])[1 + idx % 20]
						       || ' ' || (array['Andersen', 'Berg', 'Christensen', 'Dahl', 'Eriksen', 'Friis', 'Holm', 'Jensen',
						                        'Krogh', 'Larsen', 'Madsen', 'Nielsen', 'Olsen', 'Poulsen', 'Rasmussen'])[1 + (idx / 20) % 15],
						       '+45 20 ' || lpad(idx::text, 6, '0'), 'peer' || idx || '@national.example',
						       form, role, model_id, starts_on, staff_user_id, coordinator_id
						from g_pw order by idx;
						insert into peer_worker_unit (peer_worker_id, unit_id)
						select id, unit_id from g_pw
						union
						select pw.id, u.id from g_pw pw join g_unit u on u.org_idx = pw.org_idx and u.rn = (pw.rn + 1) % u.cnt
						where pg_temp.rnd(pw.idx, 2) < 0.3;
						insert into peer_training (peer_worker_id, course_name, completed_on, provider)
						select id, 'Grunduddannelse som peer-medarbejder', starts_on - 30, 'Nationalt uddannelsesforløb' from g_pw;
						insert into peer_supervision (peer_worker_id, received_on, supervisor, form)
						select pw.id, w.first_day + m * 30 + floor(pg_temp.rnd(pw.idx * 100 + m, 3) * 20)::int,
						       case when m % 2 = 0 then 'Psykolog Marianne Friis' else 'Supervisor Jens Kjær' end,
						       case when pg_temp.rnd(pw.idx * 100 + m, 4) < 0.6 then 'GROUP' else 'INDIVIDUAL' end
						from g_pw pw cross join g_window w cross join generate_series(0, 47) m
						where pg_temp.rnd(pw.idx * 100 + m, 5) < 0.8 and w.first_day + m * 30 + 20 <= w.last_day;
						""");
		step("peer workers, units, training, supervision", count(c, "select count(*) from g_pw"));
	}

	private void recipients(Connection c, Map<String, Object> p) throws SQLException {
		run(c, p,
				"""
						create temp table g_rec on commit drop as
						select i as idx, b.base + i as id, u.idx as unit_idx, u.id as unit_id, u.org_id, u.org_idx,
						       (w.first_day + floor(pg_temp.rnd(i, 2) * (w.last_day - w.first_day - 20))::int) as starts_on,
						       pg_temp.rnd(i, 6) < 0.85 as outcome, pg_temp.rnd(i, 8) < 0.3 as quotes,
						       floor(pg_temp.rnd(i, 13) * n.cnt)::int as pw_rn
						from generate_series(1, ${recipients}) i
						cross join g_window w
						cross join (select coalesce(max(id), 0) as base from recipient) b
						join g_unit u on u.idx = case when i <= 120 then 1 + (i - 1) % 60 else 1 + floor(pg_temp.rnd(i, 1) * 60)::int end
						join g_pwcnt n on n.org_idx = u.org_idx;
						create unique index on g_rec (idx);
						alter table g_rec add column unit_rank int;
						update g_rec set unit_rank = x.rk
						from (select idx, (row_number() over (partition by unit_idx order by idx) - 1)::int as rk from g_rec) x
						where x.idx = g_rec.idx;
						analyze g_rec;
						insert into recipient (id, internal_number, alias, birth_year, gender, organisation_id, unit_id,
						                       target_group_id, referral_date, referral_source_id)
						select r.id, 'N' || lpad(r.idx::text, 6, '0'),
						       (array['Ask', 'Bente', 'Carl', 'Dorthe', 'Elias', 'Freja', 'Gustav', 'Hanne', 'Isak', 'Jette',
						              'Kasper', 'Lone', 'Mads', 'Nanna', 'Oscar', 'Pernille', 'Rasmus', 'Sofie', 'Tobias', 'Vera'])[1 + r.idx % 20]
						       || ' ' || chr(65 + (r.idx / 20) % 26) || '.',
						       1950 + floor(pg_temp.rnd(r.idx, 3) * 56)::int,
						       (array['FEMALE', 'MALE', 'OTHER', 'NOT_STATED'])[case when pg_temp.rnd(r.idx, 4) < 0.48 then 1
						            when pg_temp.rnd(r.idx, 4) < 0.94 then 2 when pg_temp.rnd(r.idx, 4) < 0.97 then 3 else 4 end],
						       r.org_id, r.unit_id, tg.id, r.starts_on - 14, rs.id
						from g_rec r
						join g_lookup tg on tg.list_name = 'TARGET_GROUP'
						     and tg.idx = 1 + floor(pg_temp.rnd(r.idx, 5) * (select max(cnt) from g_lookup where list_name = 'TARGET_GROUP'))::int
						join g_lookup rs on rs.list_name = 'REFERRAL_SOURCE'
						     and rs.idx = 1 + floor(pg_temp.rnd(r.idx, 7) * (select max(cnt) from g_lookup where list_name = 'REFERRAL_SOURCE'))::int
						order by r.idx;
						insert into consent (recipient_id, kind, given_on, method, withdrawn_on)
						select id, 'REGISTRATION', starts_on - 7, case when pg_temp.rnd(idx, 9) < 0.7 then 'WRITTEN' else 'VERBAL' end,
						       null::date
						from g_rec
						union all
						select id, 'OUTCOME_MEASUREMENT', starts_on - 7, 'WRITTEN',
						       case when pg_temp.rnd(idx, 10) < 0.02 then least(starts_on + 200, (select last_day from g_window)) end
						from g_rec where outcome
						union all
						select id, 'ANONYMISED_QUOTES', starts_on - 7, 'WRITTEN', null from g_rec where quotes;
						""");
		step("recipients and consents", count(c, "select count(*) from g_rec"));
	}

	private void courses(Connection c, Map<String, Object> p) throws SQLException {
		run(c, p,
				"""
						create temp table g_course on commit drop as
						select r.idx, b.base + r.idx as id, r.id as recipient_id, r.unit_id, r.org_id, r.outcome,
						       case when pg_temp.rnd(r.idx, 20) < 0.6 then 'INDIVIDUAL' when pg_temp.rnd(r.idx, 20) < 0.8 then 'MENTOR'
						            else 'BRIDGE_BUILDING' end as kind,
						       pw.id as pw_id, pw.model_id, pw.staff_user_id, r.starts_on,
						       case when r.starts_on + l.len < w.last_day and pg_temp.rnd(r.idx, 22) < 0.9
						            then r.starts_on + l.len end as ended_on
						from g_rec r
						cross join g_window w
						cross join (select coalesce(max(id), 0) as base from course) b
						cross join lateral (select 60 + floor(pg_temp.rnd(r.idx, 21) * 480)::int as len) l
						join g_pw pw on pw.org_idx = r.org_idx and pw.rn = r.pw_rn;
						create unique index on g_course (idx);
						analyze g_course;
						create temp table g_group on commit drop as
						select g as idx, b.base + g as id, u.id as unit_id, u.org_id, pw.id as pw_id, pw.model_id,
						       pw.staff_user_id, pw2.id as pw2_id, s.starts_on,
						       case when s.starts_on + l.len < w.last_day then s.starts_on + l.len end as ended_on
						from generate_series(1, ${groups}) g
						cross join g_window w
						cross join (select coalesce(max(id), 0) + ${recipients} as base from course) b
						join g_unit u on u.idx = (g - 1) % 60 + 1
						join g_pwcnt n on n.org_idx = u.org_idx
						cross join lateral (select w.first_day + floor(pg_temp.rnd(g, 23) * (w.last_day - w.first_day - 60))::int
						                           as starts_on,
						                           120 + floor(pg_temp.rnd(g, 24) * 300)::int as len,
						                           floor(pg_temp.rnd(g, 25) * n.cnt)::int as pick) s
						cross join lateral (select s.len) l
						join g_pw pw on pw.org_idx = u.org_idx and pw.rn = s.pick
						left join g_pw pw2 on pw2.org_idx = u.org_idx and pw2.rn = (s.pick + 1) % n.cnt and pw2.rn <> s.pick
						     and pg_temp.rnd(g, 26) < 0.5;
						analyze g_group;
						create temp table g_member on commit drop as
						select r.idx, r.id as recipient_id, r.outcome, g.id as course_id
						from g_rec r
						join g_group g on g.idx = r.unit_idx + 60 * (r.unit_rank % ${groupsPerUnit})
						where r.unit_rank < ${groupsPerUnit} or pg_temp.rnd(r.idx, 28) < 0.25;
						analyze g_member;
						insert into course (id, kind, title, organisation_id, unit_id, model_id, starts_on, planned_end_on, ended_on,
						                    end_reason_id, discharge_on)
						select c.id, c.kind, null, c.org_id, c.unit_id, c.model_id, c.starts_on, c.starts_on + 180, c.ended_on,
						       er.id, case when c.kind = 'MENTOR' then c.starts_on + 21 end
						from g_course c
						left join g_lookup er on c.ended_on is not null and er.list_name = 'END_REASON'
						     and er.idx = 1 + floor(pg_temp.rnd(c.idx, 29) * (select max(cnt) from g_lookup where list_name = 'END_REASON'))::int
						union all
						select g.id, 'GROUP', 'Gruppe ' || g.idx, g.org_id, g.unit_id, g.model_id, g.starts_on, g.starts_on + 365,
						       g.ended_on, case when g.ended_on is not null then (select id from g_lookup where list_name = 'END_REASON'
						                                                          and idx = 1) end, null
						from g_group g
						order by 1;
						insert into course_recipient (course_id, recipient_id)
						select id, recipient_id from g_course union all select course_id, recipient_id from g_member;
						insert into course_peer (course_id, peer_worker_id)
						select id, pw_id from g_course
						union all select id, pw_id from g_group
						union all select id, pw2_id from g_group where pw2_id is not null;
						""");
		step("courses with recipients and peer workers",
				count(c, "select (select count(*) from g_course) + (select count(*) from g_group)"));
	}

	private void individualContacts(Connection c, Map<String, Object> p) throws SQLException {
		run(c, p,
				"""
						create temp table g_contact_base on commit drop as select coalesce(max(id), 0) as base from contact;
						insert into contact (id, organisation_id, unit_id, course_id, recipient_id, peer_worker_id, kind, status,
						                     not_held_reason, occurred_on, starts_at, duration_minutes, place, chime_connection,
						                     chime_hope, chime_identity, chime_meaning, chime_empowerment, created_by, updated_by,
						                     created_at, updated_at, deleted_at, deleted_by, delete_reason)
						select (select base from g_contact_base) + x.i, x.org_id, x.unit_id, x.id, x.recipient_id, x.pw_id,
						       case when x.kind = 'BRIDGE_BUILDING' and x.r_kind < 0.6 then 'BRIDGE_BUILDING'
						            when x.r_kind2 < 0.5 then 'INDIVIDUAL_CONVERSATION' when x.r_kind2 < 0.7 then 'ACTIVITY_TOGETHER'
						            when x.r_kind2 < 0.9 then 'PHONE' else 'VIDEO' end,
						       case when x.d > x.last_day - 14 and x.r_status < 0.4 then 'PLANNED'
						            when x.r_status > 0.92 then 'NOT_HELD' else 'HELD' end,
						       case when x.r_status > 0.92 then (array['RECIPIENT_CANCELLED', 'RECIPIENT_DID_NOT_COME',
						            'PEER_CANCELLED', 'OTHER'])[1 + floor(pg_temp.rnd(x.i, 35) * 4)::int] end,
						       x.d, time '08:00' + floor(pg_temp.rnd(x.i, 38) * 18) * interval '30 minutes',
						       15 + 15 * floor(pg_temp.rnd(x.i, 39) * 8)::int,
						       case when x.r_kind2 >= 0.5 and x.r_kind2 < 0.7 then 'Byen' end,
						       pg_temp.rnd(x.i, 40) < 0.35, pg_temp.rnd(x.i, 41) < 0.3, pg_temp.rnd(x.i, 42) < 0.2,
						       pg_temp.rnd(x.i, 43) < 0.25, pg_temp.rnd(x.i, 44) < 0.3,
						       x.staff_user_id, x.staff_user_id, x.d + time '17:00', x.d + time '17:00',
						       case when x.r_deleted < 0.005 then x.d + time '18:00' end,
						       case when x.r_deleted < 0.005 then x.staff_user_id end,
						       case when x.r_deleted < 0.005 then 'Registreret ved en fejl' end
						from (select i, c.*, w.last_day,
						             c.starts_on + floor(pg_temp.rnd(i, 32) * (coalesce(c.ended_on, w.last_day) - c.starts_on + 1))::int as d,
						             pg_temp.rnd(i, 33) as r_status, pg_temp.rnd(i, 34) as r_kind, pg_temp.rnd(i, 37) as r_kind2,
						             pg_temp.rnd(i, 36) as r_deleted
						      from generate_series(1, ${individualContacts}) i
						      cross join g_window w
						      join g_course c on c.idx = 1 + floor(pg_temp.rnd(i, 31) * ${recipients})::int) x;
						""");
		step("individual and bridge-building contacts",
				count(c, "select count(*) from contact where id > (select base from g_contact_base)"));
	}

	private void groupContacts(Connection c, Map<String, Object> p) throws SQLException {
		run(c, p,
				"""
						create temp table g_group_base on commit drop as select max(id) as base from contact;
						insert into contact (id, organisation_id, unit_id, course_id, peer_worker_id, kind, status,
						                     not_held_reason, occurred_on, starts_at, duration_minutes, place, chime_connection,
						                     chime_hope, chime_identity, chime_meaning, chime_empowerment, created_by, updated_by,
						                     created_at, updated_at)
						select (select base from g_group_base) + x.i, x.org_id, x.unit_id, x.id, x.pw_id, 'GROUP_MEETING',
						       case when x.d > x.last_day - 14 and x.r_status < 0.4 then 'PLANNED'
						            when x.r_status > 0.97 then 'NOT_HELD' else 'HELD' end,
						       case when x.r_status > 0.97 then 'PEER_CANCELLED' end,
						       x.d, time '14:00', case when pg_temp.rnd(x.i, 46) < 0.5 then 90 else 120 end,
						       (array['Aktivitetscentret', 'Mødelokalet', 'Parken'])[1 + floor(pg_temp.rnd(x.i, 47) * 3)::int],
						       true, pg_temp.rnd(x.i, 48) < 0.5, pg_temp.rnd(x.i, 49) < 0.25, pg_temp.rnd(x.i, 50) < 0.3,
						       pg_temp.rnd(x.i, 51) < 0.3, x.staff_user_id, x.staff_user_id, x.d + time '17:00',
						       x.d + time '17:00'
						from (select i, g.*, w.last_day,
						             g.starts_on + floor(pg_temp.rnd(i, 45) * (coalesce(g.ended_on, w.last_day) - g.starts_on + 1))::int as d,
						             pg_temp.rnd(i, 52) as r_status
						      from generate_series(1, ${groupContacts}) i
						      cross join g_window w
						      join g_group g on g.idx = 1 + floor(pg_temp.rnd(i, 53) * ${groups})::int) x;
						insert into contact_facilitator (contact_id, peer_worker_id)
						select ct.id, g.pw2_id from contact ct join g_group g on g.id = ct.course_id
						where ct.id > (select base from g_group_base) and g.pw2_id is not null;
						""");
		step("group meetings", count(c, "select count(*) from contact where id > (select base from g_group_base)"));
		run(c, p, """
				insert into contact_attendance (contact_id, recipient_id, attendance)
				select ct.id, m.recipient_id,
				       case when pg_temp.rnd(ct.id * 1000 + m.idx, 54) < 0.75 then 'PRESENT'
				            when pg_temp.rnd(ct.id * 1000 + m.idx, 54) < 0.9 then 'ABSENT' else 'CANCELLED' end
				from contact ct join g_member m on m.course_id = ct.course_id
				where ct.id > (select base from g_group_base) and ct.status = 'HELD';
				""");
		step("group attendance", count(c,
				"select count(*) from contact_attendance a where a.contact_id > (select base from g_group_base)"));
	}

	private void organisationalContacts(Connection c, Map<String, Object> p) throws SQLException {
		run(c, p,
				"""
						create temp table g_org_base on commit drop as select max(id) as base from contact;
						insert into contact (id, organisation_id, unit_id, peer_worker_id, kind, status, not_held_reason,
						                     occurred_on, starts_at, duration_minutes, created_by, updated_by, created_at, updated_at)
						select (select base from g_org_base) + x.i, x.org_id, x.unit_id, x.id,
						       case when x.r_kind < 0.35 then 'STAFF_MEETING' when x.r_kind < 0.55 then 'SUPERVISION'
						            when x.r_kind < 0.65 then 'TRAINING' when x.r_kind < 0.8 then 'NETWORK_MEETING'
						            else 'TREATMENT_CONFERENCE' end,
						       case when x.d > x.last_day - 14 and x.r_status < 0.4 then 'PLANNED'
						            when x.r_status > 0.96 then 'NOT_HELD' else 'HELD' end,
						       case when x.r_status > 0.96 then 'OTHER' end,
						       x.d, time '09:00' + floor(pg_temp.rnd(x.i, 57) * 12) * interval '30 minutes',
						       case when x.r_kind >= 0.55 and x.r_kind < 0.65 then 360 else 30 + 30 * floor(pg_temp.rnd(x.i, 58) * 4)::int end,
						       x.staff_user_id, x.staff_user_id, x.d + time '17:00', x.d + time '17:00'
						from (select i, pw.*, w.last_day,
						             greatest(w.first_day, pw.starts_on)
						                 + floor(pg_temp.rnd(i, 55) * (w.last_day - greatest(w.first_day, pw.starts_on) + 1))::int as d,
						             pg_temp.rnd(i, 56) as r_kind, pg_temp.rnd(i, 59) as r_status
						      from generate_series(1, ${orgContacts}) i
						      cross join g_window w
						      join g_pw pw on pw.idx = 1 + floor(pg_temp.rnd(i, 60) * ${peers})::int) x;
						""");
		step("organisational activities (staff meetings, supervision, training, network, conferences)",
				count(c, "select count(*) from contact where id > (select base from g_org_base)"));
	}

	private void assessments(Connection c, Map<String, Object> p) throws SQLException {
		run(c, p,
				"""
						create temp table g_pair on commit drop as
						select (row_number() over (order by course_id, recipient_id))::int as pair, q.*
						from (select c.id as course_id, c.recipient_id, c.org_id, c.unit_id, c.staff_user_id, c.starts_on,
						             c.ended_on, coalesce(c.ended_on, w.last_day) as until
						      from g_course c cross join g_window w where c.outcome
						      union all
						      select g.id, m.recipient_id, g.org_id, g.unit_id, g.staff_user_id, g.starts_on, g.ended_on,
						             coalesce(g.ended_on, w.last_day)
						      from g_member m join g_group g on g.id = m.course_id cross join g_window w where m.outcome) q;
						create unique index on g_pair (pair);
						analyze g_pair;
						create temp table g_assessment on commit drop as
						select * from (
						    select p.*, t.timepoint, t.day, t.prio
						    from g_pair p
						    cross join lateral (values
						        ('BASELINE', p.starts_on + floor(pg_temp.rnd(p.pair, 61) * 14)::int, 1),
						        ('MONTH_3', p.starts_on + 90 + floor(pg_temp.rnd(p.pair, 62) * 14)::int, 2),
						        ('MONTH_6', p.starts_on + 180 + floor(pg_temp.rnd(p.pair, 63) * 14)::int, 3),
						        ('END', case when p.ended_on >= p.starts_on + 45 then p.ended_on end, 4)) as t (timepoint, day, prio)
						    where t.day is not null and t.day <= p.until
						    order by t.prio, pg_temp.rnd(p.pair, 64 + t.prio)
						    limit ${assessments}) a;
						insert into g_assessment
						select p.*, 'AD_HOC', p.starts_on + 14 + floor(pg_temp.rnd(j, 70) * (p.until - p.starts_on - 13))::int, 5
						from generate_series(1, ${assessments} - (select count(*) from g_assessment)) j
						join g_pair p on p.pair = 1 + floor(pg_temp.rnd(j, 71) * (select count(*) from g_pair))::int;
						create temp table g_assessment_base on commit drop as select coalesce(max(id), 0) as base from assessment;
						insert into assessment (id, recipient_id, course_id, organisation_id, unit_id, instrument_id, timepoint,
						                        answered_on, respondent, status, answered_items, score_connection, score_hope,
						                        score_identity, score_meaning, score_empowerment, created_by, created_at,
						                        completed_at, updated_at)
						select (select base from g_assessment_base) + x.n, x.recipient_id, x.course_id, x.org_id, x.unit_id,
						       (select id from instrument where code = 'CHIME-10' and version_number = 1), x.timepoint, x.day,
						       case when x.r_resp < 0.6 then 'SELF' when x.r_resp < 0.9 then 'WITH_PEER' else 'PEER_RATED' end,
						       'COMPLETED', 10 - 2 * ((x.s[1] is null)::int + (x.s[2] is null)::int + (x.s[3] is null)::int
						                              + (x.s[4] is null)::int + (x.s[5] is null)::int),
						       x.s[1], x.s[2], x.s[3], x.s[4], x.s[5], x.staff_user_id, x.day + time '12:00',
						       x.day + time '12:00', x.day + time '12:00'
						from (select a.*, row_number() over (order by a.day, a.pair, a.prio) as n,
						             pg_temp.rnd(a.pair * 8 + a.prio, 72) as r_resp,
						             array(select case when pg_temp.rnd((a.pair * 8 + a.prio) * 8 + dim, 73) < 0.02 then null
						                               else least(4, greatest(0, round((0.5 * floor(pg_temp.rnd(a.pair * 8 + dim, 74) * 7)
						                                   + (case a.timepoint when 'BASELINE' then 0 when 'MONTH_3' then 0.5
						                                           when 'MONTH_6' then 0.8 when 'AD_HOC' then 0.6 else 1 end)
						                                     * (0.5 * floor(pg_temp.rnd((a.pair * 8 + a.prio) * 8 + dim, 75) * 5) - 0.5)) * 2) / 2))
						                          end::numeric(5, 2)
						                   from generate_series(1, 5) dim order by dim) as s
						      from g_assessment a) x;
						""");
		step("completed CHIME-10 assessments (scores, no item answers)",
				count(c, "select count(*) from assessment where id > (select base from g_assessment_base)"));
	}

	private void checkinsAndQuotes(Connection c, Map<String, Object> p) throws SQLException {
		run(c, p,
				"""
						insert into peer_checkin (peer_worker_id, answered_on, instrument_id, statistics_consent, created_at)
						select pw.id, x.d, (select id from instrument where code = 'CHECKIN-7' and version_number = 1),
						       pg_temp.rnd(k, 89) < 0.6, x.d + time '16:00'
						from generate_series(1, ${checkins}) k
						cross join g_window w
						join g_pw pw on pw.idx = 1 + floor(pg_temp.rnd(k, 80) * ${peers})::int
						cross join lateral (select greatest(w.first_day, pw.starts_on)
						    + floor(pg_temp.rnd(k, 88) * (w.last_day - greatest(w.first_day, pw.starts_on) + 1))::int as d) x;
						-- Each item of the check-in we ship 0 to 4 (set-back 0 to 2), its dimension's score the
						-- answer, and high strain as CheckIn.highStrain decides on that scale.
						insert into peer_checkin_answer (checkin_id, item_id, answer)
						select pc.id, i.id, floor(pg_temp.rnd(pc.id, 80 + i.position) * case when i.dimension = 'SET_BACK' then 3 else 5 end)
						from peer_checkin pc join g_pw pw on pw.id = pc.peer_worker_id
						join instrument_item i on i.instrument_id = pc.instrument_id;
						insert into peer_checkin_score (checkin_id, dimension, score)
						select a.checkin_id, i.dimension, a.answer
						from peer_checkin_answer a join instrument_item i on i.id = a.item_id
						join peer_checkin pc on pc.id = a.checkin_id join g_pw pw on pw.id = pc.peer_worker_id;
						update peer_checkin pc set high_strain = true
						from g_pw pw
						where pw.id = pc.peer_worker_id and exists (select 1 from peer_checkin_score s
						    where s.checkin_id = pc.id and s.dimension in ('DEMAND', 'SET_BACK') and s.score >= 3);
						""");
		step("peer check-ins",
				count(c, "select count(*) from peer_checkin pc join g_pw pw on pw.id = pc.peer_worker_id"));
		run(c, p,
				"""
						insert into quote (kind, text, organisation_id, unit_id, recipient_id, recorded_on, chime_connection,
						                   chime_hope, chime_identity, chime_meaning, chime_empowerment, created_by, created_at,
						                   updated_at)
						select case when pg_temp.rnd(q, 90) < 0.7 then 'QUOTE' else 'OBSERVATION' end,
						       (array['Det hjalp at tale med en, der selv har prøvet det.',
						              'Jeg er begyndt at gå til fællesspisning igen.',
						              'For første gang i lang tid glæder jeg mig til noget.',
						              'Borgeren tog selv initiativ til at ringe til jobcentret.',
						              'Jeg kan mere, end jeg troede.',
						              'Gruppen er blevet et fast holdepunkt i ugen.',
						              'Borgeren fortalte om sine egne mål for første gang.',
						              'Jeg føler mig ikke så alene med det mere.'])[1 + q % 8],
						       r.org_id, r.unit_id, case when r.quotes then r.id end, x.d,
						       q % 5 = 0 or pg_temp.rnd(q, 91) < 0.2, q % 5 = 1 or pg_temp.rnd(q, 92) < 0.2,
						       q % 5 = 2 or pg_temp.rnd(q, 93) < 0.2, q % 5 = 3 or pg_temp.rnd(q, 94) < 0.2,
						       q % 5 = 4 or pg_temp.rnd(q, 95) < 0.2, co.id, x.d + time '15:00', x.d + time '15:00'
						from generate_series(1, ${quotes}) q
						cross join g_window w
						join g_rec r on r.idx = 1 + floor(pg_temp.rnd(q, 96) * ${recipients})::int
						join g_coord co on co.org_idx = r.org_idx
						cross join lateral (select r.starts_on + floor(pg_temp.rnd(q, 97) * (w.last_day - r.starts_on + 1))::int as d) x;
						""");
		step("quotes and observations",
				count(c, "select count(*) from quote where organisation_id in (select id from g_org)"));
	}

	private void sequences(Connection c) throws SQLException {
		for (String table : List.of("peer_worker", "recipient", "course", "contact", "assessment")) {
			run(c, Map.of(), "select setval(pg_get_serial_sequence('" + table + "', 'id'), (select max(id) from "
					+ table + "))");
		}
		step("identity sequences", 5);
	}

	private static void run(Connection connection, Map<String, Object> parameters, String sql) throws SQLException {
		String resolved = sql;
		for (Map.Entry<String, Object> parameter : parameters.entrySet()) {
			resolved = resolved.replace("${" + parameter.getKey() + "}", String.valueOf(parameter.getValue()));
		}
		try (Statement statement = connection.createStatement()) {
			statement.execute(resolved);
		}
	}

	private static long count(Connection connection, String sql) throws SQLException {
		try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
			rs.next();
			return rs.getLong(1);
		}
	}

	private void step(String what, long rows) {
		this.step++;
		progress("step " + this.step + "/" + STEPS + ": " + what, rows);
	}

	private void progress(String what, long rows) {
		log.info("National data: {}, {} rows, {} s elapsed", what, rows,
				String.format("%.1f", (System.nanoTime() - this.started) / 1e9));
	}

}
