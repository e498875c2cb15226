package dk.peerstoette;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A form with several problems, some that its own validation finds (Bean Validation) and
 * some that only the service can check, gets them all back in one answer, for every
 * family of forms: each message next to its field, a summary at the top that counts them
 * and links to each field, and nothing saved. (The user form, the own password and the
 * instruments have theirs in their modules' tests.)
 */
@IntegrationTest
class EveryProblemAtOnceWebTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	Programme programme;

	long copenhagen;

	long aarhusUnit;

	String tomorrow;

	@BeforeEach
	void programme() {
		this.programme = new Programme(this.jdbc);
		this.copenhagen = this.programme.organisation(TestProgramme.COPENHAGEN);
		this.aarhusUnit = this.programme.unit(this.programme.organisation(TestProgramme.AARHUS));
		this.tomorrow = LocalDate.now(ZoneId.of("Europe/Copenhagen")).plusDays(2).toString();
	}

	@Nested
	class Structure {

		@Test
		void aUnitWithATakenNameAndNoKindOrSector() throws Exception {
			String taken = jdbc.sql("select name from unit where id = ?")
				.param(programme.unit(copenhagen))
				.query(String.class)
				.single();
			ErrorSummary summary = refused(
					post("/admin/units").param("organisationId", String.valueOf(copenhagen)).param("name", taken),
					"admin", "unitForm", "name", "kind", "sector");
			assertThat(summary.heading()).isEqualTo("Der er 3 problemer");
		}

	}

	@Nested
	class PeerWorkerService {

		@Test
		void noNameNoEmploymentFormAndNoOrganisation() throws Exception {
			refused(post("/peers").param("fullName", "")
				.param("peerRole", "SUPPLEMENTARY")
				.param("startsOn", "2026-01-05"), "admin", "peerWorkerForm", "fullName", "employmentForm",
					"organisationId");
		}

	}

	@Nested
	class Recipients {

		@Test
		void noAliasAUnitOfAnotherOrganisationAFutureReferralAndNoConsent() throws Exception {
			refused(post("/recipients").param("alias", "")
				.param("unitId", String.valueOf(aarhusUnit))
				.param("gender", "NOT_STATED")
				.param("referralDate", tomorrow), "koordinator", "recipientForm", "alias", "unitId", "targetGroupId",
					"referralDate", "consentGivenOn", "consentMethod");
		}

	}

	@Nested
	class Contacts {

		@Test
		void aQuickEntryWithoutRecipientDayOrDuration() throws Exception {
			String token = Jsoup.parse(
					mvc.perform(get("/contacts/new").with(as("peer"))).andReturn().getResponse().getContentAsString())
				.select("input[name=token]")
				.val();
			assertThat(token).isNotBlank();
			refused(post("/contacts").param("token", token)
				.param("kind", "INDIVIDUAL_CONVERSATION")
				.param("occurredOn", "")
				.param("startsAt", "10:00"), "peer", "contactForm", "recipientId", "occurredOn", "durationMinutes");
		}

	}

	@Nested
	class Courses {

		@Test
		void noKindAUnitOfAnotherOrganisationNoRecipientAndNoPeerWorker() throws Exception {
			refused(post("/courses").param("unitId", String.valueOf(aarhusUnit)).param("startsOn", "2026-01-05"),
					"koordinator", "courseForm", "kind", "unitId", "recipientNumbers", "peerWorkerIds");
		}

	}

	@Nested
	class Quotes {

		@Test
		void noTextAFutureDayNoDimensionAnUnknownRecipientNoLevelAndAPeerWorkerWithoutConsent() throws Exception {
			refused(post("/quotes").param("kind", "QUOTE")
				.param("text", "")
				.param("unitId", String.valueOf(programme.unit(copenhagen)))
				.param("recordedOn", tomorrow)
				.param("recipientNumber", "R-NOBODY")
				.param("speaker", "PEER_WORKER"), "koordinator", "quoteForm", "text", "recordedOn", "dimensions",
					"recipientNumber", "level", "speakerConsent", "speakerConsentOn");
		}

	}

	@Nested
	class AssessmentService {

		@Test
		void aFutureDayNoRespondentAndAnUnknownInstrument() throws Exception {
			TestProgramme.Recipient recipient = programme.recipient(copenhagen, "Måling " + TestProgramme.tag());
			long course = programme.course(copenhagen, recipient.id(),
					programme.peerWorker(copenhagen, "Peer " + TestProgramme.tag()));
			refused(post("/outcomes/assessments").param("recipientId", String.valueOf(recipient.id()))
				.param("courseId", String.valueOf(course))
				.param("timepoint", "BASELINE")
				.param("answeredOn", tomorrow)
				.param("instrumentId", "999999999"), "koordinator", "assessmentForm",
					// The day is both in the future and one the recipient has given no
					// consent for.
					"answeredOn", "answeredOn", "respondent", "instrumentId");
			assertThat(jdbc.sql("select count(*) from assessment where recipient_id = ?")
				.param(recipient.id())
				.query(Long.class)
				.single()).isZero();
		}

	}

	@Nested
	class CheckInService {

		@Test
		void aFutureDayAnAnswerOffTheScaleAndOneMissing() throws Exception {
			List<Long> items = jdbc.sql("""
					select i.id from instrument_item i join instrument n on n.id = i.instrument_id
					where n.code = 'CHECKIN-7' and n.version_number = 1 order by i.position
					""").query(Long.class).list();
			MockHttpServletRequestBuilder form = post("/checkins").param("answeredOn", tomorrow)
				.param("instrumentId",
						String.valueOf(
								jdbc.sql("select id from instrument where code = 'CHECKIN-7' and version_number = 1")
									.query(Long.class)
									.single()))
				.param("answers[" + items.get(0) + "]", "9");
			for (long item : items.subList(1, items.size() - 1)) {
				form.param("answers[" + item + "]", "2");
			}
			refused(form, "peer", "checkInForm", "answeredOn", "answers[" + items.get(0) + "]",
					"answers[" + items.get(items.size() - 1) + "]");
		}

	}

	/**
	 * Sends the form as the user and expects it back with a message on exactly these
	 * fields, listed in the summary at its top.
	 */
	private ErrorSummary refused(MockHttpServletRequestBuilder form, String username, String formName, String... fields)
			throws Exception {
		ResultActions answer = mvc.perform(form.with(csrf()).with(as(username)))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors(formName, fields))
			.andExpect(model().errorCount(fields.length));
		ErrorSummary summary = ErrorSummary.of(answer.andReturn().getResponse().getContentAsString());
		assertThat(summary.fields()).containsExactlyInAnyOrder(fields);
		assertThat(summary.heading()).isEqualTo("Der er " + fields.length + " problemer");
		return summary;
	}

	private org.springframework.test.web.servlet.request.RequestPostProcessor as(String username) {
		return user(this.users.loadUserByUsername(username));
	}

	/** The demo programme's organisations and units, and rows the tests add. */
	static final class Programme extends TestProgramme {

		Programme(JdbcClient jdbc) {
			super(jdbc);
		}

	}

}
