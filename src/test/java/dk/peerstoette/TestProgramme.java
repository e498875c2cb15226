package dk.peerstoette;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the module test fixtures share: lookups in the demo programme (organisations,
 * units, users) and the recipients and peer workers they add, straight in the tables.
 * Aliases and numbers carry a random tag, so tests sharing the database find only their
 * own rows.
 */
public class TestProgramme {

	public static final String COPENHAGEN = "Københavns Kommune";

	public static final String AARHUS = "Aarhus Kommune";

	protected final JdbcClient jdbc;

	protected TestProgramme(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public static String tag() {
		return UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
	}

	public long organisation(String name) {
		return this.jdbc.sql("select id from organisation where name = ?").param(name).query(Long.class).single();
	}

	public long userId(String username) {
		return this.jdbc.sql("select id from staff_user where username = ?").param(username).query(Long.class).single();
	}

	/** The organisation's active units, by name. */
	public List<Long> units(long organisationId) {
		return this.jdbc.sql("select id from unit where organisation_id = ? and active order by name, id")
			.param(organisationId)
			.query(Long.class)
			.list();
	}

	/** The organisation's first active unit by name. */
	public long unit(long organisationId) {
		return units(organisationId).get(0);
	}

	/** A recipient of the organisation's first unit, with a fresh internal number. */
	public Recipient recipient(long organisationId, String alias) {
		String number = "T-" + tag();
		long id = this.jdbc.sql("""
				insert into recipient (internal_number, alias, organisation_id, unit_id, target_group_id)
				values (?, ?, ?, ?, (select id from lookup_value where list_name = 'TARGET_GROUP' and code = 'OTHER'))
				returning id
				""").params(number, alias, organisationId, unit(organisationId)).query(Long.class).single();
		return new Recipient(id, number, alias);
	}

	/** A written consent of the recipient, of a kind, given on the day. */
	public void consent(long recipientId, String kind, LocalDate givenOn) {
		this.jdbc.sql("insert into consent (recipient_id, kind, given_on, method) values (?, ?, ?, 'WRITTEN')")
			.params(recipientId, kind, givenOn)
			.update();
	}

	/** An active peer worker of the organisation, without a login. */
	public long peerWorker(long organisationId, String name) {
		return this.jdbc.sql("""
				insert into peer_worker (organisation_id, full_name, employment_form, peer_role, starts_on)
				values (?, ?, 'PAID', 'SUPPLEMENTARY', current_date - 365) returning id
				""").params(organisationId, name).query(Long.class).single();
	}

	/** The peer worker linked to a login: the existing one, or a new one. */
	public long peerWorkerOfUser(String username, long organisationId) {
		long userId = userId(username);
		this.jdbc
			.sql("""
					insert into peer_worker (organisation_id, full_name, employment_form, peer_role, starts_on, staff_user_id)
					values (?, ?, 'PAID', 'SUPPLEMENTARY', current_date - 365, ?)
					on conflict (staff_user_id) do nothing
					""")
			.params(organisationId, "Peer " + username, userId)
			.update();
		return this.jdbc.sql("select id from peer_worker where staff_user_id = ?")
			.param(userId)
			.query(Long.class)
			.single();
	}

	/**
	 * A course of the organisation's first unit, started a month ago, with one recipient
	 * and one peer worker.
	 */
	public long course(long organisationId, long recipientId, long peerWorkerId) {
		return course(organisationId, recipientId, peerWorkerId, TestClock.today().minusDays(30));
	}

	/**
	 * An individual course of the organisation's first unit, started on the day, with one
	 * recipient and one peer worker.
	 */
	public long course(long organisationId, long recipientId, long peerWorkerId, LocalDate startsOn) {
		return course("INDIVIDUAL", organisationId, unit(organisationId), recipientId, peerWorkerId, startsOn, null);
	}

	/** A course of a kind, with one recipient and one peer worker. */
	public long course(String kind, long organisationId, long unitId, long recipientId, long peerWorkerId,
			LocalDate startsOn, @Nullable LocalDate plannedEndOn) {
		long id = this.jdbc.sql("""
				insert into course (kind, organisation_id, unit_id, starts_on, planned_end_on)
				values (?, ?, ?, ?, ?) returning id
				""").params(kind, organisationId, unitId, startsOn, plannedEndOn).query(Long.class).single();
		this.jdbc.sql("insert into course_recipient (course_id, recipient_id) values (?, ?)")
			.params(id, recipientId)
			.update();
		this.jdbc.sql("insert into course_peer (course_id, peer_worker_id) values (?, ?)")
			.params(id, peerWorkerId)
			.update();
		return id;
	}

	/** A recipient the fixtures added. */
	public record Recipient(long id, String number, String alias) {

		/** As pickers and lists show a recipient. */
		public String label() {
			return this.alias + " (" + this.number + ")";
		}

	}

}
