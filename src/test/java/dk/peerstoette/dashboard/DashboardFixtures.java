package dk.peerstoette.dashboard;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import dk.peerstoette.account.StaffAccountService;
import dk.peerstoette.security.Role;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A programme of its own for the dashboard tests, straight in the tables, so that the
 * demo data cannot disturb the figures: a partnership of two organisations ("own" and
 * "partner") and an organisation outside it ("outside"), all in 2025.
 *
 * <p>
 * Own organisation, unit A: six recipients, each in an individual course of the
 * conventional model (paid) started 2025-02-01, with two individual conversations of 60
 * minutes (2025-03-10, 2025-04-10); the first recipient has a third (2025-05-10). Their
 * CONNECTION scores: baseline 2 on 2025-02-05, an ad hoc measurement of 9 on 2025-03-01
 * (not the latest), and 3, 4, 2, 5, 1, 3 at month 3 on 2025-05-05: changes 1, 2, 0, 3,
 * -1, 1.
 * <p>
 * Own organisation, unit B: five recipients, each in a bridge-building course of the
 * supplementary model (volunteer) from 2025-05-01 to 2025-11-30, with a bridge-building
 * contact of 30 minutes on 2025-06-15 and a phone call of 30 minutes on 2025-07-15. Not
 * counted anywhere: a deleted contact, a planned one, one in 2024.
 * <p>
 * Partner and outside organisations: five recipients each with one individual
 * conversation of 60 minutes on 2025-03-10 in a conventional course.
 */
final class DashboardFixtures {

	static final String PASSWORD = "Dashboard-Test-Password-2026";

	final JdbcClient jdbc;

	final StaffAccountService accounts;

	final String tag = UUID.randomUUID().toString().substring(0, 8);

	final long partnershipId;

	final long ownId;

	final long partnerId;

	final long outsideId;

	final long unitA;

	final long unitB;

	final long conventionalModel;

	final long supplementaryModel;

	final long author;

	final String coordinator;

	final String outsideCoordinator;

	final String manager;

	final List<String> aliases = new ArrayList<>();

	final List<String> peerNames = new ArrayList<>();

	private final long targetGroup;

	private final long instrument;

	DashboardFixtures(JdbcClient jdbc, StaffAccountService accounts) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.partnershipId = jdbc.sql("insert into partnership (name) values (?) returning id")
			.param("Dash Partnerskab " + this.tag)
			.query(Long.class)
			.single();
		this.ownId = organisation("Dash Kommune " + this.tag, true);
		this.partnerId = organisation("Dash Region " + this.tag, true);
		this.outsideId = organisation("Dash Udenfor " + this.tag, false);
		this.unitA = unit(this.ownId, "Enhed A");
		this.unitB = unit(this.ownId, "Enhed B");
		this.conventionalModel = model("Dash konventionel " + this.tag, "CONVENTIONAL", "PAID");
		this.supplementaryModel = model("Dash supplerende " + this.tag, "SUPPLEMENTARY", "VOLUNTEER");
		this.targetGroup = jdbc.sql("select id from lookup_value where list_name = 'TARGET_GROUP' and code = 'SEL85'")
			.query(Long.class)
			.single();
		this.instrument = jdbc.sql("select min(id) from instrument").query(Long.class).single();
		this.coordinator = login("dashkoord", Role.COORDINATOR, this.ownId, null);
		this.outsideCoordinator = login("dashkoordud", Role.COORDINATOR, this.outsideId, null);
		this.manager = login("dashleder", Role.MANAGER, this.ownId, this.partnershipId);
		this.author = jdbc.sql("select id from staff_user where username = ?")
			.param(this.coordinator)
			.query(Long.class)
			.single();

		long conventionalPeer = peerWorker(this.ownId, "Dashpeer Konventionel", "CONVENTIONAL", "PAID",
				this.conventionalModel);
		long supplementaryPeer = peerWorker(this.ownId, "Dashpeer Supplerende", "SUPPLEMENTARY", "VOLUNTEER",
				this.supplementaryModel);
		int[] connectionLatest = { 3, 4, 2, 5, 1, 3 };
		for (int i = 0; i < 6; i++) {
			long recipient = recipient(this.ownId, this.unitA, "Dashmodtager A" + i);
			long course = course(this.ownId, this.unitA, "INDIVIDUAL", this.conventionalModel, LocalDate.of(2025, 2, 1),
					null, recipient, conventionalPeer);
			contact(this.ownId, this.unitA, course, recipient, conventionalPeer, "INDIVIDUAL_CONVERSATION", "HELD",
					LocalDate.of(2025, 3, 10), 60);
			contact(this.ownId, this.unitA, course, recipient, conventionalPeer, "INDIVIDUAL_CONVERSATION", "HELD",
					LocalDate.of(2025, 4, 10), 60);
			if (i == 0) {
				contact(this.ownId, this.unitA, course, recipient, conventionalPeer, "INDIVIDUAL_CONVERSATION", "HELD",
						LocalDate.of(2025, 5, 10), 60);
				long deleted = contact(this.ownId, this.unitA, course, recipient, conventionalPeer, "PHONE", "HELD",
						LocalDate.of(2025, 5, 11), 60);
				jdbc.sql("update contact set deleted_at = now(), deleted_by = ?, delete_reason = 'test' where id = ?")
					.params(this.author, deleted)
					.update();
				contact(this.ownId, this.unitA, course, recipient, conventionalPeer, "PHONE", "PLANNED",
						LocalDate.of(2025, 5, 12), 60);
				contact(this.ownId, this.unitA, course, recipient, conventionalPeer, "PHONE", "HELD",
						LocalDate.of(2024, 12, 31), 60);
			}
			assessment(recipient, course, this.ownId, this.unitA, "BASELINE", LocalDate.of(2025, 2, 5), 2);
			assessment(recipient, course, this.ownId, this.unitA, "AD_HOC", LocalDate.of(2025, 3, 1), 9);
			assessment(recipient, course, this.ownId, this.unitA, "MONTH_3", LocalDate.of(2025, 5, 5),
					connectionLatest[i]);
		}
		for (int i = 0; i < 5; i++) {
			long recipient = recipient(this.ownId, this.unitB, "Dashmodtager B" + i);
			long course = course(this.ownId, this.unitB, "BRIDGE_BUILDING", this.supplementaryModel,
					LocalDate.of(2025, 5, 1), LocalDate.of(2025, 11, 30), recipient, supplementaryPeer);
			contact(this.ownId, this.unitB, course, recipient, supplementaryPeer, "BRIDGE_BUILDING", "HELD",
					LocalDate.of(2025, 6, 15), 30);
			contact(this.ownId, this.unitB, course, recipient, supplementaryPeer, "PHONE", "HELD",
					LocalDate.of(2025, 7, 15), 30);
		}
		for (long organisation : new long[] { this.partnerId, this.outsideId }) {
			long unit = unit(organisation, "Enheden");
			long peer = peerWorker(organisation, "Dashpeer " + organisation, "CONVENTIONAL", "PAID",
					this.conventionalModel);
			for (int i = 0; i < 5; i++) {
				long recipient = recipient(organisation, unit, "Dashmodtager " + organisation + "-" + i);
				long course = course(organisation, unit, "INDIVIDUAL", this.conventionalModel, LocalDate.of(2025, 2, 1),
						null, recipient, peer);
				contact(organisation, unit, course, recipient, peer, "INDIVIDUAL_CONVERSATION", "HELD",
						LocalDate.of(2025, 3, 10), 60);
			}
		}
	}

	/**
	 * Another organisation, outside the partnership, with a group course of the
	 * conventional model: one group meeting of 90 minutes on 2025-09-01 with five
	 * recipients present and one absent; and five supplementary peer workers with a
	 * supervision of 60 minutes each on 2025-09-02. Returns its coordinator's username.
	 */
	String groupAndActivities() {
		long organisation = organisation("Dash Gruppe " + this.tag, false);
		long unit = unit(organisation, "Gruppeenheden");
		String coordinator = login("dashgruppe", Role.COORDINATOR, organisation, null);
		long groupPeer = peerWorker(organisation, "Dashpeer Gruppe", "CONVENTIONAL", "PAID", this.conventionalModel);
		long course = this.jdbc.sql("""
				insert into course (kind, organisation_id, unit_id, model_id, starts_on)
				values ('GROUP', ?, ?, ?, date '2025-08-01') returning id
				""").params(organisation, unit, this.conventionalModel).query(Long.class).single();
		long meeting = contact(organisation, unit, course, null, groupPeer, "GROUP_MEETING", "HELD",
				LocalDate.of(2025, 9, 1), 90);
		for (int i = 0; i < 6; i++) {
			long recipient = recipient(organisation, unit, "Dashgruppedeltager " + i);
			this.jdbc.sql("insert into course_recipient (course_id, recipient_id) values (?, ?)")
				.params(course, recipient)
				.update();
			this.jdbc.sql("insert into contact_attendance (contact_id, recipient_id, attendance) values (?, ?, ?)")
				.params(meeting, recipient, (i < 5) ? "PRESENT" : "ABSENT")
				.update();
		}
		for (int i = 0; i < 5; i++) {
			long peer = peerWorker(organisation, "Dashpeer Aktivitet " + i, "SUPPLEMENTARY", "VOLUNTEER",
					this.supplementaryModel);
			this.jdbc.sql("""
					insert into contact (organisation_id, unit_id, peer_worker_id, kind, status, occurred_on, starts_at,
					    duration_minutes, created_by, updated_by)
					values (?, ?, ?, 'SUPERVISION', 'HELD', date '2025-09-02', time '09:00', 60, ?, ?)
					""").params(organisation, unit, peer, this.author, this.author).update();
		}
		return coordinator;
	}

	/**
	 * What the attack suite attacks: an organisation of the partnership whose unit 1 has
	 * six recipients in supplementary courses and unit 2 three in conventional ones, each
	 * with two individual conversations of 45 minutes (March 2025) and a CHIME baseline
	 * (February) and three-month follow-up (May) in all five dimensions. The three
	 * conventional recipients changed by +2.5, +2 and +3 in every dimension; the six
	 * supplementary ones by 0, 0.5, 1, -0.5, 1.5 and 0.
	 */
	record Attack(long organisation, long unit1, long unit2, String coordinator, double[] conventionalChanges) {
	}

	Attack attack() {
		long organisation = organisation("Dash Angreb " + this.tag, true);
		long unit1 = unit(organisation, "Angreb 1");
		long unit2 = unit(organisation, "Angreb 2");
		String coordinator = login("dashangreb", Role.COORDINATOR, organisation, null);
		long supplementaryPeer = peerWorker(organisation, "Dashpeer Angreb S", "SUPPLEMENTARY", "VOLUNTEER",
				this.supplementaryModel);
		long conventionalPeer = peerWorker(organisation, "Dashpeer Angreb K", "CONVENTIONAL", "PAID",
				this.conventionalModel);
		double[] supplementary = { 0, 0.5, 1, -0.5, 1.5, 0 };
		double[] conventional = { 2.5, 2, 3 };
		for (int i = 0; i < supplementary.length + conventional.length; i++) {
			boolean small = i >= supplementary.length;
			long unit = small ? unit2 : unit1;
			long peer = small ? conventionalPeer : supplementaryPeer;
			long recipient = recipient(organisation, unit, "Dashangreb " + i);
			long course = course(organisation, unit, "INDIVIDUAL",
					small ? this.conventionalModel : this.supplementaryModel, LocalDate.of(2025, 1, 15), null,
					recipient, peer);
			for (int day : new int[] { 3, 17 }) {
				contact(organisation, unit, course, recipient, peer, "INDIVIDUAL_CONVERSATION", "HELD",
						LocalDate.of(2025, 3, day), 45);
			}
			double change = small ? conventional[i - supplementary.length] : supplementary[i];
			scores(recipient, course, organisation, unit, "BASELINE", LocalDate.of(2025, 2, 3), 1);
			scores(recipient, course, organisation, unit, "MONTH_3", LocalDate.of(2025, 5, 5), 1 + change);
		}
		return new Attack(organisation, unit1, unit2, coordinator, conventional);
	}

	/** Two organisations of the partnership with varied contacts: see {@link #varied}. */
	record Varied(List<Long> organisations, List<Long> units, List<Long> models, List<Long> targetGroups,
			long groupMeeting) {
	}

	/**
	 * Two more organisations of the partnership, with two units each, and contacts drawn
	 * at random (fixed seed) from November 2024 to February 2026: every kind, held,
	 * planned, not held and deleted, in individual, bridge-building and mentor courses of
	 * the conventional, the supplementary or no model, group meetings with people present
	 * and absent, and organisational activities of peer workers of every role and form.
	 * Recipients are in one of two target groups. What the contact summaries are checked
	 * against, filter by filter.
	 */
	Varied varied(long seed) {
		Random random = new Random(seed);
		List<Long> targetGroups = this.jdbc
			.sql("select id from lookup_value where list_name = 'TARGET_GROUP' order by sort_order, id limit 2")
			.query(Long.class)
			.list();
		Long[] models = { this.conventionalModel, this.supplementaryModel, null };
		String[] roles = { "CONVENTIONAL", "SUPPLEMENTARY" };
		String[] forms = { "PAID", "VOLUNTEER", "MENTOR" };
		String[] individualKinds = { "INDIVIDUAL_CONVERSATION", "ACTIVITY_TOGETHER", "PHONE", "VIDEO" };
		String[] organisationalKinds = { "STAFF_MEETING", "TREATMENT_CONFERENCE", "SUPERVISION", "TRAINING",
				"NETWORK_MEETING" };
		String[] statuses = { "HELD", "HELD", "HELD", "HELD", "HELD", "PLANNED", "NOT_HELD" };
		LocalDate first = LocalDate.of(2024, 11, 1);
		int days = (int) (LocalDate.of(2026, 2, 28).toEpochDay() - first.toEpochDay()) + 1;
		List<Long> organisations = new ArrayList<>();
		List<Long> units = new ArrayList<>();
		long groupMeeting = 0;
		for (int o = 0; o < 2; o++) {
			long organisation = organisation("Dash Varieret " + o + " " + this.tag, true);
			organisations.add(organisation);
			List<Long> peers = new ArrayList<>();
			for (int p = 0; p < 4; p++) {
				peers.add(peerWorker(organisation, "Dashpeer Varieret " + o + "-" + p, roles[p % 2], forms[p % 3],
						models[p % 3]));
			}
			for (int u = 0; u < 2; u++) {
				long unit = unit(organisation, "Varieret " + u);
				units.add(unit);
				List<Long> members = new ArrayList<>();
				for (int r = 0; r < 8; r++) {
					long recipient = recipient(organisation, unit, "Dashvarieret " + o + u + r,
							targetGroups.get(r % 2));
					members.add(recipient);
					String courseKind = (r % 3 == 0) ? "BRIDGE_BUILDING" : (r % 3 == 1) ? "INDIVIDUAL" : "MENTOR";
					long course = course(organisation, unit, courseKind, models[r % 3], first, null, recipient,
							peers.get(r % 4));
					for (int c = 0; c < 12; c++) {
						String kind = ("BRIDGE_BUILDING".equals(courseKind) && random.nextBoolean()) ? "BRIDGE_BUILDING"
								: individualKinds[random.nextInt(individualKinds.length)];
						long id = contact(organisation, unit, course, recipient, peers.get(random.nextInt(4)), kind,
								statuses[random.nextInt(statuses.length)], first.plusDays(random.nextInt(days)),
								15 + random.nextInt(90));
						if (random.nextInt(10) == 0) {
							this.jdbc.sql(
									"update contact set deleted_at = now(), deleted_by = ?, delete_reason = 'test' where id = ?")
								.params(this.author, id)
								.update();
						}
					}
				}
				long group = course(organisation, unit, "GROUP", models[u], first, null, members.get(0), peers.get(u));
				for (int g = 0; g < 6; g++) {
					long meeting = contact(organisation, unit, group, null, peers.get(u), "GROUP_MEETING",
							(g == 5) ? "PLANNED" : "HELD", first.plusDays(random.nextInt(days)), 90);
					groupMeeting = meeting;
					for (long member : members) {
						String attendance = (random.nextInt(4) == 0) ? "ABSENT" : "PRESENT";
						this.jdbc.sql(
								"insert into contact_attendance (contact_id, recipient_id, attendance) values (?, ?, ?)")
							.params(meeting, member, attendance)
							.update();
					}
				}
				for (int a = 0; a < 10; a++) {
					contact(organisation, unit, null, null, peers.get(random.nextInt(4)),
							organisationalKinds[random.nextInt(organisationalKinds.length)], "HELD",
							first.plusDays(random.nextInt(days)), 60);
				}
			}
		}
		return new Varied(organisations, units, List.of(this.conventionalModel, this.supplementaryModel), targetGroups,
				groupMeeting);
	}

	private long organisation(String name, boolean member) {
		long id = this.jdbc.sql("insert into organisation (name, kind) values (?, 'MUNICIPALITY') returning id")
			.param(name)
			.query(Long.class)
			.single();
		if (member) {
			this.jdbc.sql("insert into partnership_membership (partnership_id, organisation_id) values (?, ?)")
				.params(this.partnershipId, id)
				.update();
		}
		return id;
	}

	private long unit(long organisation, String name) {
		return this.jdbc.sql("""
				insert into unit (organisation_id, name, kind, sector) values (?, ?, 'OTHER', 'MUNICIPAL') returning id
				""").params(organisation, name).query(Long.class).single();
	}

	private long model(String name, String role, String form) {
		return this.jdbc.sql("""
				insert into peer_support_model (name, peer_role, employment_form) values (?, ?, ?) returning id
				""").params(name, role, form).query(Long.class).single();
	}

	private String login(String name, Role role, long organisation, Long partnership) {
		String username = (name + "." + this.tag).toLowerCase();
		this.accounts.provisionIfAbsent(username, PASSWORD, name + " " + this.tag, role, organisation, partnership);
		return username;
	}

	private long peerWorker(long organisation, String name, String role, String form, @Nullable Long model) {
		String fullName = name + " " + this.tag;
		this.peerNames.add(fullName);
		return this.jdbc.sql("""
				insert into peer_worker (organisation_id, full_name, employment_form, peer_role, model_id, starts_on)
				values (?, ?, ?, ?, ?, date '2024-01-01') returning id
				""").params(organisation, fullName, form, role, model).query(Long.class).single();
	}

	private long recipient(long organisation, long unit, String alias) {
		return recipient(organisation, unit, alias, this.targetGroup);
	}

	private long recipient(long organisation, long unit, String alias, long targetGroup) {
		String full = alias + " " + this.tag;
		this.aliases.add(full);
		return this.jdbc.sql("""
				insert into recipient (internal_number, alias, organisation_id, unit_id, target_group_id)
				values ('D' || nextval('recipient_number_seq'), ?, ?, ?, ?) returning id
				""").params(full, organisation, unit, targetGroup).query(Long.class).single();
	}

	private long course(long organisation, long unit, String kind, @Nullable Long model, LocalDate startsOn,
			@Nullable LocalDate endedOn, long recipient, long peer) {
		long id = this.jdbc.sql("""
				insert into course (kind, organisation_id, unit_id, model_id, starts_on, ended_on)
				values (?, ?, ?, ?, ?, ?) returning id
				""").params(kind, organisation, unit, model, startsOn, endedOn).query(Long.class).single();
		this.jdbc.sql("insert into course_recipient (course_id, recipient_id) values (?, ?)")
			.params(id, recipient)
			.update();
		this.jdbc.sql("insert into course_peer (course_id, peer_worker_id) values (?, ?)").params(id, peer).update();
		return id;
	}

	private long contact(long organisation, long unit, @Nullable Long course, @Nullable Long recipient, long peer,
			String kind, String status, LocalDate day, int minutes) {
		return this.jdbc.sql("""
				insert into contact (organisation_id, unit_id, course_id, recipient_id, peer_worker_id, kind, status,
				    not_held_reason, occurred_on, starts_at, duration_minutes, created_by, updated_by)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id
				""")
			.params(organisation, unit, course, recipient, peer, kind, status,
					"NOT_HELD".equals(status) ? "PEER_CANCELLED" : null, day, LocalTime.of(10, 0), minutes, this.author,
					this.author)
			.query(Long.class)
			.single();
	}

	private void assessment(long recipient, long course, long organisation, long unit, String timepoint, LocalDate day,
			int connection) {
		this.jdbc.sql("""
				insert into assessment (recipient_id, course_id, organisation_id, unit_id, instrument_id, timepoint,
				    answered_on, respondent, status, completed_at, score_connection, created_by)
				values (?, ?, ?, ?, ?, ?, ?, 'SELF', 'COMPLETED', now(), ?, ?)
				""")
			.params(recipient, course, organisation, unit, this.instrument, timepoint, day, connection, this.author)
			.update();
	}

	private void scores(long recipient, long course, long organisation, long unit, String timepoint, LocalDate day,
			double score) {
		this.jdbc.sql("""
				insert into assessment (recipient_id, course_id, organisation_id, unit_id, instrument_id, timepoint,
				    answered_on, respondent, status, completed_at, score_connection, score_hope, score_identity,
				    score_meaning, score_empowerment, created_by)
				values (?, ?, ?, ?, ?, ?, ?, 'SELF', 'COMPLETED', now(), ?, ?, ?, ?, ?, ?)
				""")
			.params(recipient, course, organisation, unit, this.instrument, timepoint, day, score, score, score, score,
					score, this.author)
			.update();
	}

}
