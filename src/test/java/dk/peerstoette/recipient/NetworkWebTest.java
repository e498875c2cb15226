package dk.peerstoette.recipient;

import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dk.peerstoette.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static dk.peerstoette.recipient.RecipientTestData.KOBENHAVN;
import static dk.peerstoette.recipient.RecipientTestData.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A recipient's network (issue 18, item 6): how many relatives of each role take part,
 * and nothing else about them. Noted by whoever may change the recipient, shown on the
 * recipient's page, every change audited; a form with problems comes back with all of
 * them and every typed value; nobody else reads or changes it by URL.
 */
@IntegrationTest
class NetworkWebTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	RecipientTestData data;

	long recipient;

	@BeforeEach
	void aRecipientOfKobenhavnAssignedToThePeerWorker() throws Exception {
		data = new RecipientTestData(mvc, jdbc, users);
		recipient = data.createRecipient(unique("Net"), KOBENHAVN);
		data.assign(recipient, data.peerWorkerOfUser("peer", KOBENHAVN));
	}

	RequestPostProcessor as(String username) {
		return user(users.loadUserByUsername(username));
	}

	MockHttpServletRequestBuilder save(String version, String... counts) {
		MockHttpServletRequestBuilder request = post("/recipients/{id}/network", recipient).with(csrf())
			.param("version", version);
		for (int i = 0; i < counts.length; i += 2) {
			request.param("relatives[" + counts[i] + "]", counts[i + 1]);
		}
		return request;
	}

	Map<String, Integer> network() {
		Map<String, Integer> network = new TreeMap<>();
		jdbc.sql("select role, relatives from recipient_network where recipient_id = ?")
			.param(recipient)
			.query((rs) -> {
				network.put(rs.getString("role"), rs.getInt("relatives"));
			});
		return network;
	}

	long version() {
		return jdbc.sql("select version from recipient where id = ?").param(recipient).query(Long.class).single();
	}

	@Test
	void aCoordinatorNotesTheNetworkWhichThePageShowsAndTheLogRecords() throws Exception {
		mvc.perform(get("/recipients/{id}", recipient).with(as("koordinator")))
			.andExpect(content().string(containsString("Intet netværk noteret")))
			.andExpect(content().string(containsString("/recipients/" + recipient + "/network")));
		mvc.perform(get("/recipients/{id}/network", recipient).with(as("koordinator")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Forældre")))
			.andExpect(content().string(containsString("name=\"relatives[PARENT]\"")));
		mvc.perform(
				save(String.valueOf(version()), "PARENT", "2", "SIBLING", "1", "FRIEND", "").with(as("koordinator")))
			.andExpect(redirectedUrl("/recipients/" + recipient));
		assertThat(network()).containsExactlyEntriesOf(new TreeMap<>(Map.of("PARENT", 2, "SIBLING", 1)));
		assertThat(details("UPDATE")).contains("NETWORK;ROLES=PARENT,SIBLING");
		mvc.perform(get("/recipients/{id}", recipient).with(as("koordinator")))
			.andExpect(content().string(containsString("Forældre")))
			.andExpect(content().string(containsString("Søskende")))
			.andExpect(content().string(not(containsString("Intet netværk noteret"))));

		mvc.perform(save(String.valueOf(version()), "PARENT", "1", "SIBLING", "0").with(as("koordinator")))
			.andExpect(redirectedUrl("/recipients/" + recipient));
		assertThat(network()).containsExactlyEntriesOf(Map.of("PARENT", 1));
		assertThat(details("UPDATE")).containsExactly("NETWORK;ROLES=PARENT,SIBLING", "NETWORK;ROLES=PARENT,SIBLING");
		// The peer worker of the recipient's course reads it, and may not change it.
		mvc.perform(get("/recipients/{id}", recipient).with(as("peer")))
			.andExpect(content().string(containsString("Forældre")))
			.andExpect(content().string(not(containsString("/recipients/" + recipient + "/network"))));
		mvc.perform(get("/recipients/{id}", recipient).with(as("koordinator")).param("lang", "en"))
			.andExpect(content().string(containsString("Parents")));
	}

	@Test
	void everyProblemComesBackAtOnceWithWhatWasTyped() throws Exception {
		mvc.perform(save(String.valueOf(version()), "PARENT", "25", "CHILD", "to", "SIBLING", "-1", "FRIEND", "3")
			.with(as("koordinator")))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("networkForm", "relatives[PARENT]", "relatives[CHILD]",
					"relatives[SIBLING]"))
			.andExpect(model().attributeErrorCount("networkForm", 3))
			// What a browser can send into a number field comes back; "to" it cannot.
			.andExpect(content().string(containsString("value=\"25\"")))
			.andExpect(content().string(containsString("value=\"-1\"")))
			.andExpect(content().string(containsString("value=\"3\"")))
			.andExpect(content().string(containsString("Skriv et antal fra 0 til 20.")))
			.andExpect(content().string(containsString("href=\"#relativesPARENT\"")))
			.andExpect(content().string(containsString("id=\"relativesPARENT\"")));
		assertThat(network()).isEmpty();
	}

	@Test
	void savingOverSomeoneElsesNewerChangeIsRefused() throws Exception {
		String read = String.valueOf(version());
		mvc.perform(save(read, "CHILD", "2").with(as("koordinator"))).andExpect(status().is3xxRedirection());
		mvc.perform(save(read, "CHILD", "5", "PARTNER", "1").with(as("koordinator")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("En anden har gemt ændringer")))
			.andExpect(content().string(containsString("value=\"5\"")));
		assertThat(network()).containsExactlyEntriesOf(Map.of("CHILD", 2));
	}

	@Test
	void anAnonymisedRecipientsNetworkIsNotChanged() throws Exception {
		jdbc.sql("update recipient set anonymised_on = current_date where id = ?").param(recipient).update();
		mvc.perform(get("/recipients/{id}/network", recipient).with(as("koordinator")))
			.andExpect(status().isNotFound());
		mvc.perform(save(String.valueOf(version()), "PARENT", "1").with(as("koordinator")))
			.andExpect(status().isNotFound());
		assertThat(network()).isEmpty();
	}

	@Nested
	class NobodyElse {

		@BeforeEach
		void aNetwork() throws Exception {
			mvc.perform(save(String.valueOf(version()), "PARTNER", "1").with(as("koordinator")))
				.andExpect(status().is3xxRedirection());
		}

		/** The attack: another organisation's coordinator guesses the URL. */
		@ParameterizedTest
		@ValueSource(strings = { "koordinator.aarhus", "leder", "admin" })
		void readsOrChangesItByUrl(String username) throws Exception {
			long refusals = data.audited(recipient, "UPDATE", "DENIED", username)
					+ data.audited(recipient, "READ", "DENIED", username);
			mvc.perform(get("/recipients/{id}/network", recipient).with(as(username)))
				.andExpect(status().isNotFound())
				.andExpect(content().string(not(containsString("Partner eller ægtefælle"))));
			mvc.perform(save(String.valueOf(version()), "PARTNER", "0", "CHILD", "9").with(as(username)))
				.andExpect(status().isNotFound());
			assertThat(network()).containsExactlyEntriesOf(Map.of("PARTNER", 1));
			assertThat(data.audited(recipient, "UPDATE", "DENIED", username)
					+ data.audited(recipient, "READ", "DENIED", username))
				.isEqualTo(refusals + 2);
		}

		@Test
		void theRecipientsPeerWorkerIsRefusedAChange() throws Exception {
			mvc.perform(get("/recipients/{id}/network", recipient).with(as("peer"))).andExpect(status().isForbidden());
			mvc.perform(save(String.valueOf(version()), "PARTNER", "0").with(as("peer")))
				.andExpect(status().isForbidden());
			assertThat(network()).containsExactlyEntriesOf(Map.of("PARTNER", 1));
		}

	}

	private java.util.List<String> details(String action) {
		return jdbc.sql("""
				select detail from audit_event
				where entity_type = 'RECIPIENT' and entity_id = ? and action = ? and outcome = 'SUCCESS'
				order by id
				""").params(String.valueOf(recipient), action).query(String.class).list();
	}

}
