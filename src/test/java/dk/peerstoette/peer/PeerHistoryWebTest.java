package dk.peerstoette.peer;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import dk.peerstoette.IntegrationTest;
import dk.peerstoette.TestClock;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A peer worker's history of employment form, role and model, and their end (issue 18,
 * item 4): only an administrator or a coordinator of the peer worker's organisation
 * changes it, audited; another organisation, a peer worker and a forged period id are
 * refused.
 */
@IntegrationTest
class PeerHistoryWebTest {

	private static final String START = "2024-01-15";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	@Nested
	class Recording {

		@Test
		void aChangeFromADayAddsAPeriodIsAuditedAndCanBeRemoved() throws Exception {
			long id = create("koordinator", "VOLUNTEER");
			LocalDate from = TestClock.today().minusDays(10);
			edit(id, "koordinator", "PAID", from.toString(), 0).andExpect(redirectedUrl("/peers/" + id));
			assertThat(periods(id)).isEqualTo(2);
			assertThat(current(id)).isEqualTo("PAID");
			assertThat(lastUpdate(id)).isEqualTo("FIELDS=employmentForm;HISTORY_FROM=" + from);
			String page = mvc.perform(get("/peers/{id}", id).with(as("koordinator")))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(page).contains("id=\"history-table\"", "Frivillig", "Lønnet", "Fjern seneste ændring");
			long latest = latestPeriod(id);
			mvc.perform(post("/peers/{id}/history/{period}/remove", id, latest).with(csrf()).with(as("koordinator")))
				.andExpect(redirectedUrl("/peers/" + id + "#history"));
			assertThat(periods(id)).isOne();
			assertThat(current(id)).isEqualTo("VOLUNTEER");
			assertThat(lastUpdate(id)).isEqualTo("HISTORY_REMOVED_FROM=" + from);
		}

		@Test
		void aChangeFromTheStartCorrectsTheFirstPeriod() throws Exception {
			long id = create("koordinator", "VOLUNTEER");
			edit(id, "koordinator", "MENTOR", START, 0).andExpect(redirectedUrl("/peers/" + id));
			assertThat(periods(id)).isOne();
			assertThat(current(id)).isEqualTo("MENTOR");
		}

		@Test
		void aChangeWithoutADayInTheFutureOrBeforeTheLatestComesBackWithEveryProblem() throws Exception {
			long id = create("koordinator", "VOLUNTEER");
			mvc.perform(form(id, "PAID", "", 0).param("email", "not-an-address").with(as("koordinator")))
				.andExpect(status().isOk())
				.andExpect(model().attributeHasFieldErrors("peerWorkerForm", "changedFrom", "email"))
				.andExpect(content().string(containsString("Skriv den dato ændringen")))
				.andExpect(content().string(containsString("value=\"not-an-address\"")))
				.andExpect(content().string(
						containsString("aria-describedby=\"changedFrom-help changedFrom-hint changedFrom-error\"")));
			mvc.perform(form(id, "PAID", TestClock.today().plusDays(1).toString(), 0).with(as("koordinator")))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("kan ikke ligge i fremtiden")));
			LocalDate from = TestClock.today().minusDays(5);
			edit(id, "koordinator", "PAID", from.toString(), 0).andExpect(redirectedUrl("/peers/" + id));
			mvc.perform(form(id, "MENTOR", from.minusDays(1).toString(), version(id)).with(as("koordinator")))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("kan ikke ligge før den seneste ændring")));
			assertThat(periods(id)).isEqualTo(2);
			assertThat(current(id)).isEqualTo("PAID");
		}

		@Test
		void anEndRecordsItsReasonAndWhereThePeerWorkerWent() throws Exception {
			long id = create("koordinator", "VOLUNTEER");
			mvc.perform(form(id, "VOLUNTEER", "", 0).param("endReason", "NEW_JOB_OR_EDUCATION")
				.param("destination", "ORDINARY_JOB")
				.with(as("koordinator")))
				.andExpect(status().isOk())
				.andExpect(model().attributeHasFieldErrors("peerWorkerForm", "endReason", "destination"));
			mvc.perform(form(id, "VOLUNTEER", "", 0).param("endsOn", TestClock.today().toString())
				.param("endReason", "NEW_JOB_OR_EDUCATION")
				.param("destination", "ORDINARY_JOB")
				.with(as("koordinator"))).andExpect(redirectedUrl("/peers/" + id));
			mvc.perform(get("/peers/{id}", id).with(as("koordinator")).param("lang", "en"))
				.andExpect(content().string(containsString("New job or education")))
				.andExpect(content().string(containsString("Ordinary job")));
			assertThat(lastUpdate(id)).isEqualTo("FIELDS=endsOn,endReason,destination");
		}

		@Test
		void anAdministratorMayChangeAnyOrganisationsHistory() throws Exception {
			long id = create("koordinator.aarhus", "VOLUNTEER");
			long organisation = jdbc.sql("select organisation_id from peer_worker where id = ?")
				.param(id)
				.query(Long.class)
				.single();
			edit(id, "admin", "PAID", TestClock.today().toString(), 0, "organisationId", String.valueOf(organisation))
				.andExpect(redirectedUrl("/peers/" + id));
			assertThat(periods(id)).isEqualTo(2);
		}

	}

	@Nested
	class Refused {

		@Test
		void aPeerWorkerMayNotChangeHistory() throws Exception {
			long id = create("koordinator", "VOLUNTEER");
			edit(id, "peer", "PAID", TestClock.today().toString(), 0).andExpect(status().isForbidden());
			assertThat(periods(id)).isOne();
		}

		@Test
		void anotherOrganisationsCoordinatorGetsNotFoundAndTheRefusalIsAudited() throws Exception {
			long id = create("koordinator", "VOLUNTEER");
			edit(id, "koordinator.aarhus", "PAID", TestClock.today().toString(), 0).andExpect(status().isNotFound());
			assertThat(periods(id)).isOne();
			assertThat(current(id)).isEqualTo("VOLUNTEER");
			assertThat(jdbc
				.sql("select count(*) from audit_event where actor_username = 'koordinator.aarhus' "
						+ "and entity_type = 'PEER_WORKER' and entity_id = ? and outcome = 'DENIED'")
				.param(String.valueOf(id))
				.query(Long.class)
				.single()).isPositive();
		}

		@Test
		void aForgedPeriodIdRemovesNothing() throws Exception {
			LocalDate from = TestClock.today().minusDays(3);
			long own = create("koordinator", "VOLUNTEER");
			edit(own, "koordinator", "PAID", from.toString(), 0).andExpect(redirectedUrl("/peers/" + own));
			long other = create("koordinator.aarhus", "VOLUNTEER");
			edit(other, "koordinator.aarhus", "PAID", from.toString(), 0).andExpect(redirectedUrl("/peers/" + other));
			long othersChange = latestPeriod(other);
			long ownFirst = jdbc
				.sql("select id from peer_worker_period where peer_worker_id = ? and valid_from is null")
				.param(own)
				.query(Long.class)
				.single();
			// Another organisation's change under one's own peer worker, one's own peer
			// worker's first period, and one's own change under the other's peer worker.
			remove(own, othersChange, "koordinator").andExpect(status().isNotFound());
			remove(own, ownFirst, "koordinator").andExpect(status().isNotFound());
			remove(other, latestPeriod(own), "koordinator").andExpect(status().isNotFound());
			remove(other, othersChange, "koordinator").andExpect(status().isNotFound());
			remove(own, latestPeriod(own), "peer").andExpect(status().isForbidden());
			assertThat(periods(own)).isEqualTo(2);
			assertThat(periods(other)).isEqualTo(2);
			assertThat(jdbc
				.sql("select count(*) from audit_event where actor_username = 'koordinator' "
						+ "and entity_type = 'PEER_WORKER' and entity_id = ? and outcome = 'DENIED'")
				.param(String.valueOf(own))
				.query(Long.class)
				.single()).isGreaterThanOrEqualTo(2);
		}

	}

	private long create(String username, String employmentForm) throws Exception {
		MvcResult result = mvc
			.perform(post("/peers").with(csrf())
				.with(as(username))
				.param("fullName", "History " + UUID.randomUUID().toString().substring(0, 8))
				.param("employmentForm", employmentForm)
				.param("peerRole", "SUPPLEMENTARY")
				.param("startsOn", START)
				.param("organisationId", ""))
			.andExpect(redirectedUrlPattern("/peers/*"))
			.andReturn();
		return Long.parseLong(result.getResponse().getRedirectedUrl().replace("/peers/", ""));
	}

	private org.springframework.test.web.servlet.ResultActions edit(long id, String username, String employmentForm,
			String from, long version, String... more) throws Exception {
		MockHttpServletRequestBuilder request = form(id, employmentForm, from, version).with(as(username));
		for (int i = 0; i < more.length; i += 2) {
			request.param(more[i], more[i + 1]);
		}
		return mvc.perform(request);
	}

	private MockHttpServletRequestBuilder form(long id, String employmentForm, String from, long version) {
		return post("/peers/{id}/edit", id).with(csrf())
			.param("fullName", nameOf(id))
			.param("employmentForm", employmentForm)
			.param("peerRole", "SUPPLEMENTARY")
			.param("startsOn", START)
			.param("changedFrom", from)
			.param("version", String.valueOf(version));
	}

	private org.springframework.test.web.servlet.ResultActions remove(long id, long period, String username)
			throws Exception {
		return mvc.perform(post("/peers/{id}/history/{period}/remove", id, period).with(csrf()).with(as(username)));
	}

	private RequestPostProcessor as(String username) {
		return user(users.loadUserByUsername(username));
	}

	private String nameOf(long id) {
		return jdbc.sql("select full_name from peer_worker where id = ?").param(id).query(String.class).single();
	}

	private long version(long id) {
		return jdbc.sql("select version from peer_worker where id = ?").param(id).query(Long.class).single();
	}

	private String current(long id) {
		return jdbc.sql("select employment_form from peer_worker where id = ?").param(id).query(String.class).single();
	}

	private long periods(long id) {
		return jdbc.sql("select count(*) from peer_worker_period where peer_worker_id = ?")
			.param(id)
			.query(Long.class)
			.single();
	}

	private long latestPeriod(long id) {
		return jdbc.sql(
				"select id from peer_worker_period where peer_worker_id = ? order by valid_from desc nulls last limit 1")
			.param(id)
			.query(Long.class)
			.single();
	}

	private String lastUpdate(long id) {
		return jdbc
			.sql("select detail from audit_event where entity_type = 'PEER_WORKER' and entity_id = ? "
					+ "and action = 'UPDATE' and outcome = 'SUCCESS' order by id desc limit 1")
			.param(String.valueOf(id))
			.query(String.class)
			.single();
	}

}
