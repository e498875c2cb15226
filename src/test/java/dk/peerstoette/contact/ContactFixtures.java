package dk.peerstoette.contact;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import dk.peerstoette.TestClock;
import dk.peerstoette.TestProgramme;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * What the contact tests set up, straight in the other modules' tables: recipients with a
 * consent to registration, peer workers (with and without a login), courses, and one-time
 * tokens. Names carry a random tag, so tests sharing the database never see each other's
 * rows.
 */
final class ContactFixtures extends TestProgramme {

	/** A day safely in the past, whatever the time of day the tests run. */
	static final LocalDate YESTERDAY = TestClock.today().minusDays(1);

	private static final Pattern TOKEN = Pattern.compile("name=\"token\" value=\"([0-9a-f-]{36})\"");

	private final UserDetailsService users;

	ContactFixtures(JdbcClient jdbc, UserDetailsService users) {
		super(jdbc);
		this.users = users;
	}

	/** Requests as a user who was created during the test. */
	RequestPostProcessor as(String username) {
		return user(this.users.loadUserByUsername(username));
	}

	/** A recipient with a consent to registration given a year ago. */
	@Override
	public Recipient recipient(long organisationId, String alias) {
		Recipient recipient = recipientWithoutConsent(organisationId, alias);
		consent(recipient.id(), TestClock.today().minusYears(1), null, null);
		return recipient;
	}

	Recipient recipientWithoutConsent(long organisationId, String alias) {
		return super.recipient(organisationId, alias);
	}

	void consent(long recipientId, LocalDate givenOn, @Nullable LocalDate expiresOn, @Nullable LocalDate withdrawnOn) {
		this.jdbc.sql("""
				insert into consent (recipient_id, kind, given_on, method, expires_on, withdrawn_on)
				values (?, 'REGISTRATION', ?, 'WRITTEN', ?, ?)
				""").params(recipientId, givenOn, expiresOn, withdrawnOn).update();
	}

	/**
	 * A new peer-worker login of the organisation (password never used: tests sign in
	 * with {@link #as}), linked to a new peer worker.
	 */
	PeerLogin peerLogin(long organisationId, String name) {
		String username = "peer." + tag().toLowerCase(Locale.ROOT);
		long userId = this.jdbc.sql("""
				insert into staff_user (username, password_hash, full_name, role, organisation_id)
				values (?, '{noop}unused', ?, 'PEER_WORKER', ?) returning id
				""").params(username, name, organisationId).query(Long.class).single();
		long peerWorkerId = this.jdbc
			.sql("""
					insert into peer_worker (organisation_id, full_name, employment_form, peer_role, starts_on, staff_user_id)
					values (?, ?, 'PAID', 'SUPPLEMENTARY', current_date - 365, ?) returning id
					""")
			.params(organisationId, name, userId)
			.query(Long.class)
			.single();
		return new PeerLogin(username, userId, peerWorkerId);
	}

	/** A course written straight into the tables. */
	long course(long organisationId, String kind, LocalDate startsOn, @Nullable LocalDate endedOn,
			List<Long> recipientIds, List<Long> peerWorkerIds) {
		long id = this.jdbc
			.sql("""
					insert into course (kind, organisation_id, unit_id, starts_on, ended_on, end_reason_id)
					values (?, ?, ?, ?, ?, (select id from lookup_value where list_name = 'END_REASON' and code = 'COMPLETED'
					                        and ?::date is not null))
					returning id
					""")
			.params(kind, organisationId, unit(organisationId), startsOn, endedOn, endedOn)
			.query(Long.class)
			.single();
		for (long recipientId : recipientIds) {
			this.jdbc.sql("insert into course_recipient (course_id, recipient_id) values (?, ?)")
				.params(id, recipientId)
				.update();
		}
		for (long peerWorkerId : peerWorkerIds) {
			this.jdbc.sql("insert into course_peer (course_id, peer_worker_id) values (?, ?)")
				.params(id, peerWorkerId)
				.update();
		}
		return id;
	}

	/**
	 * A held contact with one recipient written straight into the table, in the course's
	 * unit, by the user.
	 */
	long contact(long courseId, long recipientId, long peerWorkerId, String username, String kind, LocalDate day,
			String time, int minutes, @Nullable String note) {
		return this.jdbc.sql("""
				insert into contact (organisation_id, unit_id, course_id, recipient_id, peer_worker_id, kind,
				                     occurred_on, starts_at, duration_minutes, note, created_by, updated_by)
				select c.organisation_id, c.unit_id, c.id, ?, ?, ?, ?, ?::time, ?, ?, u.id, u.id
				from course c, staff_user u where c.id = ? and u.username = ?
				returning id
				""")
			.params(recipientId, peerWorkerId, kind, day, time, minutes, note, courseId, username)
			.query(Long.class)
			.single();
	}

	void deleteContact(long contactId, String username) {
		this.jdbc.sql("""
				update contact set deleted_at = now(), deleted_by = u.id, delete_reason = 'Fejl'
				from staff_user u where contact.id = ? and u.username = ?
				""").params(contactId, username).update();
	}

	/** A one-time token issued to the user, as a form would carry it. */
	String token(String username) {
		UUID token = UUID.randomUUID();
		this.jdbc.sql("insert into submission_token (token, user_id) values (?, ?)")
			.params(token, userId(username))
			.update();
		return token.toString();
	}

	/** The token a rendered form carries. */
	static String tokenOf(MvcResult result) throws Exception {
		Matcher matcher = TOKEN.matcher(result.getResponse().getContentAsString());
		assertThat(matcher.find()).as("the form carries a token").isTrue();
		return matcher.group(1);
	}

	/**
	 * A complete quick entry for the recipient, held yesterday at 10:00 for 45 minutes,
	 * with a fresh token of the user; {@code replaced} sets other values ({@code name,
	 * value} pairs; an empty value leaves the field out). Parameters added to the builder
	 * add values.
	 */
	MockHttpServletRequestBuilder quickEntry(String username, long recipientId, String... replaced) {
		return quickEntryTo("/contacts", username, recipientId, replaced);
	}

	/** The same values, sent to another path (a plan is made with the quick entry's). */
	MockHttpServletRequestBuilder quickEntryTo(String path, String username, long recipientId, String... replaced) {
		Map<String, String> values = new LinkedHashMap<>();
		values.put("token", token(username));
		values.put("recipientId", String.valueOf(recipientId));
		values.put("kind", "INDIVIDUAL_CONVERSATION");
		values.put("occurredOn", YESTERDAY.toString());
		values.put("startsAt", "10:00");
		values.put("durationMinutes", "45");
		for (int i = 0; i < replaced.length; i += 2) {
			values.put(replaced[i], replaced[i + 1]);
		}
		MockHttpServletRequestBuilder request = post(path).with(csrf());
		values.forEach((name, value) -> {
			if (!value.isEmpty()) {
				request.param(name, value);
			}
		});
		return request;
	}

	/** The contacts recorded with a recipient, deleted or not. */
	List<Long> contactsOf(long recipientId) {
		return this.jdbc.sql("select id from contact where recipient_id = ? order by id")
			.param(recipientId)
			.query(Long.class)
			.list();
	}

	int audited(String username, String action, String outcome, @Nullable Long contactId) {
		return this.jdbc.sql("""
				select count(*) from audit_event
				where entity_type = 'CONTACT' and actor_username = ? and action = ? and outcome = ?
				  and entity_id is not distinct from cast(? as varchar)
				""")
			.params(username, action, outcome, (contactId != null) ? String.valueOf(contactId) : null)
			.query(Integer.class)
			.single();
	}

	record PeerLogin(String username, long userId, long peerWorkerId) {
	}

}
