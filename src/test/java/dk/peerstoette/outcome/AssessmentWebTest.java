package dk.peerstoette.outcome;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import dk.peerstoette.CookieClient;
import dk.peerstoette.DateFields;
import dk.peerstoette.IntegrationTest;
import dk.peerstoette.TestClock;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static dk.peerstoette.outcome.AssessmentFixtures.COPENHAGEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Starting, answering and completing CHIME assessments: consent, scope, the rules of the
 * start form, the stored scores, the timeline, and the self-report lock. A København
 * recipient in a course of the demo peer worker {@code peer}, with a consent to outcome
 * measurement unless a test says otherwise.
 */
@IntegrationTest
class AssessmentWebTest {

	static final LocalDate TODAY = TestClock.today();

	@Autowired
	MockMvc mvc;

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	AssessmentFixtures data;

	String alias;

	long recipient;

	long course;

	@BeforeEach
	void aRecipientInThePeerWorkersCourse() {
		data = new AssessmentFixtures(jdbc, users);
		long copenhagen = data.organisation(COPENHAGEN);
		alias = "Assess " + AssessmentFixtures.tag();
		recipient = data.recipient(copenhagen, alias);
		course = data.course(recipient, TODAY.minusMonths(2), List.of(data.peerWorkerOfUser("peer", copenhagen)));
	}

	MockHttpServletRequestBuilder start(String timepoint, LocalDate on, String respondent) {
		return post("/outcomes/assessments").param("recipientId", String.valueOf(recipient))
			.param("courseId", String.valueOf(course))
			.param("timepoint", timepoint)
			.param("answeredOn", on.toString())
			.param("respondent", respondent)
			.param("instrumentId", String.valueOf(data.standardInstrument()))
			.with(csrf());
	}

	long started(String timepoint, String respondent) throws Exception {
		mvc.perform(start(timepoint, TODAY, respondent).with(data.as("peer")))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/outcomes/assessments/*"));
		return data.assessmentOf(recipient);
	}

	void consentToMeasurement() {
		data.consent(recipient, "OUTCOME_MEASUREMENT", TODAY.minusYears(1), null);
	}

	@Nested
	class Consent {

		@Test
		void withoutAConsentToOutcomeMeasurementNoAssessmentIsStarted() throws Exception {
			mvc.perform(get("/outcomes/assessments/new").param("recipient", String.valueOf(recipient))
				.param("course", String.valueOf(course))
				.with(data.as("peer")))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("har ikke et gyldigt samtykke til effektmåling i dag")));
			mvc.perform(start("BASELINE", TODAY, "SELF").with(data.as("peer")))
				.andExpect(status().isOk())
				.andExpect(content()
					.string(containsString("Modtageren har ikke et gyldigt samtykke til effektmåling på denne dato.")));
			assertThat(data.assessments(recipient)).isZero();
		}

		@Test
		void afterTheConsentIsWithdrawnNoneCanBeStartedEvenForAnEarlierDay() throws Exception {
			data.consent(recipient, "OUTCOME_MEASUREMENT", TODAY.minusMonths(2), TODAY.minusDays(3));
			mvc.perform(get("/outcomes/assessments/new").param("recipient", String.valueOf(recipient))
				.param("course", String.valueOf(course))
				.with(data.as("peer")))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("har trukket sit samtykke til effektmåling tilbage")))
				.andExpect(content().string(not(containsString("id=\"assessment-form\""))));
			// A day when the consent still held does not help either.
			mvc.perform(start("BASELINE", TODAY.minusDays(10), "SELF").with(data.as("peer")))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Der kan ikke startes nye målinger.")));
			assertThat(data.assessments(recipient)).isZero();
		}

	}

	@Nested
	class Scope {

		@Test
		void anotherOrganisationsCoordinatorGets404() throws Exception {
			consentToMeasurement();
			long id = started("BASELINE", "WITH_PEER");
			mvc.perform(get("/outcomes/assessments/new").param("recipient", String.valueOf(recipient))
				.param("course", String.valueOf(course))
				.with(data.as("koordinator.aarhus"))).andExpect(status().isNotFound());
			mvc.perform(start("MONTH_3", TODAY, "SELF").with(data.as("koordinator.aarhus")))
				.andExpect(status().isNotFound());
			mvc.perform(get("/outcomes/assessments/{id}", id).with(data.as("koordinator.aarhus")))
				.andExpect(status().isNotFound());
			assertThat(data.audited(id, "READ", "DENIED", "koordinator.aarhus")).isEqualTo(1);
			// The own organisation's coordinator works with it.
			mvc.perform(get("/outcomes/assessments/{id}", id).with(data.as("koordinator")))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString(alias)));
		}

		@Test
		void aPeerWorkerNotAssignedToTheCourseGets404() throws Exception {
			consentToMeasurement();
			long id = started("BASELINE", "WITH_PEER");
			long other = data.course(recipient, TODAY.minusMonths(1), List.of());
			mvc.perform(get("/outcomes/assessments/new").param("recipient", String.valueOf(recipient))
				.param("course", String.valueOf(other))
				.with(data.as("peer"))).andExpect(status().isNotFound());
			mvc.perform(get("/outcomes/assessments/{id}", id).with(data.as("peer.aarhus")))
				.andExpect(status().isNotFound());
			mvc.perform(post("/outcomes/assessments/{id}/discard", id).with(csrf()).with(data.as("peer.aarhus")))
				.andExpect(status().isNotFound());
			assertThat(data.assessments(recipient)).isEqualTo(1);
		}

		@Test
		void aManagerMayNotStartOneAndSeesNone() throws Exception {
			consentToMeasurement();
			long id = started("BASELINE", "WITH_PEER");
			mvc.perform(get("/outcomes/assessments/new").param("recipient", String.valueOf(recipient))
				.param("course", String.valueOf(course))
				.with(data.as("leder"))).andExpect(status().isForbidden());
			mvc.perform(get("/outcomes/assessments/{id}", id).with(data.as("leder"))).andExpect(status().isNotFound());
			mvc.perform(get("/outcomes/assessments/{id}", id).with(data.as("admin"))).andExpect(status().isNotFound());
		}

		@Test
		void aCourseTheRecipientIsNotInIs404() throws Exception {
			consentToMeasurement();
			long stranger = data.recipient(data.organisation(COPENHAGEN), "Stranger " + AssessmentFixtures.tag());
			long strangersCourse = data.course(stranger, TODAY.minusMonths(1), List.of());
			mvc.perform(get("/outcomes/assessments/new").param("recipient", String.valueOf(recipient))
				.param("course", String.valueOf(strangersCourse))
				.with(data.as("koordinator"))).andExpect(status().isNotFound());
		}

	}

	@Nested
	class StartForm {

		@Test
		void aSecondBaselineInTheCourseIsAMessageNotAnError() throws Exception {
			consentToMeasurement();
			started("BASELINE", "SELF");
			mvc.perform(start("BASELINE", TODAY, "SELF").with(data.as("peer")))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Der findes allerede en måling på dette tidspunkt")));
			assertThat(data.assessments(recipient)).isEqualTo(1);
			// Ad hoc ones as often as wanted.
			started("AD_HOC", "SELF");
			started("AD_HOC", "SELF");
			assertThat(data.assessments(recipient)).isEqualTo(3);
		}

		@Test
		void theDayIsNeitherInTheFutureNorBeforeTheCourseStarted() throws Exception {
			consentToMeasurement();
			mvc.perform(start("MONTH_3", TODAY.plusDays(1), "SELF").with(data.as("peer")))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Datoen må ikke ligge i fremtiden.")));
			mvc.perform(start("MONTH_3", TODAY.minusMonths(3), "SELF").with(data.as("peer")))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Datoen ligger før forløbets start")));
			mvc.perform(post("/outcomes/assessments").param("recipientId", String.valueOf(recipient))
				.param("courseId", String.valueOf(course))
				.param("answeredOn", TODAY.toString())
				.with(csrf())
				.with(data.as("peer")))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Vælg tidspunktet.")))
				.andExpect(content().string(containsString("Vælg hvem der svarer.")));
			assertThat(data.assessments(recipient)).isZero();
		}

		@Test
		void theStaffSurveysQuestionnaireIsNeitherOfferedNorTakenForARecipient() throws Exception {
			consentToMeasurement();
			long survey = jdbc.sql("select id from instrument where code = 'STAFF-10' and version_number = 1")
				.query(Long.class)
				.single();
			mvc.perform(get("/outcomes/assessments/new").param("recipient", String.valueOf(recipient))
				.param("course", String.valueOf(course))
				.with(data.as("peer")))
				.andExpect(status().isOk())
				.andExpect(content().string(not(containsString("<option value=\"" + survey + "\""))));
			mvc.perform(post("/outcomes/assessments").param("recipientId", String.valueOf(recipient))
				.param("courseId", String.valueOf(course))
				.param("timepoint", "BASELINE")
				.param("answeredOn", TODAY.toString())
				.param("respondent", "SELF")
				.param("instrumentId", String.valueOf(survey))
				.with(csrf())
				.with(data.as("peer")))
				.andExpect(status().isOk())
				.andExpect(model().attributeHasFieldErrorCode("assessmentForm", "instrumentId",
						"outcome.assessment.instrument.unknown"));
			assertThat(data.assessments(recipient)).isZero();
		}

		@Test
		void theNewFormOffersTheStandardInstrumentAndToday() throws Exception {
			consentToMeasurement();
			mvc.perform(get("/outcomes/assessments/new").param("recipient", String.valueOf(recipient))
				.param("course", String.valueOf(course))
				.param("timepoint", "MONTH_3")
				.with(data.as("peer")))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("value=\"" + DateFields.danish(TODAY) + "\"")))
				.andExpect(content().string(
						containsString("<option value=\"" + data.standardInstrument() + "\" selected=\"selected\"")))
				.andExpect(content().string(containsString(
						"value=\"MONTH_3\" autocomplete=\"off\" id=\"timepoint2\" name=\"timepoint\" checked")));
		}

	}

	@Nested
	class Completion {

		@Test
		void storesTheScoresOfTheAnswersAndShowsThemReadOnly() throws Exception {
			consentToMeasurement();
			long id = started("BASELINE", "WITH_PEER");
			List<Long> items = data.standardItems();
			// Positions 1-10: connection (2 reversed), hope, identity, meaning (8
			// reversed),
			// empowerment; 0-4.
			mvc.perform(post("/outcomes/assessments/{id}/answers", id).param(answer(items, 1), "4")
				.param(answer(items, 2), "1")
				.param(answer(items, 3), "2")
				.param(answer(items, 4), "")
				.param(answer(items, 5), "3")
				.param(answer(items, 6), "2")
				.param(answer(items, 7), "1")
				.param(answer(items, 8), "0")
				.with(csrf())
				.with(data.as("peer")))
				.andExpect(status().is3xxRedirection())
				.andExpect(redirectedUrl("/outcomes/assessments/" + id));
			Map<String, Object> row = jdbc.sql("""
					select status, answered_items, score_connection, score_hope, score_identity, score_meaning,
					       score_empowerment, completed_at is not null as completed,
					       (select count(*) from assessment_answer where assessment_id = a.id) as answers
					from assessment a where id = ?
					""").param(id).query().singleRow();
			assertThat(row.get("status")).isEqualTo("COMPLETED");
			assertThat(row.get("answered_items")).isEqualTo(7);
			assertThat(row.get("answers")).isEqualTo(7L);
			assertThat(row.get("completed")).isEqualTo(true);
			// Connection: (4 + (4 - 1)) / 2; hope: 2 alone (half the items is enough);
			// identity: (3 + 2) / 2; meaning: (1 + (4 - 0)) / 2; empowerment: none
			// answered.
			assertThat((BigDecimal) row.get("score_connection")).isEqualByComparingTo("3.50");
			assertThat((BigDecimal) row.get("score_hope")).isEqualByComparingTo("2.00");
			assertThat((BigDecimal) row.get("score_identity")).isEqualByComparingTo("2.50");
			assertThat((BigDecimal) row.get("score_meaning")).isEqualByComparingTo("2.50");
			assertThat(row.get("score_empowerment")).isNull();
			assertThat(data.audited(id, "UPDATE", "SUCCESS", "peer")).isEqualTo(1);

			mvc.perform(get("/outcomes/assessments/{id}", id).with(data.as("peer")))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("data-dimension=\"CONNECTION\">3,50<")))
				.andExpect(content().string(containsString("data-dimension=\"EMPOWERMENT\">For få svar<")))
				.andExpect(content().string(containsString("7 af 10 udsagn er besvaret")))
				.andExpect(content().string(not(containsString("id=\"answers-form\""))));
			// A second submit changes nothing.
			mvc.perform(post("/outcomes/assessments/{id}/answers", id).param(answer(items, 9), "4")
				.with(csrf())
				.with(data.as("peer"))).andExpect(status().is3xxRedirection());
			assertThat(jdbc.sql("select answered_items from assessment where id = ?")
				.param(id)
				.query(Integer.class)
				.single()).isEqualTo(7);
			// Nor can it be discarded.
			mvc.perform(post("/outcomes/assessments/{id}/discard", id).with(csrf()).with(data.as("peer")))
				.andExpect(redirectedUrl("/outcomes/assessments/" + id));
			assertThat(data.assessments(recipient)).isEqualTo(1);
		}

		@Test
		void anAnswerOffTheScaleIsRefusedAndNothingIsStored() throws Exception {
			consentToMeasurement();
			long id = started("BASELINE", "WITH_PEER");
			mvc.perform(post("/outcomes/assessments/{id}/answers", id).param(answer(data.standardItems(), 1), "7")
				.with(csrf())
				.with(data.as("peer")))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Et svar ligger uden for skalaen.")));
			assertThat(jdbc.sql("select status from assessment where id = ?").param(id).query(String.class).single())
				.isEqualTo("IN_PROGRESS");
		}

		@Test
		void aBegunOneMayBeDiscarded() throws Exception {
			consentToMeasurement();
			long id = started("MONTH_3", "PEER_RATED");
			mvc.perform(post("/outcomes/assessments/{id}/discard", id).with(csrf()).with(data.as("peer")))
				.andExpect(redirectedUrl("/recipients/" + recipient));
			assertThat(data.assessments(recipient)).isZero();
			assertThat(data.audited(id, "DELETE", "SUCCESS", "peer")).isEqualTo(1);
		}

		@Test
		void theAssessmentIsOnTheRecipientsTimeline() throws Exception {
			consentToMeasurement();
			long id = started("BASELINE", "WITH_PEER");
			mvc.perform(get("/recipients/{id}", recipient).with(data.as("peer")))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("href=\"/outcomes/assessments/" + id + "\"")))
				.andExpect(content().string(containsString("CHIME-måling (påbegyndt)")));
		}

		private static String answer(List<Long> items, int position) {
			return "answers[" + items.get(position - 1) + "]";
		}

	}

	@Nested
	class SelfReport {

		/** A peer worker's session in which the device was handed to the recipient. */
		MockHttpSession handedOver(long id) throws Exception {
			MockHttpSession session = new MockHttpSession();
			mvc.perform(post("/outcomes/assessments/{id}/self-report", id).session(session)
				.with(csrf())
				.with(data.as("peer"))).andExpect(redirectedUrl("/outcomes/self-report"));
			return session;
		}

		@Test
		void holdsTheSessionOnTheScreenUntilThePasswordIsGiven() throws Exception {
			consentToMeasurement();
			long id = started("BASELINE", "SELF");
			MockHttpSession session = handedOver(id);
			mvc.perform(get("/recipients").session(session).with(data.as("peer")))
				.andExpect(redirectedUrl("/outcomes/self-report"));
			mvc.perform(get("/outcomes/assessments/{id}", id).session(session).with(data.as("peer")))
				.andExpect(redirectedUrl("/outcomes/self-report"));
			mvc.perform(get("/outcomes/self-report").session(session).with(data.as("peer")))
				.andExpect(status().isOk())
				.andExpect(content().string(not(containsString(alias))))
				.andExpect(content().string(not(containsString("navbar"))));
			mvc.perform(post("/outcomes/self-report").session(session)
				.param("answers[" + data.standardItems().get(2) + "]", "3")
				.with(csrf())
				.with(data.as("peer"))).andExpect(redirectedUrl("/outcomes/self-report"));
			mvc.perform(get("/outcomes/self-report").session(session).with(data.as("peer")))
				.andExpect(content().string(containsString("Giv venligst enheden tilbage")));
			mvc.perform(post("/outcomes/self-report/unlock").session(session)
				.param("password", "wrong")
				.with(csrf())
				.with(data.as("peer"))).andExpect(redirectedUrl("/outcomes/self-report"));
			mvc.perform(get("/recipients").session(session).with(data.as("peer")))
				.andExpect(redirectedUrl("/outcomes/self-report"));
			mvc.perform(post("/outcomes/self-report/unlock").session(session)
				.param("password", "demo")
				.with(csrf())
				.with(data.as("peer"))).andExpect(redirectedUrl("/outcomes/assessments/" + id));
			mvc.perform(get("/recipients").session(session).with(data.as("peer"))).andExpect(status().isOk());
			assertThat(jdbc.sql("select score_hope from assessment where id = ?")
				.param(id)
				.query(BigDecimal.class)
				.single()).isEqualByComparingTo("3.00");
			assertThat(jdbc.sql("""
					select string_agg(detail, ',' order by id) from audit_event
					where entity_type = 'ASSESSMENT' and entity_id = ? and detail like 'SELF_REPORT=%'
					""").param(String.valueOf(id)).query(String.class).single())
				.isEqualTo("SELF_REPORT=START,SELF_REPORT=LOCKED,SELF_REPORT=LOCKED,"
						+ "SELF_REPORT=FINISH;STATUS=COMPLETED;ANSWERED=1,SELF_REPORT=UNLOCK;REASON=BAD_PASSWORD;ATTEMPT=1,"
						+ "SELF_REPORT=LOCKED,SELF_REPORT=UNLOCK;VIA=PASSWORD");
		}

		/**
		 * The pages seen before the hand-over must not come back on Back: the session
		 * gets a new id and the browser is told to drop its cache of the site, and no
		 * staff page may be stored at all.
		 */
		@Test
		void handingOverRenewsTheSessionIdAndClearsTheBrowsersCache() throws Exception {
			consentToMeasurement();
			long id = started("BASELINE", "SELF");
			MockHttpSession session = new MockHttpSession();
			mvc.perform(get("/outcomes/assessments/{id}", id).session(session).with(data.as("peer")))
				.andExpect(status().isOk())
				.andExpect(header().string(HttpHeaders.CACHE_CONTROL, containsString("no-store")));
			String before = session.getId();
			mvc.perform(post("/outcomes/assessments/{id}/self-report", id).session(session)
				.with(csrf())
				.with(data.as("peer")))
				.andExpect(redirectedUrl("/outcomes/self-report"))
				.andExpect(header().string("Clear-Site-Data", "\"cache\""));
			assertThat(session.getId()).isNotEqualTo(before);
			mvc.perform(get("/outcomes/self-report").session(session).with(data.as("peer")))
				.andExpect(status().isOk())
				.andExpect(header().string(HttpHeaders.CACHE_CONTROL, containsString("no-store")));
		}

		/**
		 * The sign-in page is open while locked (signing in again is the staff member's
		 * way back), but it shows the signed-in session nothing: it leads to the screen.
		 */
		@Test
		void theSignInPageWhileLockedShowsNoStaffMenuOrName() throws Exception {
			consentToMeasurement();
			long id = started("AD_HOC", "SELF");
			MockHttpSession session = handedOver(id);
			String html = mvc.perform(get("/login").session(session).with(data.as("peer")))
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(html).doesNotContain("Peter Peer").doesNotContain("/recipients");
			mvc.perform(get("/login").session(session).with(data.as("peer"))).andExpect(redirectedUrl("/"));
			mvc.perform(get("/").session(session).with(data.as("peer")))
				.andExpect(redirectedUrl("/outcomes/self-report"));
		}

		@Test
		void signingInAgainLiftsTheLock() throws Exception {
			consentToMeasurement();
			long id = started("AD_HOC", "SELF");
			MockHttpSession session = handedOver(id);
			mvc.perform(get("/recipients").session(session).with(data.as("peer")))
				.andExpect(redirectedUrl("/outcomes/self-report"));
			mvc.perform(
					post("/login").session(session).param("username", "peer").param("password", "demo").with(csrf()))
				.andExpect(redirectedUrl("/"));
			mvc.perform(get("/recipients").session(session)).andExpect(status().isOk());
			assertThat(jdbc.sql("""
					select count(*) from audit_event where entity_type = 'SESSION' and actor_username = 'peer'
					  and detail = ?
					""").param("SELF_REPORT=UNLOCK;VIA=SIGN_IN;ASSESSMENT=" + id).query(Integer.class).single())
				.isEqualTo(1);
		}

		@Test
		void fiveWrongPasswordsSignOut() throws Exception {
			consentToMeasurement();
			long id = started("AD_HOC", "SELF");
			MockHttpSession session = handedOver(id);
			for (int attempt = 1; attempt < 5; attempt++) {
				mvc.perform(post("/outcomes/self-report/unlock").session(session)
					.param("password", "wrong" + attempt)
					.with(csrf())
					.with(data.as("peer"))).andExpect(redirectedUrl("/outcomes/self-report"));
			}
			mvc.perform(post("/outcomes/self-report/unlock").session(session)
				.param("password", "wrong5")
				.with(csrf())
				.with(data.as("peer"))).andExpect(redirectedUrl("/login?logout"));
			assertThat(session.isInvalid()).isTrue();
		}

		/**
		 * An address typed in while locked that fails (404, 405 for a GET or a POST)
		 * leads to the locked screen, not to an error page with the staff member's menu
		 * and name; a failure below the screen's own address is shown without them.
		 */
		@Test
		void anErrorWhileLockedLeadsToTheScreen() throws Exception {
			consentToMeasurement();
			long id = started("AD_HOC", "SELF");
			CookieClient device = new CookieClient(port, "Attacker script");
			device.signIn("peer", "demo");
			HttpResponse<String> unlocked = device.get("/outcomes/assessments/" + id + "/discard");
			assertThat(unlocked.statusCode()).isEqualTo(405);
			assertThat(unlocked.body()).contains("Peter Peer");
			device.get("/outcomes/assessments/" + id);
			HttpResponse<String> handOver = device.post("/outcomes/assessments/" + id + "/self-report", Map.of());
			assertThat(handOver.headers().firstValue("Clear-Site-Data")).hasValue("\"cache\"");

			for (HttpResponse<String> failed : List.of(device.get("/no-such-page"),
					device.get("/outcomes/assessments/" + id + "/discard"), device.post("/outcomes/due", Map.of()),
					device.get("/error"))) {
				assertThat(failed.statusCode()).isEqualTo(302);
				assertThat(CookieClient.location(failed)).isEqualTo("/outcomes/self-report");
			}
			HttpResponse<String> own = device.get("/outcomes/self-report/no-such-page");
			assertThat(own.statusCode()).isEqualTo(404);
			assertThat(own.body()).contains("Siden findes ikke").doesNotContain("Peter Peer").doesNotContain("<nav");
		}

		/**
		 * The recipient holding the device sends 39 guesses at once over real HTTP: five
		 * reach the password check, the session is signed out, and the right password
		 * afterwards does not open the screen.
		 */
		@Test
		void guessesSentAtOnceGetNoMoreThanFiveChecks() throws Exception {
			consentToMeasurement();
			long id = started("AD_HOC", "SELF");
			CookieClient device = new CookieClient(port, "Attacker script");
			assertThat(CookieClient.location(device.signIn("peer", "demo"))).isEqualTo("/");
			device.get("/outcomes/assessments/" + id);
			assertThat(CookieClient.location(device.post("/outcomes/assessments/" + id + "/self-report", Map.of())))
				.isEqualTo("/outcomes/self-report");
			assertThat(device.get("/outcomes/self-report").statusCode()).isEqualTo(200);

			List<HttpResponse<String>> answers = CookieClient.atOnce(39,
					(i) -> () -> device.post("/outcomes/self-report/unlock", Map.of("password", "guess-" + i)));
			HttpResponse<String> right = device.post("/outcomes/self-report/unlock", Map.of("password", "demo"));

			assertThat(answers).extracting(HttpResponse::statusCode).allMatch((code) -> code < 500);
			assertThat(CookieClient.location(right)).isNotEqualTo("/outcomes/assessments/" + id);
			assertThat(jdbc.sql("""
					select count(*) from audit_event where entity_type = 'ASSESSMENT' and entity_id = ?
					and detail like 'SELF_REPORT=UNLOCK;REASON=BAD_PASSWORD%'
					""").param(String.valueOf(id)).query(Integer.class).single()).isEqualTo(5);
			assertThat(jdbc.sql("""
					select count(*) from audit_event where entity_type = 'ASSESSMENT' and entity_id = ?
					and detail = 'SELF_REPORT=UNLOCK;VIA=PASSWORD'
					""").param(String.valueOf(id)).query(Integer.class).single()).isZero();
		}

		@Test
		void onlyASelfReportAssessmentIsHandedOver() throws Exception {
			consentToMeasurement();
			long id = started("BASELINE", "PEER_RATED");
			MockHttpSession session = new MockHttpSession();
			mvc.perform(post("/outcomes/assessments/{id}/self-report", id).session(session)
				.with(csrf())
				.with(data.as("peer"))).andExpect(redirectedUrl("/outcomes/assessments/" + id));
			mvc.perform(get("/recipients").session(session).with(data.as("peer"))).andExpect(status().isOk());
		}

	}

}
