package dk.peerstoette.referral;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dk.peerstoette.CookieClient;
import dk.peerstoette.IntegrationTest;
import dk.peerstoette.TestClock;
import dk.peerstoette.TestProgramme.Recipient;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

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
 * Referrals between the organisations of the demo's ongoing partnership: København refers
 * to Psykiatriforeningernes Fællesråd (koordinator.ngo); Aarhus (koordinator.aarhus) is
 * in no partnership with either today.
 */
@IntegrationTest
class ReferralWebTest {

	private static final LocalDate TODAY = TestClock.today();

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	@LocalServerPort
	int port;

	ReferralFixtures data;

	String tag;

	long copenhagen;

	long ngo;

	long region;

	long aarhus;

	long ngoUnit;

	Recipient anna;

	long annaSharing;

	@BeforeEach
	void recipientWithConsentToSharing() {
		this.data = new ReferralFixtures(this.jdbc, this.users);
		this.tag = ReferralFixtures.tag();
		this.copenhagen = this.data.organisation(ReferralFixtures.COPENHAGEN);
		this.ngo = this.data.organisation(ReferralFixtures.NGO);
		this.region = this.data.organisation(ReferralFixtures.REGION);
		this.aarhus = this.data.organisation(ReferralFixtures.AARHUS);
		this.ngoUnit = this.data.unit(this.ngo);
		this.anna = this.data.recipient(this.copenhagen, "Anna " + this.tag);
		this.jdbc.sql("update recipient set birth_year = 1987, external_reference = ? where id = ?")
			.params("EXT-" + this.tag, this.anna.id())
			.update();
		this.data.consent(this.anna.id(), "REGISTRATION", TODAY.minusDays(30));
		this.annaSharing = this.data.sharing(this.anna.id(), this.ngo, TODAY.minusDays(1));
	}

	@Nested
	class Refer {

		@Test
		void aCoordinatorRefersTheirRecipientToAPartnersUnitWithTheConsent() throws Exception {
			long id = refer(anna.id(), ngoUnit, "Vil gerne mødes med en frivillig " + tag);
			assertThat(data.status(id)).isEqualTo("PENDING");
			assertThat(data.audited("koordinator", "REFERRAL", "CREATE", "SUCCESS", id)).isEqualTo(1);
			mvc.perform(get("/referrals/outgoing").param("q", tag).with(data.as("koordinator")))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString(anna.label())))
				.andExpect(content().string(containsString("Afventer svar")));
			mvc.perform(get("/referrals/incoming").param("q", tag).with(data.as("koordinator.ngo")))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString(anna.alias())))
				.andExpect(content().string(not(containsString(anna.number()))));
		}

		@Test
		void withoutAConsentToSharingTheReferralIsRefusedNextToTheUnit() throws Exception {
			Recipient bo = data.recipient(copenhagen, "Bo " + tag);
			refused(bo.id(), ngoUnit, "unitId", "referral.consent.missing");
			assertThat(data.referralsOf(bo.id())).isZero();
		}

		@Test
		void aConsentToSharingWithAnotherOrganisationDoesNotCount() throws Exception {
			Recipient bo = data.recipient(copenhagen, "Bo " + tag);
			data.sharing(bo.id(), region, TODAY.minusDays(1));
			refused(bo.id(), ngoUnit, "unitId", "referral.consent.missing");
			assertThat(data.referralsOf(bo.id())).isZero();
		}

		@Test
		void aWithdrawnOrExpiredConsentDoesNotCount() throws Exception {
			Recipient bo = data.recipient(copenhagen, "Bo " + tag);
			long consent = data.sharing(bo.id(), ngo, TODAY.minusDays(10));
			jdbc.sql("update consent set withdrawn_on = ? where id = ?").params(TODAY, consent).update();
			refused(bo.id(), ngoUnit, "unitId", "referral.consent.missing");
			Recipient carl = data.recipient(copenhagen, "Carl " + tag);
			jdbc.sql("""
					insert into consent (recipient_id, kind, given_on, method, expires_on, partner_organisation_id)
					values (?, 'PARTNER_SHARING', ?, 'WRITTEN', ?, ?)
					""").params(carl.id(), TODAY.minusDays(10), TODAY.minusDays(1), ngo).update();
			refused(carl.id(), ngoUnit, "unitId", "referral.consent.missing");
			assertThat(data.referralsOf(bo.id()) + data.referralsOf(carl.id())).isZero();
		}

		@Test
		void aUnitOutsideThePartnershipOrOfTheOwnOrganisationIsRefused() throws Exception {
			data.sharing(anna.id(), aarhus, TODAY.minusDays(1));
			refused(anna.id(), data.unit(aarhus), "unitId", "referral.unit.notPartner");
			refused(anna.id(), data.unit(copenhagen), "unitId", "referral.unit.notPartner");
			assertThat(data.referralsOf(anna.id())).isZero();
		}

		@Test
		void anotherOrganisationsRecipientCannotBeReferred() throws Exception {
			Recipient aarhusRecipient = data.recipient(aarhus, "Aarhus " + tag);
			data.sharing(aarhusRecipient.id(), ngo, TODAY.minusDays(1));
			mvc.perform(referral(aarhusRecipient.id(), ngoUnit, "Forsøg " + tag).with(data.as("koordinator")))
				.andExpect(status().isNotFound());
			mvc.perform(get("/referrals/new").param("recipientId", String.valueOf(aarhusRecipient.id()))
				.with(data.as("koordinator"))).andExpect(status().isNotFound());
			assertThat(data.referralsOf(aarhusRecipient.id())).isZero();
		}

		@ParameterizedTest
		@ValueSource(strings = { "peer", "leder", "admin" })
		void onlyACoordinatorRefers(String username) throws Exception {
			mvc.perform(referral(anna.id(), ngoUnit, "Forsøg " + tag).with(data.as(username)))
				.andExpect(status().isForbidden());
			mvc.perform(get("/referrals/incoming").with(data.as(username))).andExpect(status().isForbidden());
			assertThat(data.referralsOf(anna.id())).isZero();
		}

		@Test
		void everyProblemIsShownAtOnceAndWhatWasTypedStays() throws Exception {
			Recipient bo = data.recipient(copenhagen, "Bo " + tag);
			mvc.perform(post("/referrals").with(csrf())
				.with(data.as("koordinator"))
				.param("recipientId", String.valueOf(bo.id()))
				.param("unitId", String.valueOf(ngoUnit))
				.param("reason", ""))
				.andExpect(status().isOk())
				.andExpect(model().attributeHasFieldErrorCode("referralForm", "unitId", "referral.consent.missing"))
				.andExpect(model().attributeHasFieldErrorCode("referralForm", "reason", "NotBlank"))
				.andExpect(content().string(containsString("Psykiatriforeningernes Fællesråd")));
			mvc.perform(post("/referrals").with(csrf())
				.with(data.as("koordinator"))
				.param("recipientId", String.valueOf(bo.id()))
				.param("reason", "Skrevet " + tag))
				.andExpect(model().attributeHasFieldErrorCode("referralForm", "unitId", "NotNull"))
				.andExpect(content().string(containsString("Skrevet " + tag)));
		}

		@Test
		void aRecipientIsNotReferredTwiceToTheSameOrganisation() throws Exception {
			refer(anna.id(), ngoUnit, "Første " + tag);
			refused(anna.id(), ngoUnit, "unitId", "referral.alreadyReferred");
			assertThat(data.referralsOf(anna.id())).isEqualTo(1);
		}

	}

	@Nested
	class Receive {

		long referral;

		@BeforeEach
		void referred() throws Exception {
			this.referral = refer(anna.id(), ngoUnit, "Ønsker en frivillig " + tag);
		}

		@Test
		void theReceivingCoordinatorSeesOnlyWhatTheConsentCovers() throws Exception {
			mvc.perform(get("/referrals/{id}", referral).with(data.as("koordinator.ngo")))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString(anna.alias())))
				.andExpect(content().string(containsString("1987")))
				.andExpect(content().string(containsString("Ønsker en frivillig " + tag)))
				.andExpect(content().string(not(containsString(anna.number()))))
				.andExpect(content().string(not(containsString("EXT-" + tag))))
				.andExpect(content().string(not(containsString("/recipients/" + anna.id()))));
			// The recipient's own page stays the referring organisation's.
			mvc.perform(get("/recipients/{id}", anna.id()).with(data.as("koordinator.ngo")))
				.andExpect(status().isNotFound());
			assertThat(jdbc.sql("""
					select count(*) from audit_event where entity_type = 'REFERRAL' and entity_id = ?
					  and actor_username = 'koordinator.ngo' and action = 'READ' and shown::text like ?
					""").params(String.valueOf(referral), "%" + anna.id() + "%").query(Integer.class).single())
				.isEqualTo(1);
		}

		@Test
		void acceptingPutsTheRecipientOnTheWaitingListAndTheReferrerSeesIt() throws Exception {
			accept("koordinator.ngo").andExpect(redirectedUrl("/waiting-list"))
				.andExpect(flash().attribute("success", "referral.accepted"));
			assertThat(data.status(referral)).isEqualTo("ACCEPTED");
			assertThat(data.waitingEntriesOf(referral)).isEqualTo(1);
			assertThat(data.audited("koordinator.ngo", "REFERRAL", "UPDATE", "SUCCESS", referral)).isEqualTo(1);
			mvc.perform(get("/waiting-list").with(data.as("koordinator.ngo")))
				.andExpect(content().string(containsString(anna.alias())))
				.andExpect(content().string(containsString("Henvist fra Københavns Kommune")));
			mvc.perform(get("/referrals/{id}", referral).with(data.as("koordinator")))
				.andExpect(content().string(containsString("Taget imod")));
		}

		@Test
		void decliningNeedsAReasonWhichTheReferrerSees() throws Exception {
			mvc.perform(post("/referrals/{id}/decline", referral).with(csrf())
				.with(data.as("koordinator.ngo"))
				.param("version", "0")
				.param("declineReason", " "))
				.andExpect(status().isOk())
				.andExpect(model().attributeHasFieldErrorCode("declineForm", "declineReason", "NotBlank"));
			assertThat(data.status(referral)).isEqualTo("PENDING");
			mvc.perform(post("/referrals/{id}/decline", referral).with(csrf())
				.with(data.as("koordinator.ngo"))
				.param("version", "0")
				.param("declineReason", "Ingen plads " + tag)).andExpect(redirectedUrl("/referrals/incoming"));
			assertThat(data.status(referral)).isEqualTo("DECLINED");
			mvc.perform(get("/referrals/outgoing").param("q", tag).with(data.as("koordinator")))
				.andExpect(content().string(containsString("Ingen plads " + tag)))
				.andExpect(content().string(containsString("Afvist")));
			// Declined, the receiving organisation no longer sees the recipient.
			mvc.perform(get("/referrals/{id}", referral).with(data.as("koordinator.ngo")))
				.andExpect(status().isNotFound());
			accept("koordinator.ngo").andExpect(status().isNotFound());
			assertThat(data.waitingEntriesOf(referral)).isZero();
		}

		@Test
		void withdrawingTheConsentAfterAcceptanceRemovesTheReceivingOrganisationsView() throws Exception {
			accept("koordinator.ngo").andExpect(redirectedUrl("/waiting-list"));
			long entry = jdbc.sql("select id from waiting_entry where referral_id = ?")
				.param(referral)
				.query(Long.class)
				.single();
			mvc.perform(post("/recipients/{id}/consents/{cid}/withdraw", anna.id(), annaSharing).with(csrf())
				.with(data.as("koordinator"))
				.param("withdrawnOn", TODAY.toString())
				.param("version", "0")).andExpect(redirectedUrl("/recipients/" + anna.id()));
			mvc.perform(get("/referrals/{id}", referral).with(data.as("koordinator.ngo")))
				.andExpect(status().isNotFound());
			mvc.perform(get("/referrals/incoming").with(data.as("koordinator.ngo")))
				.andExpect(content().string(not(containsString(anna.alias()))));
			mvc.perform(get("/waiting-list").with(data.as("koordinator.ngo")))
				.andExpect(content().string(not(containsString(anna.alias()))));
			mvc.perform(get("/waiting-list/{id}/register", entry).with(data.as("koordinator.ngo")))
				.andExpect(status().isNotFound());
			mvc.perform(post("/waiting-list/{id}/register", entry).with(csrf())
				.with(data.as("koordinator.ngo"))
				.param("consentGivenOn", TODAY.toString())
				.param("consentMethod", "WRITTEN")).andExpect(status().isNotFound());
			// The referring organisation still sees its own referral.
			mvc.perform(get("/referrals/{id}", referral).with(data.as("koordinator"))).andExpect(status().isOk());
		}

		@Test
		void aThirdOrganisationNeitherSeesNorAcceptsTheReferral() throws Exception {
			mvc.perform(get("/referrals/{id}", referral).with(data.as("koordinator.aarhus")))
				.andExpect(status().isNotFound());
			accept("koordinator.aarhus").andExpect(status().isNotFound());
			mvc.perform(post("/referrals/{id}/decline", referral).with(csrf())
				.with(data.as("koordinator.aarhus"))
				.param("version", "0")
				.param("declineReason", "Nej")).andExpect(status().isNotFound());
			mvc.perform(get("/referrals/incoming").with(data.as("koordinator.aarhus")))
				.andExpect(content().string(not(containsString(anna.alias()))));
			mvc.perform(get("/recipients/{id}", anna.id()).with(data.as("koordinator.aarhus")))
				.andExpect(status().isNotFound());
			assertThat(data.status(referral)).isEqualTo("PENDING");
			assertThat(data.audited("koordinator.aarhus", "REFERRAL", "UPDATE", "DENIED", referral)).isEqualTo(2);
		}

		@Test
		void theReferrerCannotAcceptAReferralAddressedElsewhere() throws Exception {
			accept("koordinator").andExpect(status().isNotFound());
			assertThat(data.status(referral)).isEqualTo("PENDING");
		}

		@ParameterizedTest
		@ValueSource(strings = { "peer", "leder", "admin" })
		void onlyACoordinatorAccepts(String username) throws Exception {
			accept(username).andExpect(status().isForbidden());
			mvc.perform(get("/referrals/{id}", referral).with(data.as(username))).andExpect(status().isForbidden());
			assertThat(data.status(referral)).isEqualTo("PENDING");
		}

		@Test
		void twoAcceptsAtOnceAcceptOnce() throws Exception {
			List<CookieClient> clients = List.of(
					CookieClient.signedIn(port, "koordinator.ngo", "demo", "Referral test A"),
					CookieClient.signedIn(port, "koordinator.ngo", "demo", "Referral test B"));
			for (CookieClient client : clients) {
				assertThat(client.get("/referrals/" + referral).statusCode()).isEqualTo(200);
			}
			List<HttpResponse<String>> answers = CookieClient.atOnce(2,
					(i) -> () -> clients.get(i).post("/referrals/" + referral + "/accept", Map.of("version", "0")));
			assertThat(answers).allSatisfy((answer) -> assertThat(answer.statusCode()).isEqualTo(302));
			assertThat(answers.stream().map(CookieClient::location)).containsExactlyInAnyOrder("/waiting-list",
					"/referrals/" + referral);
			assertThat(data.status(referral)).isEqualTo("ACCEPTED");
			assertThat(data.waitingEntriesOf(referral)).isEqualTo(1);
			assertThat(data.audited("koordinator.ngo", "REFERRAL", "UPDATE", "SUCCESS", referral)).isEqualTo(1);
		}

		private org.springframework.test.web.servlet.ResultActions accept(String username) throws Exception {
			return mvc.perform(post("/referrals/{id}/accept", referral).with(csrf())
				.with(data.as(username))
				.param("version", "0"));
		}

	}

	long refer(long recipientId, long unitId, String reason) throws Exception {
		MvcResult result = this.mvc.perform(referral(recipientId, unitId, reason).with(this.data.as("koordinator")))
			.andExpect(redirectedUrlPattern("/referrals/*"))
			.andReturn();
		return Long.parseLong(result.getResponse().getRedirectedUrl().replace("/referrals/", ""));
	}

	void refused(long recipientId, long unitId, String field, String code) throws Exception {
		this.mvc.perform(referral(recipientId, unitId, "Grund " + this.tag).with(this.data.as("koordinator")))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("referralForm", field, code));
	}

	static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder referral(long recipientId,
			long unitId, String reason) {
		return post("/referrals").with(csrf())
			.param("recipientId", String.valueOf(recipientId))
			.param("unitId", String.valueOf(unitId))
			.param("reason", reason);
	}

}
