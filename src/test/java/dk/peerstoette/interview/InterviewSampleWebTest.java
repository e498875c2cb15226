package dk.peerstoette.interview;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dk.peerstoette.IntegrationTest;
import dk.peerstoette.TestClock;
import dk.peerstoette.TestProgramme;
import dk.peerstoette.TestProgramme.Recipient;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The stratified sample for evaluation interviews (issue 19, item 5), attacked: people of
 * another organisation are never drawn, nor shown through another's draw; a consent that
 * was withdrawn, has expired or was never given keeps a person out, also of a draw made
 * before; peer workers, administrators and the data protection officer are refused; a
 * manager draws over their scope but sees nobody; every draw and view is audited with
 * codes and the records shown.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InterviewSampleWebTest {

	private static final String KIND = "EVALUATION_INTERVIEW";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	Programme data;

	String tag;

	long copenhagen;

	long aarhus;

	List<Recipient> consenting;

	Recipient withdrawn;

	Recipient expired;

	Recipient otherKind;

	Recipient toWithdraw;

	Recipient inAarhus;

	long peer;

	long peerWithdrawn;

	long peerToWithdraw;

	long peerInAarhus;

	@BeforeAll
	void programme() {
		this.data = new Programme(this.jdbc);
		this.tag = TestProgramme.tag();
		this.copenhagen = this.data.organisation(TestProgramme.COPENHAGEN);
		this.aarhus = this.data.organisation(TestProgramme.AARHUS);
		LocalDate today = TestClock.today();
		this.consenting = List.of(recipient("Ida"), recipient("Jens"), recipient("Karla"));
		for (Recipient recipient : this.consenting) {
			this.data.consent(recipient.id(), KIND, today.minusDays(30));
		}
		this.withdrawn = recipient("Lone");
		this.jdbc.sql("""
				insert into consent (recipient_id, kind, given_on, method, withdrawn_on)
				values (?, 'EVALUATION_INTERVIEW', ?, 'VERBAL', ?)
				""").params(this.withdrawn.id(), today.minusDays(30), today.minusDays(1)).update();
		this.expired = recipient("Mads");
		this.jdbc.sql("""
				insert into consent (recipient_id, kind, given_on, method, expires_on)
				values (?, 'EVALUATION_INTERVIEW', ?, 'WRITTEN', ?)
				""").params(this.expired.id(), today.minusDays(60), today.minusDays(2)).update();
		this.otherKind = recipient("Nina");
		this.data.consent(this.otherKind.id(), "OUTCOME_MEASUREMENT", today.minusDays(30));
		this.toWithdraw = recipient("Ole");
		this.data.consent(this.toWithdraw.id(), KIND, today.minusDays(30));
		this.inAarhus = this.data.recipient(this.aarhus, "Aarhusianer " + this.tag);
		this.data.consent(this.inAarhus.id(), KIND, today.minusDays(30));
		this.peer = peerWorker(this.copenhagen, "Pia", today.minusDays(30), null);
		this.peerWithdrawn = peerWorker(this.copenhagen, "Rune", today.minusDays(30), today);
		this.peerToWithdraw = peerWorker(this.copenhagen, "Sofie", today.minusDays(30), null);
		this.peerInAarhus = peerWorker(this.aarhus, "Tage", today.minusDays(30), null);
	}

	@Test
	void aCoordinatorDrawsOnlyTheConsentingPeopleOfTheirOwnOrganisation() throws Exception {
		Document page = draw("koordinator", "recipients", "20", "peerWorkers", "20");
		Set<Long> recipients = drawn(page, "recipients");
		Set<Long> peers = drawn(page, "peers");
		assertThat(recipients).contains(this.consenting.get(0).id(), this.consenting.get(1).id(),
				this.consenting.get(2).id());
		assertThat(recipients).doesNotContain(this.withdrawn.id(), this.expired.id(), this.otherKind.id(),
				this.inAarhus.id());
		assertThat(peers).contains(this.peer).doesNotContain(this.peerWithdrawn, this.peerInAarhus);
		// Whom to contact: the recipient's alias and number, the peer worker's name.
		assertThat(page.text()).contains(this.consenting.get(0).label(), "Pia " + this.tag)
			.doesNotContain("Aarhusianer " + this.tag, "Tage " + this.tag);
	}

	@Test
	void anotherOrganisationsCoordinatorNeverGetsThemNotEvenThroughTheirDrawsAddress() throws Exception {
		String address = drawAddress("koordinator", "recipients", "20", "peerWorkers", "20");
		Document aarhusDraw = draw("koordinator.aarhus", "recipients", "20", "peerWorkers", "20");
		assertThat(drawn(aarhusDraw, "recipients")).contains(this.inAarhus.id()).doesNotContainAnyElementsOf(ids());
		assertThat(drawn(aarhusDraw, "peers")).contains(this.peerInAarhus)
			.doesNotContain(this.peer, this.peerToWithdraw);
		Document copenhagensDraw = show("koordinator.aarhus", address);
		assertThat(drawn(copenhagensDraw, "recipients")).doesNotContainAnyElementsOf(ids());
		assertThat(drawn(copenhagensDraw, "peers")).doesNotContain(this.peer, this.peerToWithdraw);
		assertThat(copenhagensDraw.text()).doesNotContain(this.consenting.get(0).alias(), "Pia " + this.tag)
			.contains("Aarhusianer " + this.tag);
	}

	@Test
	void aWithdrawnConsentTakesThePersonOutOfADrawMadeBefore() throws Exception {
		String address = drawAddress("koordinator", "recipients", "20", "peerWorkers", "20");
		assertThat(drawn(show("koordinator", address), "recipients")).contains(this.toWithdraw.id());
		assertThat(drawn(show("koordinator", address), "peers")).contains(this.peerToWithdraw);
		// Withdrawn on the recipient's page and on the peer worker's, as a coordinator
		// does.
		long consent = consentOf("consent", "recipient_id", this.toWithdraw.id());
		this.mvc
			.perform(post("/recipients/{id}/consents/{consent}/withdraw", this.toWithdraw.id(), consent)
				.param("withdrawnOn", TestClock.today().toString())
				.param("version", "0")
				.with(as("koordinator"))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		long peerConsent = consentOf("peer_worker_consent", "peer_worker_id", this.peerToWithdraw);
		this.mvc
			.perform(post("/peers/{id}/consents/{consent}/withdraw", this.peerToWithdraw, peerConsent)
				.param("withdrawnOn", TestClock.today().toString())
				.param("version", "0")
				.with(as("koordinator"))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		Document again = show("koordinator", address);
		assertThat(drawn(again, "recipients")).doesNotContain(this.toWithdraw.id())
			.contains(this.consenting.get(0).id());
		assertThat(drawn(again, "peers")).doesNotContain(this.peerToWithdraw).contains(this.peer);
	}

	/**
	 * The draw's address shows the same people again; a consent given after the day of
	 * the draw does not change it, and a later draw takes it in.
	 */
	@Test
	void theSameAddressShowsTheSameDrawAndAConsentGivenLaterStaysOutOfIt() throws Exception {
		String address = drawAddress("koordinator", "recipients", "1", "peerWorkers", "1", "strata", "UNIT");
		Document first = show("koordinator", address);
		Document second = show("koordinator", address);
		assertThat(drawn(second, "recipients")).isEqualTo(drawn(first, "recipients")).isNotEmpty();
		assertThat(drawn(second, "peers")).isEqualTo(drawn(first, "peers"));
		// One per stratum (organisation and unit).
		for (Element stratum : first.select("[data-stratum]")) {
			assertThat(stratum.select("a[href^=/recipients/]")).hasSizeLessThanOrEqualTo(1);
		}
		// Other seeds draw others: the draw is random.
		Set<Set<Long>> draws = new HashSet<>();
		for (int i = 0; i < 8; i++) {
			draws.add(drawn(draw("koordinator", "recipients", "1", "peerWorkers", "0"), "recipients"));
		}
		assertThat(draws).hasSizeGreaterThan(1);

		LocalDate tomorrow = TestClock.today().plusDays(1);
		TestClock.get().set(tomorrow.atTime(12, 0).atZone(ZoneId.of("Europe/Copenhagen")).toInstant());
		Recipient later = recipient("Ulla");
		this.data.consent(later.id(), KIND, tomorrow);
		String all = drawAddress("koordinator", "recipients", "50", "peerWorkers", "0");
		String before = all.replaceAll("on=[0-9-]+", "on=" + TestClock.today().minusDays(1));
		assertThat(drawn(show("koordinator", before), "recipients")).doesNotContain(later.id())
			.contains(this.consenting.get(0).id());
		assertThat(drawn(show("koordinator", all), "recipients")).contains(later.id());
	}

	@Test
	void aManagerDrawsOverTheirScopeAndSeesNobody() throws Exception {
		Document page = draw("leder", "recipients", "50", "peerWorkers", "50");
		assertThat(page.select("[data-stratum]")).isNotEmpty();
		assertThat(page.select("a[href^=/recipients/], a[href^=/peers/]")).isEmpty();
		String text = page.text();
		for (Recipient recipient : List.of(this.consenting.get(0), this.consenting.get(1), this.toWithdraw)) {
			assertThat(text).doesNotContain(recipient.alias()).doesNotContain(recipient.number());
		}
		assertThat(text).doesNotContain("Pia " + this.tag)
			.contains(TestProgramme.COPENHAGEN)
			.doesNotContain(TestProgramme.AARHUS);
	}

	@Test
	void aManagerLearnsNoCountOfFewerThanFivePeopleNorATotalThatGivesOneAway() throws Exception {
		Document page = draw("leder", "recipients", "50", "peerWorkers", "50", "strata", "UNIT", "strata", "MODEL",
				"strata", "ROLE");
		List<String> counts = page.select("[data-stratum] p.mb-0").eachText();
		assertThat(counts).isNotEmpty();
		assertThat(String.join(" ", counts)).contains("<5").doesNotContainPattern("(?<![<0-9])[1-4](?![0-9])");
		assertThat(page.select("#draw-summary").text()).doesNotContain("personer at kontakte");
	}

	@ParameterizedTest
	@ValueSource(strings = { "peer", "admin", "auditor" })
	void peerWorkersAdministratorsAndTheAuditorAreRefused(String username) throws Exception {
		this.mvc.perform(get("/interviews").with(as(username))).andExpect(status().isForbidden());
		this.mvc.perform(get("/interviews").param("draw", "").param("recipients", "5").with(as(username)))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(get("/interviews").param("seed", "42")
				.param("on", TestClock.today().toString())
				.param("recipients", "5")
				.with(as(username)))
			.andExpect(status().isForbidden());
	}

	@Test
	void everyDrawAndViewIsAuditedWithCodesAndTheRecordsShown() throws Exception {
		long before = this.jdbc.sql("select coalesce(max(id), 0) from audit_event").query(Long.class).single();
		String address = drawAddress("koordinator", "recipients", "20", "peerWorkers", "20", "strata", "MODEL",
				"strata", "ROLE");
		show("koordinator", address);
		List<String> details = this.jdbc.sql("""
				select action || ':' || detail from audit_event
				where id > ? and actor_username = 'koordinator' and entity_type = 'INTERVIEW_SAMPLE' order by id
				""").param(before).query(String.class).list();
		String seed = address.replaceAll(".*seed=([0-9]+).*", "$1");
		assertThat(details).hasSize(2);
		assertThat(details.get(0)).startsWith("SEARCH:DRAW;SEED=" + seed + ";");
		assertThat(details.get(1)).startsWith("SEARCH:VIEW;SEED=" + seed + ";");
		assertThat(details).allMatch((detail) -> detail.matches("[A-Z]+:[A-Za-z0-9_=;,.:-]+"));
		String shown = this.jdbc.sql("""
				select shown::text from audit_event
				where id > ? and actor_username = 'koordinator' and entity_type = 'INTERVIEW_SAMPLE'
				order by id desc limit 1
				""").param(before).query(String.class).single();
		assertThat(shown).contains(String.valueOf(this.consenting.get(0).id())).contains("PEER_WORKER");
	}

	@Test
	void aSizeOutsideItsRangeIsExplainedNextToItsFieldAndDrawsNothing() throws Exception {
		long before = this.jdbc.sql("select coalesce(max(id), 0) from audit_event").query(Long.class).single();
		this.mvc
			.perform(get("/interviews").param("draw", "")
				.param("recipients", "500")
				.param("peerWorkers", "-1")
				.param("strata", "NOTHING")
				.with(as("koordinator")))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("sample", "recipients", "peerWorkers", "strata"));
		assertThat(this.jdbc.sql("""
				select count(*) from audit_event where id > ? and entity_type = 'INTERVIEW_SAMPLE'
				  and outcome = 'SUCCESS'
				""").param(before).query(Long.class).single()).isZero();
	}

	/** The demo has people to draw, and some whose consent has ended. */
	@Test
	void theDemoHasConsentsToDrawFromAndSomeThatEnded() {
		long holding = this.jdbc.sql("""
				select count(*) from consent c join recipient r on r.id = c.recipient_id
				where r.organisation_id = ? and c.kind = 'EVALUATION_INTERVIEW' and c.withdrawn_on is null
				  and (c.expires_on is null or c.expires_on >= ?) and r.alias not like ?
				""").params(this.copenhagen, TestClock.today(), "%" + this.tag).query(Long.class).single();
		assertThat(holding).isGreaterThanOrEqualTo(5);
		assertThat(this.jdbc.sql("""
				select count(*) from consent where kind = 'EVALUATION_INTERVIEW' and withdrawn_on is not null
				""").query(Long.class).single()).isPositive();
		assertThat(this.jdbc
			.sql("select count(*) from peer_worker_consent where peer_worker_id in"
					+ " (select id from peer_worker where organisation_id = ?)")
			.param(this.copenhagen)
			.query(Long.class)
			.single()).isPositive();
	}

	private Recipient recipient(String name) {
		return this.data.recipient(this.copenhagen, name + " " + this.tag);
	}

	private long peerWorker(long organisation, String name, LocalDate givenOn, LocalDate withdrawnOn) {
		long id = this.data.peerWorker(organisation, name + " " + this.tag);
		this.jdbc.sql("""
				insert into peer_worker_consent (peer_worker_id, kind, given_on, withdrawn_on)
				values (?, 'EVALUATION_INTERVIEW', ?, ?)
				""").params(id, givenOn, withdrawnOn).update();
		return id;
	}

	private List<Long> ids() {
		return List.of(this.consenting.get(0).id(), this.consenting.get(1).id(), this.consenting.get(2).id(),
				this.toWithdraw.id(), this.withdrawn.id(), this.expired.id());
	}

	private long consentOf(String table, String column, long id) {
		return this.jdbc.sql("select max(id) from " + table + " where " + column + " = ? and kind = ?")
			.params(id, KIND)
			.query(Long.class)
			.single();
	}

	/** Draws, and returns the draw's address (the page that shows it). */
	private String drawAddress(String username, String... params) throws Exception {
		var request = get("/interviews").param("draw", "").with(as(username));
		for (int i = 0; i < params.length; i += 2) {
			request.param(params[i], params[i + 1]);
		}
		String location = this.mvc.perform(request)
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(location).startsWith("/interviews?").contains("seed=").contains("on=");
		return location;
	}

	private Document draw(String username, String... params) throws Exception {
		return show(username, drawAddress(username, params));
	}

	private Document show(String username, String address) throws Exception {
		String html = this.mvc.perform(get(address).with(as(username)))
			.andExpect(status().isOk())
			.andExpect(model().hasNoErrors())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return Jsoup.parse(html);
	}

	/** The ids of the people of the page's draw, from their links. */
	private static Set<Long> drawn(Document page, String path) {
		Set<Long> ids = new HashSet<>();
		for (Element link : page.select("[data-stratum] a[href^=/" + path + "/]")) {
			ids.add(Long.parseLong(link.attr("href").replaceAll("^/" + path + "/([0-9]+).*", "$1")));
		}
		return ids;
	}

	private RequestPostProcessor as(String username) {
		return user(this.users.loadUserByUsername(username));
	}

	/** The demo programme, with the recipients and peer workers this test adds. */
	static final class Programme extends TestProgramme {

		Programme(JdbcClient jdbc) {
			super(jdbc);
		}

	}

}
