package dk.peerstoette.outcome;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dk.peerstoette.IntegrationTest;
import dk.peerstoette.TestClock;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static dk.peerstoette.outcome.AssessmentFixtures.COPENHAGEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An assessment finished with nothing answered would use up its timepoint with no score:
 * whoever finishes it is asked once whether to finish anyway (on the self-report screen
 * and on the staff member's page, without JavaScript), and one completed without any
 * score may be discarded afterwards by the staff in scope, audited, which frees its
 * timepoint.
 */
@IntegrationTest
class UnansweredAssessmentWebTest {

	static final LocalDate TODAY = TestClock.today();

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	AssessmentFixtures data;

	long recipient;

	long course;

	@BeforeEach
	void aRecipientInThePeerWorkersCourseWhoConsented() {
		this.data = new AssessmentFixtures(this.jdbc, this.users);
		long copenhagen = this.data.organisation(COPENHAGEN);
		this.recipient = this.data.recipient(copenhagen, "Unanswered " + AssessmentFixtures.tag());
		this.course = this.data.course(this.recipient, TODAY.minusMonths(2),
				List.of(this.data.peerWorkerOfUser("peer", copenhagen)));
		this.data.consent(this.recipient, "OUTCOME_MEASUREMENT", TODAY.minusYears(1), null);
	}

	@Nested
	class AskedOnce {

		@Test
		void onTheSelfReportScreenNothingAnsweredIsAskedBeforeItCounts() throws Exception {
			long id = started("SELF");
			MockHttpSession device = new MockHttpSession();
			mvc.perform(post("/outcomes/assessments/{id}/self-report", id).session(device)
				.with(csrf())
				.with(data.as("peer"))).andExpect(redirectedUrl("/outcomes/self-report"));

			// "I am done" with nothing answered: the question, and nothing is stored.
			mvc.perform(post("/outcomes/self-report").session(device).with(csrf()).with(data.as("peer")))
				.andExpect(redirectedUrl("/outcomes/self-report"));
			mvc.perform(get("/outcomes/self-report").session(device).with(data.as("peer")))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Du har ikke svaret på noget")))
				.andExpect(content().string(containsString("Ja, afslut")))
				.andExpect(content().string(containsString("Nej, tilbage til spørgsmålene")))
				.andExpect(content().string(not(containsString("id=\"self-report-form\""))));
			assertThat(stateOf(id)).isEqualTo("IN_PROGRESS");
			// "No": the questions again, still locked.
			mvc.perform(get("/outcomes/self-report").session(device).with(data.as("peer")))
				.andExpect(content().string(containsString("id=\"self-report-form\"")));
			mvc.perform(get("/recipients").session(device).with(data.as("peer")))
				.andExpect(redirectedUrl("/outcomes/self-report"));

			// Asked again, "Yes": completed without a score, and thanked.
			mvc.perform(post("/outcomes/self-report").session(device).with(csrf()).with(data.as("peer")))
				.andExpect(redirectedUrl("/outcomes/self-report"));
			mvc.perform(post("/outcomes/self-report").session(device)
				.param("finishUnanswered", "true")
				.with(csrf())
				.with(data.as("peer"))).andExpect(redirectedUrl("/outcomes/self-report"));
			mvc.perform(get("/outcomes/self-report").session(device).with(data.as("peer")))
				.andExpect(content().string(containsString("Giv venligst enheden tilbage")));
			assertThat(stateOf(id)).isEqualTo("COMPLETED");
			assertThat(scored(id)).isFalse();
		}

		@Test
		void onTheStaffMembersPageNothingAnsweredIsAskedBeforeItCounts() throws Exception {
			long id = started("WITH_PEER");
			mvc.perform(post("/outcomes/assessments/{id}/answers", id).with(csrf()).with(data.as("peer")))
				.andExpect(redirectedUrl("/outcomes/assessments/" + id))
				.andExpect(flash().attribute("confirmUnanswered", true));
			mvc.perform(
					get("/outcomes/assessments/{id}", id).flashAttr("confirmUnanswered", true).with(data.as("peer")))
				.andExpect(content().string(containsString("Intet er besvaret")))
				.andExpect(content().string(containsString("Afslut uden svar")))
				.andExpect(content().string(containsString("id=\"answers-form\"")));
			assertThat(stateOf(id)).isEqualTo("IN_PROGRESS");
			mvc.perform(post("/outcomes/assessments/{id}/answers", id).param("finishUnanswered", "true")
				.with(csrf())
				.with(data.as("peer")))
				.andExpect(redirectedUrl("/outcomes/assessments/" + id))
				.andExpect(flash().attribute("success", "outcome.assessment.completed"));
			assertThat(stateOf(id)).isEqualTo("COMPLETED");
			assertThat(scored(id)).isFalse();
		}

	}

	@Nested
	class Discarded {

		@Test
		void oneCompletedWithoutAScoreIsDiscardedAuditedAndItsTimepointFreed() throws Exception {
			long id = completedWithoutAnswers();
			mvc.perform(get("/outcomes/assessments/{id}", id).with(data.as("peer")))
				.andExpect(content().string(containsString("id=\"discard-unscored\"")))
				.andExpect(content().string(containsString("for få svar til at give en score")));
			// While it stands, the baseline is taken.
			mvc.perform(start("BASELINE", "SELF").with(data.as("peer")))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("id=\"timepoint-error\"")));

			mvc.perform(post("/outcomes/assessments/{id}/discard", id).with(csrf()).with(data.as("peer")))
				.andExpect(redirectedUrl("/recipients/" + recipient))
				.andExpect(flash().attribute("success", "outcome.assessment.discarded"));
			assertThat(data.assessments(recipient)).isZero();
			assertThat(data.audited(id, "DELETE", "SUCCESS", "peer")).isEqualTo(1);
			assertThat(jdbc.sql("""
					select detail from audit_event
					where entity_type = 'ASSESSMENT' and entity_id = ? and action = 'DELETE' and outcome = 'SUCCESS'
					""").param(String.valueOf(id)).query(String.class).single())
				.isEqualTo("STATUS=COMPLETED;TIMEPOINT=BASELINE;ANSWERED=0");
			// The baseline can be measured again.
			started("SELF");
		}

		@Test
		void aCoordinatorOfTheOrganisationMayDiscardItToo() throws Exception {
			long id = completedWithoutAnswers();
			mvc.perform(post("/outcomes/assessments/{id}/discard", id).with(csrf()).with(data.as("koordinator")))
				.andExpect(redirectedUrl("/recipients/" + recipient));
			assertThat(data.assessments(recipient)).isZero();
		}

		@ParameterizedTest
		@ValueSource(strings = { "peer.aarhus", "koordinator.aarhus", "leder", "admin" })
		void nobodyOutOfScopeMayDiscardIt(String username) throws Exception {
			long id = completedWithoutAnswers();
			int refused = mvc
				.perform(post("/outcomes/assessments/{id}/discard", id).with(csrf()).with(data.as(username)))
				.andReturn()
				.getResponse()
				.getStatus();
			assertThat(refused).isIn(403, 404);
			assertThat(data.assessments(recipient)).isEqualTo(1);
			assertThat(stateOf(id)).isEqualTo("COMPLETED");
		}

		@Test
		void oneWithAScoreIsNotOfferedAndStays() throws Exception {
			long id = started("WITH_PEER");
			mvc.perform(post("/outcomes/assessments/{id}/answers", id)
				.param("answers[" + data.standardItems().get(0) + "]", "3")
				.with(csrf())
				.with(data.as("peer"))).andExpect(redirectedUrl("/outcomes/assessments/" + id));
			assertThat(scored(id)).isTrue();
			mvc.perform(get("/outcomes/assessments/{id}", id).with(data.as("peer")))
				.andExpect(content().string(not(containsString("id=\"discard-unscored\""))));
			mvc.perform(post("/outcomes/assessments/{id}/discard", id).with(csrf()).with(data.as("peer")))
				.andExpect(redirectedUrl("/outcomes/assessments/" + id))
				.andExpect(flash().attribute("error", "outcome.assessment.discard.completed"));
			assertThat(data.assessments(recipient)).isEqualTo(1);
		}

		private long completedWithoutAnswers() throws Exception {
			long id = started("WITH_PEER");
			mvc.perform(post("/outcomes/assessments/{id}/answers", id).param("finishUnanswered", "true")
				.with(csrf())
				.with(data.as("peer"))).andExpect(redirectedUrl("/outcomes/assessments/" + id));
			assertThat(stateOf(id)).isEqualTo("COMPLETED");
			return id;
		}

	}

	private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder start(String timepoint,
			String respondent) {
		return post("/outcomes/assessments").param("recipientId", String.valueOf(this.recipient))
			.param("courseId", String.valueOf(this.course))
			.param("timepoint", timepoint)
			.param("answeredOn", TODAY.toString())
			.param("respondent", respondent)
			.param("instrumentId", String.valueOf(this.data.standardInstrument()))
			.with(csrf());
	}

	/** A baseline begun by the peer worker. */
	private long started(String respondent) throws Exception {
		this.mvc.perform(start("BASELINE", respondent).with(this.data.as("peer")))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers
				.redirectedUrlPattern("/outcomes/assessments/*"));
		return this.data.assessmentOf(this.recipient);
	}

	private String stateOf(long id) {
		return this.jdbc.sql("select status from assessment where id = ?").param(id).query(String.class).single();
	}

	private boolean scored(long id) {
		Map<String, Object> row = this.jdbc.sql("""
				select score_connection, score_hope, score_identity, score_meaning, score_empowerment
				from assessment where id = ?
				""").param(id).query().singleRow();
		return row.values().stream().anyMatch((score) -> score != null);
	}

}
