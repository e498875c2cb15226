package dk.peerstoette.recipient;

import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import dk.peerstoette.IntegrationTest;
import dk.peerstoette.account.StaffAccountService;
import dk.peerstoette.security.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static dk.peerstoette.recipient.RecipientTestData.AARHUS;
import static dk.peerstoette.recipient.RecipientTestData.KOBENHAVN;
import static dk.peerstoette.recipient.RecipientTestData.today;
import static dk.peerstoette.recipient.RecipientTestData.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasProperty;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Who may see and change which recipient: each demo role against a København recipient
 * assigned to the demo peer worker {@code peer}, an unassigned one in København and one
 * in Aarhus.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RecipientScopeTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	@Autowired
	StaffAccountService accounts;

	RecipientTestData data;

	String token;

	Map<String, Long> recipients;

	@BeforeAll
	void recipients() throws Exception {
		data = new RecipientTestData(mvc, jdbc, users);
		token = unique("S").replace("-", "");
		long assigned = data.createRecipient(token + " assigned", KOBENHAVN);
		long unassigned = data.createRecipient(token + " unassigned", KOBENHAVN);
		long aarhus = data.createRecipient(token + " aarhus", AARHUS);
		data.assign(assigned, data.peerWorkerOfUser("peer", KOBENHAVN));
		recipients = Map.of("assigned", assigned, "unassigned", unassigned, "aarhus", aarhus);
	}

	@ParameterizedTest(name = "{0} reads the assigned København recipient: {1}, unassigned: {2}, Aarhus: {3}")
	@CsvSource({ "admin, 404, 404, 404", "leder, 404, 404, 404", "koordinator, 200, 200, 404",
			"koordinator.aarhus, 404, 404, 200", "peer, 200, 404, 404", "peer.aarhus, 404, 404, 404" })
	void readsOnlyTheRecipientsInScopeAndAuditsEveryAttempt(String username, int assigned, int unassigned, int aarhus)
			throws Exception {
		Map<String, Integer> expected = Map.of("assigned", assigned, "unassigned", unassigned, "aarhus", aarhus);
		for (Map.Entry<String, Integer> entry : expected.entrySet()) {
			long id = recipients.get(entry.getKey());
			long successes = data.audited(id, "READ", "SUCCESS", username);
			long denials = data.audited(id, "READ", "DENIED", username);
			mvc.perform(get("/recipients/{id}", id).with(as(username)))
				.andExpect(status().is(entry.getValue()))
				.andExpect((entry.getValue() == 200) ? content().string(containsString(token + " " + entry.getKey()))
						: content().string(not(containsString(token))));
			boolean allowed = entry.getValue() == 200;
			assertThat(data.audited(id, "READ", "SUCCESS", username)).as(username + " " + entry.getKey())
				.isEqualTo(successes + (allowed ? 1 : 0));
			assertThat(data.audited(id, "READ", "DENIED", username)).as(username + " " + entry.getKey())
				.isEqualTo(denials + (allowed ? 0 : 1));
		}
	}

	@Test
	void anUnknownRecipientIs404AndAudited() throws Exception {
		long before = data.audited(987654321L, "READ", "DENIED", "koordinator");
		mvc.perform(get("/recipients/{id}", 987654321L).with(as("koordinator"))).andExpect(status().isNotFound());
		assertThat(data.audited(987654321L, "READ", "DENIED", "koordinator")).isEqualTo(before + 1);
	}

	@Nested
	class Lists {

		@ParameterizedTest
		@ValueSource(strings = { "admin", "leder" })
		void areRefusedToRolesThatReadNoRecipientRecords(String username) throws Exception {
			mvc.perform(get("/recipients").with(as(username))).andExpect(status().isForbidden());
		}

		@Test
		void showAPeerWorkerOnlyTheRecipientsTheyAreAssignedTo() throws Exception {
			mvc.perform(get("/recipients").param("q", token).with(as("peer")))
				.andExpect(status().isOk())
				.andExpect(model().attribute("page", hasProperty("totalElements", equalTo(1L))))
				.andExpect(content().string(containsString(token + " assigned")))
				.andExpect(content().string(not(containsString("/recipients/new"))));
			mvc.perform(get("/recipients").param("q", token).with(as("peer.aarhus")))
				.andExpect(model().attribute("page", hasProperty("totalElements", equalTo(0L))))
				.andExpect(content().string(containsString("Ingen modtagere matcher søgningen")));
		}

		@Test
		void tellAPeerWorkerWithoutRecipientsWhoAssignsThem() throws Exception {
			// A new peer login: the demo peers have caseloads.
			String newcomer = unique("newpeer").toLowerCase();
			accounts.provisionIfAbsent(newcomer, "Newcomer-Lantern-pass-1", "New Peer", Role.PEER_WORKER,
					data.organisationId(AARHUS), null);
			mvc.perform(get("/recipients").with(as(newcomer)))
				.andExpect(content().string(containsString("Du er ikke knyttet til nogen modtagere endnu")));
		}

		@Test
		void showACoordinatorTheirOwnOrganisationOnly() throws Exception {
			mvc.perform(get("/recipients").param("q", token).with(as("koordinator")))
				.andExpect(model().attribute("page", hasProperty("totalElements", equalTo(2L))))
				.andExpect(content().string(not(containsString(token + " aarhus"))));
			mvc.perform(get("/recipients").param("q", token).with(as("koordinator.aarhus")))
				.andExpect(model().attribute("page", hasProperty("totalElements", equalTo(1L))))
				.andExpect(content().string(containsString(token + " aarhus")));
		}

	}

	@Nested
	class Changes {

		@Test
		void aPeerWorkerReadsButCannotChangeTheirRecipient() throws Exception {
			long id = recipients.get("assigned");
			mvc.perform(get("/recipients/{id}", id).with(as("peer")))
				.andExpect(content().string(not(containsString("/recipients/" + id + "/edit"))))
				.andExpect(content().string(not(containsString("/consents"))))
				.andExpect(content().string(not(containsString("/courses/new"))));
			mvc.perform(get("/recipients/new").with(as("peer"))).andExpect(status().isForbidden());
			mvc.perform(data.newRecipient(unique("peer"), KOBENHAVN).with(as("peer")))
				.andExpect(status().isForbidden());
			mvc.perform(get("/recipients/{id}/edit", id).with(as("peer"))).andExpect(status().isForbidden());
			mvc.perform(post("/recipients/{id}/edit", id).with(csrf()).with(as("peer")).param("alias", "X"))
				.andExpect(status().isForbidden());
			mvc.perform(post("/recipients/{id}/consents", id).with(csrf())
				.with(as("peer"))
				.param("kind", "OUTCOME_MEASUREMENT")
				.param("givenOn", today().toString())
				.param("method", "VERBAL")).andExpect(status().isForbidden());
			assertThat(jdbc.sql("select count(*) from consent where recipient_id = ?")
				.param(id)
				.query(Long.class)
				.single()).isEqualTo(1);
			assertThat(data.audited(id, "UPDATE", "DENIED", "peer")).isGreaterThanOrEqualTo(2);
		}

		@ParameterizedTest
		@ValueSource(strings = { "admin", "leder" })
		void administratorsAndManagersCannotCreateRecipients(String username) throws Exception {
			String alias = unique("X");
			mvc.perform(get("/recipients/new").with(as(username))).andExpect(status().isForbidden());
			mvc.perform(data.newRecipient(alias, KOBENHAVN).with(as(username))).andExpect(status().isForbidden());
			assertThat(data.countRecipients(alias)).isZero();
		}

		@ParameterizedTest
		@ValueSource(strings = { "admin", "leder", "koordinator.aarhus" })
		void aRecordOutOfScopeIs404ForChangesToo(String username) throws Exception {
			long id = recipients.get("unassigned");
			mvc.perform(get("/recipients/{id}/edit", id).with(as(username))).andExpect(status().isNotFound());
			mvc.perform(post("/recipients/{id}/edit", id).with(csrf())
				.with(as(username))
				.param("alias", "Changed")
				.param("version", "0")).andExpect(status().isNotFound());
			mvc.perform(post("/recipients/{id}/consents", id).with(csrf())
				.with(as(username))
				.param("kind", "OUTCOME_MEASUREMENT")
				.param("givenOn", today().toString())
				.param("method", "VERBAL")).andExpect(status().isNotFound());
			assertThat(jdbc.sql("select alias from recipient where id = ?").param(id).query(String.class).single())
				.isEqualTo(token + " unassigned");
			assertThat(data.audited(id, "UPDATE", "DENIED", username)).isGreaterThanOrEqualTo(2);
		}

	}

	private RequestPostProcessor as(String username) {
		return user(users.loadUserByUsername(username));
	}

}
