package dk.peerstoette.recipient;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import dk.peerstoette.TestClock;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;

/**
 * What the recipient tests set up: recipients created through the web as a coordinator,
 * and peer workers and courses inserted straight into the other modules' tables.
 */
final class RecipientTestData {

	static final String KOBENHAVN = "Københavns Kommune";

	static final String AARHUS = "Aarhus Kommune";

	private final MockMvc mvc;

	private final JdbcClient jdbc;

	private final UserDetailsService users;

	RecipientTestData(MockMvc mvc, JdbcClient jdbc, UserDetailsService users) {
		this.mvc = mvc;
		this.jdbc = jdbc;
		this.users = users;
	}

	static String unique(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

	static LocalDate today() {
		return TestClock.today();
	}

	/**
	 * A complete, valid new-recipient form for an organisation's first unit, with some
	 * values replaced ({@code name, value} pairs).
	 */
	MockHttpServletRequestBuilder newRecipient(String alias, String organisation, String... replaced) {
		Map<String, String> values = new LinkedHashMap<>();
		values.put("alias", alias);
		values.put("externalReference", "");
		values.put("birthYear", "1985");
		values.put("gender", "FEMALE");
		values.put("unitId", String.valueOf(unitId(organisation, 0)));
		values.put("targetGroupId", String.valueOf(lookupId("TARGET_GROUP", "SEL85")));
		values.put("referralDate", today().minusDays(10).toString());
		values.put("referralSourceId", String.valueOf(lookupId("REFERRAL_SOURCE", "PSYCHIATRY")));
		values.put("consentGivenOn", today().minusDays(1).toString());
		values.put("consentMethod", "WRITTEN");
		return form(post("/recipients"), values, replaced);
	}

	/** A request with the form's values, some replaced by {@code name, value} pairs. */
	static MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request, Map<String, String> values,
			String... replaced) {
		Map<String, String> all = new LinkedHashMap<>(values);
		for (int i = 0; i < replaced.length; i += 2) {
			all.put(replaced[i], replaced[i + 1]);
		}
		all.forEach(request::param);
		return request.with(csrf());
	}

	long createRecipient(String alias, String organisation, String... replaced) throws Exception {
		return create(newRecipient(alias, organisation, replaced), organisation);
	}

	/** Creates a recipient through the web as the organisation's coordinator. */
	long create(MockHttpServletRequestBuilder request, String organisation) throws Exception {
		String coordinator = AARHUS.equals(organisation) ? "koordinator.aarhus" : "koordinator";
		MvcResult result = this.mvc.perform(request.with(user(this.users.loadUserByUsername(coordinator))))
			.andExpect(redirectedUrlPattern("/recipients/*"))
			.andReturn();
		return idFrom(result);
	}

	static long idFrom(MvcResult result) {
		return Long.parseLong(result.getResponse().getRedirectedUrl().replace("/recipients/", ""));
	}

	long organisationId(String name) {
		return this.jdbc.sql("select id from organisation where name = ?").param(name).query(Long.class).single();
	}

	/** The organisation's active units by name; {@code index} picks one. */
	long unitId(String organisation, int index) {
		return this.jdbc.sql("""
				select u.id from unit u join organisation o on o.id = u.organisation_id
				where o.name = ? and u.active order by u.name, u.id
				""").param(organisation).query(Long.class).list().get(index);
	}

	long lookupId(String list, String code) {
		return this.jdbc.sql("select id from lookup_value where list_name = ? and code = ?")
			.param(list)
			.param(code)
			.query(Long.class)
			.single();
	}

	long userId(String username) {
		return this.jdbc.sql("select id from staff_user where username = ?").param(username).query(Long.class).single();
	}

	/** The peer worker linked to the demo user's login, created if there is none. */
	long peerWorkerOfUser(String username, String organisation) {
		long userId = userId(username);
		this.jdbc
			.sql("""
					insert into peer_worker (organisation_id, full_name, employment_form, peer_role, starts_on, staff_user_id)
					values (?, ?, 'PAID', 'SUPPLEMENTARY', ?, ?) on conflict (staff_user_id) do nothing
					""")
			.param(organisationId(organisation))
			.param(unique("Peer"))
			.param(today().minusYears(1))
			.param(userId)
			.update();
		return this.jdbc.sql("select id from peer_worker where staff_user_id = ?")
			.param(userId)
			.query(Long.class)
			.single();
	}

	/** A peer worker with no login. */
	long newPeerWorker(String organisation) {
		return this.jdbc.sql("""
				insert into peer_worker (organisation_id, full_name, employment_form, peer_role, starts_on)
				values (?, ?, 'VOLUNTEER', 'CONVENTIONAL', ?) returning id
				""")
			.param(organisationId(organisation))
			.param(unique("Peer"))
			.param(today().minusYears(1))
			.query(Long.class)
			.single();
	}

	/**
	 * An individual course in the recipient's organisation with the recipient and the
	 * peer worker.
	 */
	long assign(long recipientId, long peerWorkerId) {
		long courseId = this.jdbc.sql("""
				insert into course (kind, organisation_id, unit_id, starts_on)
				select 'INDIVIDUAL', r.organisation_id, r.unit_id, ? from recipient r where r.id = ?
				returning id
				""").param(today().minusDays(30)).param(recipientId).query(Long.class).single();
		this.jdbc.sql("insert into course_peer (course_id, peer_worker_id) values (?, ?)")
			.param(courseId)
			.param(peerWorkerId)
			.update();
		this.jdbc.sql("insert into course_recipient (course_id, recipient_id) values (?, ?)")
			.param(courseId)
			.param(recipientId)
			.update();
		return courseId;
	}

	long countRecipients(String alias) {
		return this.jdbc.sql("select count(*) from recipient where alias = ?").param(alias).query(Long.class).single();
	}

	/** Audit events about a recipient, by action, outcome and actor. */
	long audited(long recipientId, String action, String outcome, String actor) {
		return this.jdbc.sql("""
				select count(*) from audit_event where entity_type = 'RECIPIENT' and entity_id = ?
				and action = ? and outcome = ? and actor_username = ?
				""")
			.param(String.valueOf(recipientId))
			.param(action)
			.param(outcome)
			.param(actor)
			.query(Long.class)
			.single();
	}

}
