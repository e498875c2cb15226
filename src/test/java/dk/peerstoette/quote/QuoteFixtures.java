package dk.peerstoette.quote;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import dk.peerstoette.TestClock;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * What the quote tests set up, straight in the other modules' tables: recipients with
 * consents, a peer worker's course, and quotes. Texts and aliases carry a random tag, so
 * tests sharing the database never see each other's rows.
 */
final class QuoteFixtures {

	static final String COPENHAGEN = "Københavns Kommune";

	static final String AARHUS = "Aarhus Kommune";

	static final String REGION = "Region Hovedstaden";

	static final LocalDate TODAY = TestClock.today();

	private final JdbcClient jdbc;

	private final UserDetailsService users;

	QuoteFixtures(JdbcClient jdbc, UserDetailsService users) {
		this.jdbc = jdbc;
		this.users = users;
	}

	static String tag() {
		return UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
	}

	RequestPostProcessor as(String username) {
		return user(this.users.loadUserByUsername(username));
	}

	long organisation(String name) {
		return this.jdbc.sql("select id from organisation where name = ?").param(name).query(Long.class).single();
	}

	/** The organisation's active units by name; {@code index} picks one. */
	long unit(String organisation, int index) {
		return this.jdbc.sql("""
				select u.id from unit u join organisation o on o.id = u.organisation_id
				where o.name = ? and u.active order by u.name, u.id
				""").param(organisation).query(Long.class).list().get(index);
	}

	long userId(String username) {
		return this.jdbc.sql("select id from staff_user where username = ?").param(username).query(Long.class).single();
	}

	/** A recipient with a consent to registration; returns its internal number. */
	Recipient recipient(String organisation, String alias) {
		String number = "Q-" + tag();
		long id = this.jdbc.sql("""
				insert into recipient (internal_number, alias, organisation_id, unit_id, target_group_id)
				values (?, ?, ?, ?, (select id from lookup_value where list_name = 'TARGET_GROUP' and code = 'SEL85'))
				returning id
				""")
			.params(number, alias, organisation(organisation), unit(organisation, 0))
			.query(Long.class)
			.single();
		consent(id, "REGISTRATION", TODAY.minusYears(1), null);
		return new Recipient(id, number, alias);
	}

	void consent(long recipientId, String kind, LocalDate givenOn, @Nullable LocalDate withdrawnOn) {
		this.jdbc.sql("insert into consent (recipient_id, kind, given_on, method, withdrawn_on) values (?, ?, ?, ?, ?)")
			.params(recipientId, kind, givenOn, "WRITTEN", withdrawnOn)
			.update();
	}

	/** A recipient who consented to anonymised quotes a year ago. */
	Recipient consenting(String organisation, String alias) {
		Recipient recipient = recipient(organisation, alias);
		consent(recipient.id(), "ANONYMISED_QUOTES", TODAY.minusYears(1), null);
		return recipient;
	}

	/** Puts the recipient in a course of the demo login's peer worker. */
	void assign(long recipientId, String username, String organisation) {
		long userId = userId(username);
		this.jdbc
			.sql("""
					insert into peer_worker (organisation_id, full_name, employment_form, peer_role, starts_on, staff_user_id)
					values (?, ?, 'PAID', 'SUPPLEMENTARY', ?, ?) on conflict (staff_user_id) do nothing
					""")
			.params(organisation(organisation), "Peer " + tag(), TODAY.minusYears(1), userId)
			.update();
		long peerWorkerId = this.jdbc.sql("select id from peer_worker where staff_user_id = ?")
			.param(userId)
			.query(Long.class)
			.single();
		long courseId = this.jdbc.sql("""
				insert into course (kind, organisation_id, unit_id, starts_on)
				select 'INDIVIDUAL', r.organisation_id, r.unit_id, ? from recipient r where r.id = ? returning id
				""").params(TODAY.minusDays(30), recipientId).query(Long.class).single();
		this.jdbc.sql("insert into course_peer (course_id, peer_worker_id) values (?, ?)")
			.params(courseId, peerWorkerId)
			.update();
		this.jdbc.sql("insert into course_recipient (course_id, recipient_id) values (?, ?)")
			.params(courseId, recipientId)
			.update();
	}

	/**
	 * A quote inserted directly, by the organisation's first user; {@code dimensions} is
	 * a comma-separated list.
	 */
	long quote(String organisation, String kind, String text, LocalDate recordedOn, String dimensions,
			@Nullable Long recipientId) {
		long firstUser = this.jdbc.sql("select min(id) from staff_user").query(Long.class).single();
		return quoteBy(firstUser, organisation, kind, text, recordedOn, dimensions, recipientId);
	}

	/** A quote without a recipient, recorded by the given login. */
	long quoteBy(String username, String organisation, String text) {
		return quoteBy(username, organisation, text, null);
	}

	/** A quote recorded by the given login two days ago. */
	long quoteBy(String username, String organisation, String text, @Nullable Long recipientId) {
		return quoteBy(userId(username), organisation, "QUOTE", text, TODAY.minusDays(2), "HOPE", recipientId);
	}

	private long quoteBy(long userId, String organisation, String kind, String text, LocalDate recordedOn,
			String dimensions, @Nullable Long recipientId) {
		return this.jdbc.sql("""
				insert into quote (kind, text, organisation_id, unit_id, recipient_id, recorded_on, chime_connection,
				    chime_hope, chime_identity, chime_meaning, chime_empowerment, created_by)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				returning id
				""")
			.params(kind, text, organisation(organisation), unit(organisation, 0), recipientId, recordedOn,
					dimensions.contains("CONNECTION"), dimensions.contains("HOPE"), dimensions.contains("IDENTITY"),
					dimensions.contains("MEANING"), dimensions.contains("EMPOWERMENT"), userId)
			.query(Long.class)
			.single();
	}

	/** A second peer worker login of the organisation; returns its username. */
	String newPeerWorker(String organisation) {
		String username = "peer-" + tag().toLowerCase(Locale.ROOT);
		this.jdbc.sql("""
				insert into staff_user (username, password_hash, full_name, role, organisation_id)
				values (?, '{noop}unused', ?, 'PEER_WORKER', ?)
				""").params(username, "Peer " + tag(), organisation(organisation)).update();
		return username;
	}

	/** The values of a valid new-quote form in København's first unit. */
	Map<String, String> form(String text) {
		Map<String, String> values = new LinkedHashMap<>();
		values.put("kind", "QUOTE");
		values.put("text", text);
		values.put("unitId", String.valueOf(unit(COPENHAGEN, 0)));
		values.put("recordedOn", TODAY.minusDays(3).toString());
		values.put("dimensions", "HOPE");
		values.put("recipientNumber", "");
		values.put("speaker", "RECIPIENT");
		values.put("level", "RECIPIENT");
		return values;
	}

	/** A POST of the form's values, some replaced by {@code name, value} pairs. */
	static MockHttpServletRequestBuilder submit(String url, Map<String, String> values, String... replaced) {
		Map<String, String> all = new LinkedHashMap<>(values);
		for (int i = 0; i < replaced.length; i += 2) {
			all.put(replaced[i], replaced[i + 1]);
		}
		MockHttpServletRequestBuilder request = post(url);
		all.forEach(request::param);
		return request.with(csrf());
	}

	/** How many quotes, deleted or not, hold the text. */
	long count(String text) {
		return this.jdbc.sql("select count(*) from quote where text like ?")
			.param("%" + text + "%")
			.query(Long.class)
			.single();
	}

	/** The one quote that holds the text, as a row. */
	Map<String, Object> row(String text) {
		return this.jdbc.sql("select * from quote where text like ?").param("%" + text + "%").query().singleRow();
	}

	long audited(String entityType, @Nullable Object entityId, String action, String outcome, String actor) {
		return this.jdbc.sql("""
				select count(*) from audit_event where entity_type = ? and coalesce(entity_id, '') = ?
				and action = ? and outcome = ? and actor_username = ?
				""")
			.params(entityType, (entityId != null) ? String.valueOf(entityId) : "", action, outcome, actor)
			.query(Long.class)
			.single();
	}

	record Recipient(long id, String number, String alias) {
	}

}
