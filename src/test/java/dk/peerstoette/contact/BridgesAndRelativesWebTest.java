package dk.peerstoette.contact;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dk.peerstoette.IntegrationTest;
import dk.peerstoette.TestClock;
import dk.peerstoette.TestProgramme.Recipient;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The quick entry records what a bridge was built to and how many relatives took part
 * (issue 18, items 5 and 6): a count only, a destination only for bridge-building, and
 * every problem at once.
 */
@IntegrationTest
@WithUserDetails("peer")
class BridgesAndRelativesWebTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	ContactFixtures fixtures;

	Recipient anna;

	@BeforeEach
	void aRecipientInThePeerWorkersCaseload() {
		this.fixtures = new ContactFixtures(this.jdbc, this.users);
		long copenhagen = this.fixtures.organisation(ContactFixtures.COPENHAGEN);
		long me = this.fixtures.peerWorkerOfUser("peer", copenhagen);
		this.anna = this.fixtures.recipient(copenhagen, "Anna " + ContactFixtures.tag());
		this.fixtures.course(copenhagen, "BRIDGE_BUILDING", TestClock.today().minusDays(60), null,
				List.of(this.anna.id()), List.of(me));
	}

	@Test
	void aBridgeBuildingContactSaysWhereToAndHowManyRelativesCame() throws Exception {
		mvc.perform(get("/contacts/new").param("q", anna.alias()))
			.andExpect(content().string(containsString("Bro til")))
			.andExpect(content().string(containsString("Pårørende, der deltog (antal)")));
		mvc.perform(get("/contacts/new").param("lang", "en"))
			.andExpect(content().string(containsString("Relatives who took part (number)")))
			.andExpect(content().string(containsString("Job centre")));
		MvcResult result = mvc
			.perform(fixtures.quickEntry("peer", anna.id(), "kind", "BRIDGE_BUILDING", "bridgeTo", "JOB_CENTRE",
					"relatives", "2"))
			.andExpect(redirectedUrlPattern("/contacts/*"))
			.andReturn();
		String url = result.getResponse().getRedirectedUrl();
		long id = Long.parseLong(url.substring(url.lastIndexOf('/') + 1));
		assertThat(
				jdbc.sql("select bridge_to, relatives_present from contact where id = ?").param(id).query().singleRow())
			.isEqualTo(Map.of("bridge_to", "JOB_CENTRE", "relatives_present", 2));
		mvc.perform(get("/contacts/{id}/edit", id))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"JOB_CENTRE\" selected")))
			.andExpect(content().string(containsString("value=\"2\"")));
		// The contact's page says both, and its history names a change of either.
		mvc.perform(get("/contacts/{id}", id))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Bro til")))
			.andExpect(content().string(containsString("Jobcenter")))
			.andExpect(content().string(containsString("Pårørende, der deltog")));
		mvc.perform(post("/contacts/{id}/edit", id).with(csrf())
			.param("token", fixtures.token("peer"))
			.param("version", "0")
			.param("kind", "BRIDGE_BUILDING")
			.param("occurredOn", TestClock.today().minusDays(1).toString())
			.param("startsAt", "10:00")
			.param("durationMinutes", "45")
			.param("bridgeTo", "HOUSING")
			.param("relatives", "3")).andExpect(redirectedUrlPattern("/contacts/*"));
		mvc.perform(get("/contacts/{id}", id))
			.andExpect(content().string(containsString("Bolig")))
			.andExpect(content().string(containsString("Jobcenter")))
			.andExpect(content().string(not(containsString("??"))));
		mvc.perform(get("/contacts/{id}", id).param("lang", "en"))
			.andExpect(content().string(containsString("Bridge to")))
			.andExpect(content().string(containsString("Housing")))
			.andExpect(content().string(not(containsString("??"))));
	}

	@Test
	void aDestinationOutsideBridgeBuildingTooManyRelativesAndABadDurationComeBackTogether() throws Exception {
		mvc.perform(fixtures
			.quickEntry("peer", anna.id(), "kind", "PHONE", "bridgeTo", "HOUSING", "relatives", "25", "durationMinutes",
					"")
			.param("place", "Kiosken"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("contactForm", "bridgeTo",
					"contact.bridgeTo.onlyBridgeBuilding"))
			.andExpect(model().attributeHasFieldErrors("contactForm", "relatives", "durationMinutes"))
			.andExpect(content().string(containsString("value=\"25\"")))
			.andExpect(content().string(containsString("value=\"Kiosken\"")))
			.andExpect(content().string(containsString("Skriv et antal fra 0 til 20.")));
		mvc.perform(fixtures.quickEntry("peer", anna.id(), "kind", "BRIDGE_BUILDING", "bridgeTo", "TOWN_HALL';--",
				"relatives", "-1"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("contactForm", "bridgeTo", "relatives"));
		assertThat(fixtures.contactsOf(anna.id())).isEmpty();
	}

}
