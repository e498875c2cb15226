package dk.peerstoette.contact;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import dk.peerstoette.IntegrationTest;
import dk.peerstoette.TestClock;
import dk.peerstoette.TestProgramme.Recipient;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Nothing typed is lost and nothing is saved twice: the one-time token of every form, and
 * the form that comes back filled in after the sign-in ran out.
 */
@IntegrationTest
class SubmissionTokenWebTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	ContactFixtures fixtures;

	String tag;

	Recipient anna;

	@BeforeEach
	void aRecipientInThePeerWorkersCaseload() {
		this.fixtures = new ContactFixtures(this.jdbc, this.users);
		this.tag = ContactFixtures.tag();
		long copenhagen = this.fixtures.organisation(ContactFixtures.COPENHAGEN);
		this.anna = this.fixtures.recipient(copenhagen, "Anna " + this.tag);
		this.fixtures.course(copenhagen, "INDIVIDUAL", TestClock.today().minusDays(60), null, List.of(this.anna.id()),
				List.of(this.fixtures.peerWorkerOfUser("peer", copenhagen)));
	}

	@Nested
	@WithUserDetails("peer")
	class OneTimeToken {

		@Test
		void aDoubleSubmitCreatesOneContactAndLeadsToIt() throws Exception {
			MockHttpServletRequestBuilder form = fixtures.quickEntry("peer", anna.id());
			String first = mvc.perform(form)
				.andExpect(flash().attribute("success", "contact.created"))
				.andReturn()
				.getResponse()
				.getRedirectedUrl();
			mvc.perform(form)
				.andExpect(redirectedUrl(first))
				.andExpect(flash().attribute("success", "contact.repeated"));
			assertThat(fixtures.contactsOf(anna.id())).hasSize(1);
			assertThat(first).isEqualTo("/contacts/" + fixtures.contactsOf(anna.id()).get(0));
		}

		@Test
		void twoSubmitsAtTheSameMomentCreateOneContact() throws Exception {
			String token = fixtures.token("peer");
			ExecutorService threads = Executors.newFixedThreadPool(4);
			try {
				List<Callable<String>> submits = new ArrayList<>();
				for (int i = 0; i < 4; i++) {
					MockHttpServletRequestBuilder form = fixtures.quickEntry("peer", anna.id(), "token", token)
						.with(fixtures.as("peer"));
					submits.add(() -> mvc.perform(form).andReturn().getResponse().getRedirectedUrl());
				}
				List<String> redirects = new ArrayList<>();
				for (Future<String> submit : threads.invokeAll(submits)) {
					redirects.add(submit.get());
				}
				assertThat(fixtures.contactsOf(anna.id())).hasSize(1);
				assertThat(redirects).containsOnly("/contacts/" + fixtures.contactsOf(anna.id()).get(0));
			}
			finally {
				threads.shutdown();
			}
		}

		@Test
		void anUnknownTokenSavesNothingAndTheFormComesBackWithANewOne() throws Exception {
			String unknown = UUID.randomUUID().toString();
			String anothersToken = fixtures.token("koordinator");
			for (String token : List.of(unknown, anothersToken, "not-a-token")) {
				MvcResult result = mvc
					.perform(fixtures.quickEntry("peer", anna.id(), "token", token).param("place", "Parken " + tag))
					.andExpect(status().isOk())
					.andExpect(model().attributeHasErrors("contactForm"))
					.andExpect(content().string(containsString("Formularen er udløbet")))
					.andExpect(content().string(containsString("value=\"Parken " + tag + "\"")))
					.andReturn();
				String fresh = ContactFixtures.tokenOf(result);
				assertThat(fresh).isNotEqualTo(token);
				assertThat(fixtures.contactsOf(anna.id())).isEmpty();
				mvc.perform(fixtures.quickEntry("peer", anna.id(), "token", fresh))
					.andExpect(flash().attribute("success", "contact.created"));
				jdbc.sql("delete from contact where recipient_id = ?").param(anna.id()).update();
			}
		}

		@Test
		void eachFormGetsItsOwnToken() throws Exception {
			String first = ContactFixtures.tokenOf(mvc.perform(get("/contacts/new")).andReturn());
			String second = ContactFixtures.tokenOf(mvc.perform(get("/contacts/new")).andReturn());
			assertThat(first).isNotEqualTo(second);
		}

	}

	@Nested
	class AfterTheSignInRanOut {

		@Test
		void theFormComesBackFilledInAfterSigningInAgainAndIsSavedOnce() throws Exception {
			String token = fixtures.token("peer");
			// No session and no CSRF token: the session expired while the form was open.
			MvcResult expired = mvc.perform(typed(post("/contacts"), token))
				.andExpect(redirectedUrl("/contacts/new?restore=" + token))
				.andReturn();
			assertThat(fixtures.contactsOf(anna.id())).isEmpty();
			MockHttpSession session = (MockHttpSession) expired.getRequest().getSession(false);
			assertThat(session).isNotNull();

			String resume = signIn(session, "peer", "/contacts/new?restore=" + token);
			mvc.perform(get(resume).session(session))
				.andExpect(status().isOk())
				.andExpect(model().attribute("restored", true))
				.andExpect(content().string(containsString("Du blev logget ud, før kontakten blev gemt")))
				.andExpect(content().string(containsString("value=\"" + token + "\"")))
				.andExpect(content().string(containsString("value=\"Biblioteket " + tag + "\"")))
				.andExpect(content().string(containsString("value=\"37\"")))
				.andExpect(content().string(containsString("Det gik fint " + tag)))
				.andExpect(content().string(containsString("name=\"themes\" checked=\"checked\"")));
			assertThat(fixtures.contactsOf(anna.id())).as("not saved until the user saves").isEmpty();

			mvc.perform(typed(post("/contacts").with(csrf()), token).session(session))
				.andExpect(flash().attribute("success", "contact.created"));
			mvc.perform(typed(post("/contacts").with(csrf()), token).session(session))
				.andExpect(flash().attribute("success", "contact.repeated"));
			assertThat(fixtures.contactsOf(anna.id())).hasSize(1);
			// Once saved, the kept form leads to the contact.
			mvc.perform(get("/contacts/new").param("restore", token).session(session))
				.andExpect(redirectedUrlPattern("/contacts/*"));
		}

		@Test
		void anInvalidCsrfTokenOfAnAnonymousSessionIsTreatedTheSame() throws Exception {
			String token = fixtures.token("peer");
			MockHttpSession anonymous = new MockHttpSession();
			mvc.perform(typed(post("/contacts").with(csrf().useInvalidToken()), token).session(anonymous))
				.andExpect(redirectedUrl("/contacts/new?restore=" + token));
			String resume = signIn(anonymous, "peer", "/contacts/new?restore=" + token);
			mvc.perform(get(resume).session(anonymous))
				.andExpect(content().string(containsString("Det gik fint " + tag)));
			assertThat(fixtures.contactsOf(anna.id())).isEmpty();
		}

		@Test
		void onlyThePersonTheFormWasIssuedToGetsItBack() throws Exception {
			String token = fixtures.token("peer");
			MvcResult expired = mvc.perform(typed(post("/contacts"), token)).andReturn();
			MockHttpSession session = (MockHttpSession) expired.getRequest().getSession(false);
			String resume = signIn(session, "koordinator", "/contacts/new?restore=" + token);
			mvc.perform(get(resume).session(session))
				.andExpect(status().isOk())
				.andExpect(content().string(not(containsString("Det gik fint " + tag))))
				.andExpect(content().string(not(containsString("Du blev logget ud"))));
		}

		@Test
		void aFormWithoutAnIssuedTokenIsRefusedAsBefore() throws Exception {
			mvc.perform(typed(post("/contacts"), UUID.randomUUID().toString())).andExpect(status().isForbidden());
			mvc.perform(typed(post("/contacts"), "")).andExpect(status().isForbidden());
			assertThat(fixtures.contactsOf(anna.id())).isEmpty();
		}

		@Test
		void aFormAlreadySavedLeadsToWhatItSaved() throws Exception {
			String token = fixtures.token("peer");
			String contact = mvc.perform(typed(post("/contacts").with(csrf()).with(fixtures.as("peer")), token))
				.andReturn()
				.getResponse()
				.getRedirectedUrl();
			mvc.perform(typed(post("/contacts"), token)).andExpect(redirectedUrl(contact));
			assertThat(fixtures.contactsOf(anna.id())).hasSize(1);
		}

		@Test
		void aCorrectionComesBackFilledInToo() throws Exception {
			String created = mvc
				.perform(typed(post("/contacts").with(csrf()).with(fixtures.as("peer")), fixtures.token("peer")))
				.andReturn()
				.getResponse()
				.getRedirectedUrl();
			String token = fixtures.token("peer");
			MvcResult expired = mvc
				.perform(typed(post(created + "/edit"), token, "Stranden " + tag).param("version", "0"))
				.andExpect(redirectedUrl(created + "/edit?restore=" + token))
				.andReturn();
			MockHttpSession session = (MockHttpSession) expired.getRequest().getSession(false);
			String resume = signIn(session, "peer", created + "/edit?restore=" + token);
			mvc.perform(get(resume).session(session))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Du blev logget ud")))
				.andExpect(content().string(containsString("value=\"Stranden " + tag + "\"")));
			assertThat(jdbc.sql("select place from contact where recipient_id = ?")
				.param(anna.id())
				.query(String.class)
				.single()).isEqualTo("Biblioteket " + tag);
		}

		private MockHttpServletRequestBuilder typed(MockHttpServletRequestBuilder request, String token) {
			return typed(request, token, "Biblioteket " + tag);
		}

		private MockHttpServletRequestBuilder typed(MockHttpServletRequestBuilder request, String token, String place) {
			return request.param("token", token)
				.param("recipientId", String.valueOf(anna.id()))
				.param("kind", "ACTIVITY_TOGETHER")
				.param("occurredOn", ContactFixtures.YESTERDAY.toString())
				.param("startsAt", "14:00")
				.param("otherMinutes", "37")
				.param("place", place)
				.param("themes", "CONNECTION")
				.param("note", "Det gik fint " + tag);
		}

		/**
		 * Follows the sign-in: the kept page asks for it, and after it the user is sent
		 * back there.
		 * @return where the sign-in leads
		 */
		private String signIn(MockHttpSession session, String username, String page) throws Exception {
			mvc.perform(get(page).session(session)).andExpect(redirectedUrl("/login"));
			String next = mvc.perform(
					post("/login").with(csrf()).param("username", username).param("password", "demo").session(session))
				.andExpect(status().isFound())
				.andReturn()
				.getResponse()
				.getRedirectedUrl();
			assertThat(next).contains(page);
			return next;
		}

	}

}
