package dk.peerstoette.peer;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import dk.peerstoette.IntegrationTest;
import dk.peerstoette.TestClock;
import dk.peerstoette.TestProgramme;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A peer worker's consent to being contacted for an evaluation interview (issue 19, item
 * 5): recorded and withdrawn on their page by the peer worker themself or their
 * coordinator, audited with codes; refused to another organisation's coordinator, to
 * another peer worker and to a manager; a withdrawal is refused twice and a date in the
 * future next to its field, with what was typed.
 */
@IntegrationTest
class PeerConsentWebTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	@Test
	void aCoordinatorRecordsAndWithdrawsItAuditedAndItShowsOnThePage() throws Exception {
		long peer = peerWorker();
		LocalDate today = TestClock.today();
		add(peer, "koordinator", today.minusDays(3).toString())
			.andExpect(redirectedUrl("/peers/" + peer + "#consents"));
		assertThat(lastUpdate(peer)).isEqualTo("CONSENT_ADDED;KIND=EVALUATION_INTERVIEW");
		this.mvc.perform(get("/peers/{id}", peer).with(as("koordinator")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Må kontaktes til evalueringsinterview")))
			.andExpect(content().string(containsString(">Gælder<")));
		long consent = consent(peer);
		withdraw(peer, consent, "koordinator", today.toString(), 0)
			.andExpect(redirectedUrl("/peers/" + peer + "#consents"));
		assertThat(lastUpdate(peer)).isEqualTo("CONSENT_WITHDRAWN;KIND=EVALUATION_INTERVIEW");
		assertThat(this.jdbc.sql("select withdrawn_on from peer_worker_consent where id = ?")
			.param(consent)
			.query(LocalDate.class)
			.single()).isEqualTo(today);
		// Once only: the second withdrawal comes back with the consent's message.
		withdraw(peer, consent, "koordinator", today.toString(), 1).andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("withdrawConsentForm", "withdrawnOn",
					"peer.consent.alreadyWithdrawn"));
	}

	@Test
	void thePeerWorkerRecordsAndWithdrawsTheirOwn() throws Exception {
		long own = new Programme(this.jdbc).peerWorkerOfUser("peer",
				new Programme(this.jdbc).organisation(TestProgramme.COPENHAGEN));
		add(own, "peer", TestClock.today().toString()).andExpect(redirectedUrl("/peers/" + own + "#consents"));
		long consent = consent(own);
		withdraw(own, consent, "peer", TestClock.today().toString(), 0)
			.andExpect(redirectedUrl("/peers/" + own + "#consents"));
		assertThat(lastUpdate(own)).isEqualTo("CONSENT_WITHDRAWN;KIND=EVALUATION_INTERVIEW");
	}

	@Test
	void anotherOrganisationAnotherPeerWorkerAndAManagerAreRefused() throws Exception {
		long peer = peerWorker();
		String day = TestClock.today().toString();
		add(peer, "koordinator.aarhus", day).andExpect(status().isNotFound());
		add(peer, "peer.aarhus", day).andExpect(status().isNotFound());
		add(peer, "leder", day).andExpect(status().isNotFound());
		assertThat(count(peer)).isZero();
		add(peer, "koordinator", day);
		long consent = consent(peer);
		withdraw(peer, consent, "koordinator.aarhus", day, 0).andExpect(status().isNotFound());
		withdraw(peer, consent, "peer.aarhus", day, 0).andExpect(status().isNotFound());
		// Another peer worker's consent through this one's address.
		long other = peerWorker();
		withdraw(other, consent, "koordinator", day, 0).andExpect(status().isNotFound());
		assertThat(this.jdbc.sql("select withdrawn_on is null from peer_worker_consent where id = ?")
			.param(consent)
			.query(Boolean.class)
			.single()).isTrue();
	}

	@Test
	void aDayInTheFutureIsExplainedNextToItsFieldWithWhatWasTyped() throws Exception {
		long peer = peerWorker();
		String tomorrow = TestClock.today().plusDays(1).toString();
		add(peer, "koordinator", tomorrow).andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("consentForm", "givenOn", "peer.consent.future"))
			.andExpect(content().string(containsString("Datoen kan ikke ligge i fremtiden.")));
		assertThat(count(peer)).isZero();
	}

	private ResultActions add(long peer, String username, String givenOn) throws Exception {
		return this.mvc.perform(post("/peers/{id}/consents", peer).param("kind", "EVALUATION_INTERVIEW")
			.param("givenOn", givenOn)
			.with(as(username))
			.with(csrf()));
	}

	private ResultActions withdraw(long peer, long consent, String username, String withdrawnOn, long version)
			throws Exception {
		return this.mvc
			.perform(post("/peers/{id}/consents/{consent}/withdraw", peer, consent).param("withdrawnOn", withdrawnOn)
				.param("version", String.valueOf(version))
				.with(as(username))
				.with(csrf()));
	}

	private long peerWorker() {
		Programme data = new Programme(this.jdbc);
		return data.peerWorker(data.organisation(TestProgramme.COPENHAGEN), "Samtykkepeer " + TestProgramme.tag());
	}

	private long consent(long peer) {
		return this.jdbc.sql("select max(id) from peer_worker_consent where peer_worker_id = ?")
			.param(peer)
			.query(Long.class)
			.single();
	}

	private long count(long peer) {
		return this.jdbc.sql("select count(*) from peer_worker_consent where peer_worker_id = ?")
			.param(peer)
			.query(Long.class)
			.single();
	}

	private String lastUpdate(long peer) {
		return this.jdbc.sql("""
				select detail from audit_event where entity_type = 'PEER_WORKER' and entity_id = ? and action = 'UPDATE'
				order by id desc limit 1
				""").param(String.valueOf(peer)).query(String.class).single();
	}

	private RequestPostProcessor as(String username) {
		return user(this.users.loadUserByUsername(username));
	}

	/** The demo programme, with the peer workers this test adds. */
	static final class Programme extends TestProgramme {

		Programme(JdbcClient jdbc) {
			super(jdbc);
		}

	}

}
