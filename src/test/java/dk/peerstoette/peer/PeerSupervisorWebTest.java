package dk.peerstoette.peer;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import dk.peerstoette.IntegrationTest;
import dk.peerstoette.TestClock;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
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
 * A peer worker's supervisor: a coordinator of the peer worker's organisation, chosen on
 * the peer worker form and shown on the page.
 */
@IntegrationTest
class PeerSupervisorWebTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	@Test
	void theFormOffersTheOrganisationsCoordinatorsOnly() throws Exception {
		long id = kobenhavnPeer();
		mvc.perform(get("/peers/{id}/edit", id).with(as("koordinator")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("name=\"supervisorUserId\""),
					containsString("value=\"" + userId("koordinator") + "\""), containsString("(koordinator)"),
					not(containsString("(koordinator.aarhus)")))));
	}

	@Test
	void aChosenSupervisorIsSavedAuditedAndShownOnThePage() throws Exception {
		long id = kobenhavnPeer();
		long koordinator = userId("koordinator");
		mvc.perform(edit(id, koordinator).with(as("koordinator"))).andExpect(redirectedUrl("/peers/" + id));
		assertThat(supervisorOf(id)).isEqualTo(koordinator);
		assertThat(jdbc.sql("""
				select count(*) from audit_event where entity_type = 'PEER_WORKER' and entity_id = ?
				and action = 'UPDATE' and detail = 'FIELDS=supervisor'
				""").param(String.valueOf(id)).query(Long.class).single()).isEqualTo(1);
		mvc.perform(get("/peers/{id}", id).with(as("koordinator")))
			.andExpect(content().string(containsString("id=\"supervisor\">Karen Koordinator (koordinator)<")));
	}

	@Test
	void aCoordinatorOfAnotherOrganisationOrAPeerLoginIsRefusedNextToTheField() throws Exception {
		long id = kobenhavnPeer();
		for (String username : new String[] { "koordinator.aarhus", "peer" }) {
			mvc.perform(edit(id, userId(username)).with(as("koordinator")))
				.andExpect(status().isOk())
				.andExpect(model().attributeHasFieldErrorCode("peerWorkerForm", "supervisorUserId",
						"peer.supervisor.unknown"));
		}
		assertThat(supervisorOf(id)).isNull();
	}

	private MockHttpServletRequestBuilder edit(long id, long supervisorUserId) {
		return post("/peers/{id}/edit", id).param("fullName", nameOf(id))
			.param("employmentForm", "PAID")
			.param("peerRole", "SUPPLEMENTARY")
			.param("startsOn", TestClock.today().minusYears(1).toString())
			.param("version", "0")
			.param("supervisorUserId", String.valueOf(supervisorUserId))
			.with(csrf());
	}

	private long kobenhavnPeer() {
		return jdbc.sql("""
				insert into peer_worker (organisation_id, full_name, employment_form, peer_role, starts_on)
				select id, ?, 'PAID', 'SUPPLEMENTARY', ? from organisation where name = 'Københavns Kommune'
				returning id
				""")
			.params("Supervised " + UUID.randomUUID().toString().substring(0, 8), TestClock.today().minusYears(1))
			.query(Long.class)
			.single();
	}

	private String nameOf(long id) {
		return jdbc.sql("select full_name from peer_worker where id = ?").param(id).query(String.class).single();
	}

	private Long supervisorOf(long id) {
		return jdbc.sql("select supervisor_user_id from peer_worker where id = ?")
			.param(id)
			.query(Long.class)
			.optional()
			.orElse(null);
	}

	private long userId(String username) {
		return jdbc.sql("select id from staff_user where username = ?").param(username).query(Long.class).single();
	}

	private RequestPostProcessor as(String username) {
		return user(users.loadUserByUsername(username));
	}

}
