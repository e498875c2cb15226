package dk.peerstoette.referral;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import dk.peerstoette.IntegrationTest;
import dk.peerstoette.TestClock;
import dk.peerstoette.TestProgramme.Recipient;

import org.springframework.beans.factory.annotation.Autowired;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The units' waiting lists: an accepted referral and own intake wait there until a course
 * starts; the consent to sharing names a partner organisation.
 */
@IntegrationTest
class WaitingListWebTest {

	private static final LocalDate TODAY = TestClock.today();

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	ReferralFixtures data;

	String tag;

	long copenhagen;

	long ngo;

	long ngoUnit;

	long copenhagenUnit;

	@BeforeEach
	void organisations() {
		this.data = new ReferralFixtures(this.jdbc, this.users);
		this.tag = ReferralFixtures.tag();
		this.copenhagen = this.data.organisation(ReferralFixtures.COPENHAGEN);
		this.ngo = this.data.organisation(ReferralFixtures.NGO);
		this.ngoUnit = this.data.unit(this.ngo);
		this.copenhagenUnit = this.data.unit(this.copenhagen);
	}

	@Nested
	class Referred {

		Recipient anna;

		long entry;

		@BeforeEach
		void acceptedReferral() throws Exception {
			anna = data.recipient(copenhagen, "Anna " + tag);
			jdbc.sql("update recipient set birth_year = 1990 where id = ?").param(anna.id()).update();
			data.sharing(anna.id(), ngo, TODAY.minusDays(2));
			MvcResult result = mvc
				.perform(ReferralWebTest.referral(anna.id(), ngoUnit, "Grund " + tag).with(data.as("koordinator")))
				.andExpect(redirectedUrlPattern("/referrals/*"))
				.andReturn();
			long referral = Long.parseLong(result.getResponse().getRedirectedUrl().replace("/referrals/", ""));
			mvc.perform(post("/referrals/{id}/accept", referral).with(csrf())
				.with(data.as("koordinator.ngo"))
				.param("version", "0")).andExpect(redirectedUrl("/waiting-list"));
			entry = jdbc.sql("select id from waiting_entry where referral_id = ?")
				.param(referral)
				.query(Long.class)
				.single();
		}

		@Test
		void theRecipientIsRegisteredWithTheirConsentAndACourseStartedTakesThemOffTheList() throws Exception {
			mvc.perform(get("/waiting-list/{id}/register", entry).with(data.as("koordinator.ngo")))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString(anna.alias())));
			mvc.perform(post("/waiting-list/{id}/register", entry).with(csrf())
				.with(data.as("koordinator.ngo"))
				.param("consentGivenOn", TODAY.plusDays(1).toString()))
				.andExpect(status().isOk())
				.andExpect(
						model().attributeHasFieldErrorCode("registerForm", "consentGivenOn", "recipient.date.future"))
				.andExpect(model().attributeHasFieldErrorCode("registerForm", "consentMethod",
						"recipient.consent.method.required"));
			MvcResult registered = mvc
				.perform(post("/waiting-list/{id}/register", entry).with(csrf())
					.with(data.as("koordinator.ngo"))
					.param("consentGivenOn", TODAY.toString())
					.param("consentMethod", "WRITTEN"))
				.andExpect(redirectedUrlPattern("/courses/new?recipientId=*&unitId=" + ngoUnit))
				.andReturn();
			long own = jdbc.sql("select recipient_id from waiting_entry where id = ?")
				.param(entry)
				.query(Long.class)
				.single();
			assertThat(own).isNotEqualTo(anna.id());
			assertThat(jdbc.sql("select organisation_id, alias, birth_year, unit_id from recipient where id = ?")
				.param(own)
				.query((rs, n) -> rs.getLong(1) + "/" + rs.getString(2) + "/" + rs.getInt(3) + "/" + rs.getLong(4))
				.single()).isEqualTo(ngo + "/" + anna.alias() + "/1990/" + ngoUnit);
			String number = jdbc.sql("select internal_number from recipient where id = ?")
				.param(own)
				.query(String.class)
				.single();
			mvc.perform(get(registered.getResponse().getRedirectedUrl()).with(data.as("koordinator.ngo")))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("value=\"" + number + "\"")))
				.andExpect(content().string(containsString("value=\"" + ngoUnit + "\" selected")));
			long peerWorker = data.peerWorker(ngo, "Petra " + tag);
			MvcResult course = mvc
				.perform(post("/courses").with(csrf())
					.with(data.as("koordinator.ngo"))
					.param("kind", "INDIVIDUAL")
					.param("unitId", String.valueOf(ngoUnit))
					.param("startsOn", TODAY.toString())
					.param("recipientNumbers", number)
					.param("peerWorkerIds", String.valueOf(peerWorker)))
				.andExpect(redirectedUrlPattern("/courses/*"))
				.andReturn();
			long courseId = Long.parseLong(course.getResponse().getRedirectedUrl().replace("/courses/", ""));
			assertThat(jdbc.sql("select course_id || '/' || left_on from waiting_entry where id = ?")
				.param(entry)
				.query(String.class)
				.single()).isEqualTo(courseId + "/" + TODAY);
			mvc.perform(get("/waiting-list").with(data.as("koordinator.ngo")))
				.andExpect(content().string(not(containsString(anna.alias()))));
			// The referring side sees what became of the place.
			long referral = jdbc.sql("select referral_id from waiting_entry where id = ?")
				.param(entry)
				.query(Long.class)
				.single();
			mvc.perform(get("/referrals/{id}", referral).with(data.as("koordinator")))
				.andExpect(content().string(containsString("Forløb startet")));
		}

		@Test
		void anotherOrganisationCannotRegisterTheWaitingRecipient() throws Exception {
			mvc.perform(get("/waiting-list/{id}/register", entry).with(data.as("koordinator.aarhus")))
				.andExpect(status().isNotFound());
			mvc.perform(post("/waiting-list/{id}/register", entry).with(csrf())
				.with(data.as("koordinator"))
				.param("consentGivenOn", TODAY.toString())
				.param("consentMethod", "WRITTEN")).andExpect(status().isNotFound());
			mvc.perform(get("/waiting-list").with(data.as("koordinator.aarhus")))
				.andExpect(content().string(not(containsString(anna.alias()))));
			mvc.perform(get("/waiting-list").with(data.as("peer"))).andExpect(status().isForbidden());
			assertThat(jdbc.sql("select recipient_id is null from waiting_entry where id = ?")
				.param(entry)
				.query(Boolean.class)
				.single()).isTrue();
		}

	}

	@Nested
	class OwnIntake {

		@Test
		void aRecipientWaitsInOrderAndACourseTakesThemOff() throws Exception {
			Recipient early = data.recipient(copenhagen, "Early " + tag);
			Recipient late = data.recipient(copenhagen, "Late " + tag);
			intake(late, TODAY.minusDays(2)).andExpect(redirectedUrl("/waiting-list?unit=" + copenhagenUnit));
			intake(early, TODAY.minusDays(9)).andExpect(redirectedUrl("/waiting-list?unit=" + copenhagenUnit));
			String list = mvc
				.perform(get("/waiting-list").param("unit", String.valueOf(copenhagenUnit))
					.param("size", "100")
					.with(data.as("koordinator")))
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(list.indexOf(early.label())).isPositive().isLessThan(list.indexOf(late.label()));
			assertThat(list).contains("/courses/new?recipientId=" + early.id() + "&amp;unitId=" + copenhagenUnit);
			long course = data.course(copenhagen, early.id(), data.peerWorker(copenhagen, "P " + tag));
			// A course made elsewhere than through the form does not count; the form
			// does.
			assertThat(course).isPositive();
			long peerWorker = data.peerWorker(copenhagen, "Petra " + tag);
			mvc.perform(post("/courses").with(csrf())
				.with(data.as("koordinator"))
				.param("kind", "INDIVIDUAL")
				.param("unitId", String.valueOf(copenhagenUnit))
				.param("startsOn", TODAY.toString())
				.param("recipientNumbers", early.number())
				.param("peerWorkerIds", String.valueOf(peerWorker))).andExpect(redirectedUrlPattern("/courses/*"));
			mvc.perform(get("/waiting-list").param("unit", String.valueOf(copenhagenUnit))
				.param("size", "100")
				.with(data.as("koordinator")))
				.andExpect(content().string(not(containsString(early.label()))))
				.andExpect(content().string(containsString(late.label())));
		}

		@Test
		void everyProblemIsShownAtOnce() throws Exception {
			Recipient bo = data.recipient(copenhagen, "Bo " + tag);
			Recipient aarhusRecipient = data.recipient(data.organisation(ReferralFixtures.AARHUS), "Aarhus " + tag);
			mvc.perform(post("/waiting-list").with(csrf())
				.with(data.as("koordinator"))
				.param("recipientNumber", aarhusRecipient.number())
				.param("unitId", String.valueOf(ngoUnit))
				.param("enteredOn", TODAY.plusDays(1).toString()))
				.andExpect(status().isOk())
				.andExpect(model().attributeHasFieldErrorCode("intakeForm", "recipientNumber",
						"referral.waiting.recipient.unknown"))
				.andExpect(model().attributeHasFieldErrorCode("intakeForm", "unitId", "referral.waiting.unit.unknown"))
				.andExpect(model().attributeHasFieldErrorCode("intakeForm", "enteredOn",
						"referral.waiting.enteredOn.future"))
				.andExpect(content().string(containsString(aarhusRecipient.number())));
			intake(bo, TODAY).andExpect(redirectedUrlPattern("/waiting-list*"));
			intake(bo, TODAY).andExpect(status().isOk())
				.andExpect(model().attributeHasFieldErrorCode("intakeForm", "recipientNumber",
						"referral.waiting.alreadyWaiting"));
			assertThat(jdbc.sql("select count(*) from waiting_entry where recipient_id in (?, ?)")
				.params(bo.id(), aarhusRecipient.id())
				.query(Integer.class)
				.single()).isEqualTo(1);
		}

		@Test
		void aPlaceIsTakenOffByHandWithAReasonOnlyByItsOwnOrganisation() throws Exception {
			Recipient ida = data.recipient(copenhagen, "Ida " + tag);
			intake(ida, TODAY.minusDays(5)).andExpect(redirectedUrl("/waiting-list?unit=" + copenhagenUnit));
			long entry = jdbc.sql("select id from waiting_entry where recipient_id = ?")
				.param(ida.id())
				.query(Long.class)
				.single();
			mvc.perform(get("/waiting-list/{id}/remove", entry).with(data.as("koordinator.aarhus")))
				.andExpect(status().isNotFound());
			mvc.perform(post("/waiting-list/{id}/remove", entry).with(csrf())
				.with(data.as("koordinator.ngo"))
				.param("reason", "NOT_REACHED")
				.param("version", "0")).andExpect(status().isNotFound());
			mvc.perform(get("/waiting-list/{id}/remove", entry).with(data.as("peer")))
				.andExpect(status().isForbidden());
			mvc.perform(get("/waiting-list/{id}/remove", entry).with(data.as("koordinator")))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString(ida.label())));
			// A course's reason is not the coordinator's to give, and none is none.
			for (String reason : new String[] { "COURSE_STARTED", "" }) {
				mvc.perform(post("/waiting-list/{id}/remove", entry).with(csrf())
					.with(data.as("koordinator"))
					.param("reason", reason)
					.param("version", "0"))
					.andExpect(status().isOk())
					.andExpect(model().attributeHasFieldErrorCode("removeForm", "reason",
							"referral.waiting.left.required"));
			}
			mvc.perform(post("/waiting-list/{id}/remove", entry).with(csrf())
				.with(data.as("koordinator"))
				.param("reason", "NO_LONGER_WANTED")
				.param("version", "0")).andExpect(redirectedUrl("/waiting-list"));
			assertThat(jdbc.sql(
					"select left_reason || '/' || left_on || '/' || (course_id is null) from waiting_entry where id = ?")
				.param(entry)
				.query(String.class)
				.single()).isEqualTo("NO_LONGER_WANTED/" + TODAY + "/true");
			assertThat(data.audited("koordinator", "WAITING_ENTRY", "UPDATE", "SUCCESS", entry)).isEqualTo(1);
			mvc.perform(get("/waiting-list").param("size", "100").with(data.as("koordinator")))
				.andExpect(content().string(not(containsString(ida.label()))));
			// Gone once: a second removal (an old tab) finds no open place.
			mvc.perform(post("/waiting-list/{id}/remove", entry).with(csrf())
				.with(data.as("koordinator"))
				.param("reason", "OTHER")
				.param("version", "1")).andExpect(status().isNotFound());
		}

		private org.springframework.test.web.servlet.ResultActions intake(Recipient recipient, LocalDate on)
				throws Exception {
			return mvc.perform(post("/waiting-list").with(csrf())
				.with(data.as("koordinator"))
				.param("recipientNumber", recipient.number())
				.param("unitId", String.valueOf(copenhagenUnit))
				.param("enteredOn", on.toString()));
		}

	}

	@Nested
	class ConsentToSharing {

		@Test
		void namesAnOrganisationOfTodaysPartnership() throws Exception {
			Recipient anna = data.recipient(copenhagen, "Anna " + tag);
			long aarhus = data.organisation(ReferralFixtures.AARHUS);
			mvc.perform(consent(anna, null))
				.andExpect(status().isOk())
				.andExpect(model().attributeHasFieldErrorCode("consentForm", "partnerOrganisationId",
						"recipient.consent.partner.required"));
			mvc.perform(consent(anna, aarhus))
				.andExpect(status().isOk())
				.andExpect(model().attributeHasFieldErrorCode("consentForm", "partnerOrganisationId",
						"recipient.consent.partner.unknown"));
			mvc.perform(consent(anna, ngo)).andExpect(redirectedUrl("/recipients/" + anna.id()));
			mvc.perform(get("/recipients/{id}", anna.id()).with(data.as("koordinator")))
				.andExpect(content().string(containsString("Deling med Psykiatriforeningernes Fællesråd")));
			assertThat(jdbc.sql("select partner_organisation_id from consent where recipient_id = ?")
				.param(anna.id())
				.query(Long.class)
				.list()).containsExactly(ngo);
		}

		private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder consent(Recipient recipient,
				Long partner) {
			var request = post("/recipients/{id}/consents", recipient.id()).with(csrf())
				.with(data.as("koordinator"))
				.param("kind", "PARTNER_SHARING")
				.param("givenOn", TODAY.toString())
				.param("method", "WRITTEN");
			return (partner != null) ? request.param("partnerOrganisationId", String.valueOf(partner)) : request;
		}

	}

}
