package dk.peerstoette.staffsurvey;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import dk.peerstoette.CookieClient;
import dk.peerstoette.IntegrationTest;
import dk.peerstoette.instrument.InstrumentDefinition;
import dk.peerstoette.instrument.InstrumentDirectory;
import dk.peerstoette.instrument.InstrumentPurpose;
import dk.peerstoette.partnership.Choice;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The staff survey through the web, attacked as the issue describes: another
 * organisation's coordinator and roles without a survey reaching a round; a link used
 * twice, also at the same moment; results of fewer than five; and whatever could tie an
 * answer to a person or to the link it came through. Each test opens its rounds on units
 * of its own, so that the one open round a unit may have is the test's.
 */
@IntegrationTest
class StaffSurveyWebTest {

	static final String COPENHAGEN = "Københavns Kommune";

	static final String AARHUS = "Aarhus Kommune";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	@Autowired
	InstrumentDirectory instruments;

	@LocalServerPort
	int port;

	InstrumentDefinition survey;

	@BeforeEach
	void theShippedSurvey() {
		this.survey = this.instruments.standard(InstrumentPurpose.STAFF_SURVEY).orElseThrow();
	}

	RequestPostProcessor as(String username) {
		return user(this.users.loadUserByUsername(username));
	}

	long unit(String organisation) {
		return this.jdbc
			.sql("""
					insert into unit (organisation_id, name, kind, sector)
					values ((select id from organisation where name = ?), ?, 'RESIDENTIAL_FACILITY', 'MUNICIPAL') returning id
					""")
			.params(organisation, "Survey " + UUID.randomUUID().toString().substring(0, 8))
			.query(Long.class)
			.single();
	}

	/** Opens a round as the coordinator and returns the tokens of its links. */
	@SuppressWarnings("unchecked")
	List<String> open(String coordinator, long unitId, int links) throws Exception {
		MvcResult result = this.mvc
			.perform(post("/staff-survey/rounds").param("unitId", String.valueOf(unitId))
				.param("instrumentId", String.valueOf(this.survey.id()))
				.param("links", String.valueOf(links))
				.with(csrf())
				.with(as(coordinator)))
			.andExpect(status().isOk())
			.andExpect(model().attributeExists("answerLinks"))
			.andReturn();
		List<String> shown = (List<String>) result.getModelAndView().getModel().get("answerLinks");
		assertThat(shown).hasSize(links).allSatisfy((link) -> assertThat(link).contains("/staff-survey/answer/"));
		return shown.stream().map((link) -> link.substring(link.lastIndexOf('/') + 1)).toList();
	}

	long roundOf(long unitId) {
		return this.jdbc.sql("select max(id) from staff_survey_round where unit_id = ?")
			.param(unitId)
			.query(Long.class)
			.single();
	}

	void close(long roundId) throws Exception {
		long version = this.jdbc.sql("select version from staff_survey_round where id = ?")
			.param(roundId)
			.query(Long.class)
			.single();
		this.mvc
			.perform(post("/staff-survey/rounds/{id}/close", roundId).param("version", String.valueOf(version))
				.with(csrf())
				.with(as("koordinator")))
			.andExpect(redirectedUrl("/staff-survey/rounds/" + roundId));
	}

	/** The same answer to every item. */
	MockHttpServletRequestBuilder answer(String token, int value) {
		MockHttpServletRequestBuilder request = post("/staff-survey/answer/{token}", token).with(csrf());
		for (InstrumentDefinition.Item item : this.survey.items()) {
			request.param("answers[" + item.id() + "]", String.valueOf(value));
		}
		return request;
	}

	void answered(String token, int value) throws Exception {
		this.mvc.perform(answer(token, value)).andExpect(redirectedUrl("/staff-survey/answer/thanks"));
	}

	int answers(long roundId) {
		return this.jdbc.sql("select count(*) from staff_survey_answer where round_id = ?")
			.param(roundId)
			.query(Integer.class)
			.single();
	}

	SurveyResults results(String username, long roundId) throws Exception {
		MvcResult result = this.mvc.perform(get("/staff-survey/rounds/{id}", roundId).with(as(username)))
			.andExpect(status().isOk())
			.andReturn();
		return ((StaffSurveyService.RoundView) result.getModelAndView().getModel().get("view")).results();
	}

	String newestAuditDetail(String username, String action) {
		return this.jdbc
			.sql("""
					select coalesce(detail, '') from audit_event where actor_username = ? and entity_type = 'STAFF_SURVEY_ROUND'
					  and action = ? order by id desc limit 1
					""")
			.params(username, action)
			.query(String.class)
			.single();
	}

	@Nested
	class Scope {

		@Test
		void aCoordinatorOpensRoundsOnlyForTheirOwnOrganisationsUnits() throws Exception {
			long copenhagenUnit = unit(COPENHAGEN);
			mvc.perform(post("/staff-survey/rounds").param("unitId", String.valueOf(copenhagenUnit))
				.param("instrumentId", String.valueOf(survey.id()))
				.param("links", "5")
				.with(csrf())
				.with(as("koordinator.aarhus")))
				.andExpect(status().isOk())
				.andExpect(model().attributeHasFieldErrorCode("openRoundForm", "unitId", "staffsurvey.unit.unknown"))
				.andExpect(model().attributeDoesNotExist("answerLinks"));
			assertThat(jdbc.sql("select count(*) from staff_survey_round where unit_id = ?")
				.param(copenhagenUnit)
				.query(Integer.class)
				.single()).isZero();
			mvc.perform(get("/staff-survey/rounds/new").with(as("koordinator.aarhus")))
				.andExpect(status().isOk())
				.andExpect(content().string(not(containsString("value=\"" + copenhagenUnit + "\""))));
		}

		@Test
		void anotherOrganisationsCoordinatorFindsNoRoundAndTheRefusalIsLogged() throws Exception {
			long unitId = unit(COPENHAGEN);
			List<String> tokens = open("koordinator", unitId, 5);
			long round = roundOf(unitId);
			for (int i = 0; i < 5; i++) {
				answered(tokens.get(i), 3);
			}
			mvc.perform(get("/staff-survey/rounds/{id}", round).with(as("koordinator.aarhus")))
				.andExpect(status().isNotFound());
			assertThat(newestAuditDetail("koordinator.aarhus", "READ")).isEqualTo("REASON=SCOPE");
			mvc.perform(post("/staff-survey/rounds/{id}/close", round).param("version", "1")
				.with(csrf())
				.with(as("koordinator.aarhus"))).andExpect(status().isNotFound());
			mvc.perform(post("/staff-survey/rounds/{id}/links", round).param("links", "3")
				.with(csrf())
				.with(as("koordinator.aarhus"))).andExpect(status().isNotFound());
			mvc.perform(get("/staff-survey").with(as("koordinator.aarhus")))
				.andExpect(status().isOk())
				.andExpect(content().string(not(containsString("id=\"round-" + round + "\""))));
			assertThat(jdbc.sql("select closed_on is null and links_created = 5 from staff_survey_round where id = ?")
				.param(round)
				.query(Boolean.class)
				.single()).isTrue();
		}

		@Test
		void theManagerOfThePartnershipReadsTheResultsButRunsNoRoundAndSeesNoOtherPartnership() throws Exception {
			long unitId = unit(COPENHAGEN);
			List<String> tokens = open("koordinator", unitId, 5);
			long round = roundOf(unitId);
			for (String token : tokens) {
				answered(token, 2);
			}
			close(round);
			assertThat(results("leder", round).shown()).isTrue();
			mvc.perform(get("/staff-survey/rounds/{id}", round).with(as("leder")))
				.andExpect(content().string(not(containsString("id=\"close-round\""))));
			mvc.perform(get("/staff-survey").with(as("leder")))
				.andExpect(content().string(containsString("id=\"round-" + round + "\"")));
			mvc.perform(get("/staff-survey/rounds/new").with(as("leder"))).andExpect(status().isForbidden());
			mvc.perform(post("/staff-survey/rounds").param("unitId", String.valueOf(unit(COPENHAGEN)))
				.param("instrumentId", String.valueOf(survey.id()))
				.param("links", "5")
				.with(csrf())
				.with(as("leder"))).andExpect(status().isForbidden());
			mvc.perform(
					post("/staff-survey/rounds/{id}/links", round).param("links", "3").with(csrf()).with(as("leder")))
				.andExpect(status().isForbidden());

			long aarhusUnit = unit(AARHUS);
			open("koordinator.aarhus", aarhusUnit, 1);
			mvc.perform(get("/staff-survey/rounds/{id}", roundOf(aarhusUnit)).with(as("leder")))
				.andExpect(status().isNotFound());
		}

		@Test
		void peerWorkersAdministratorsAndStrangersSeeNoRound() throws Exception {
			mvc.perform(get("/staff-survey").with(as("peer"))).andExpect(status().isForbidden());
			assertThat(newestAuditDetail("peer", "SEARCH")).isEqualTo("REASON=ROLE");
			mvc.perform(get("/staff-survey").with(as("admin"))).andExpect(status().isForbidden());
			mvc.perform(get("/staff-survey").with(as("auditor"))).andExpect(status().isForbidden());
			mvc.perform(get("/staff-survey")).andExpect(redirectedUrl("/login"));
			mvc.perform(get("/staff-survey/rounds/1")).andExpect(redirectedUrl("/login"));
		}

	}

	@Nested
	class OneAnswerPerLink {

		@Test
		void aLinkTakesOneAnswerAndASecondIsRefused() throws Exception {
			long unitId = unit(COPENHAGEN);
			String token = open("koordinator", unitId, 2).get(0);
			mvc.perform(get("/staff-survey/answer/{token}", token))
				.andExpect(status().isOk())
				.andExpect(header().string("Referrer-Policy", "no-referrer"))
				.andExpect(content().string(containsString(survey.items().get(0).textDa())));
			answered(token, 4);
			mvc.perform(answer(token, 0))
				.andExpect(status().isNotFound())
				.andExpect(content().string(containsString("id=\"link-unavailable\"")));
			mvc.perform(get("/staff-survey/answer/{token}", token)).andExpect(status().isNotFound());
			assertThat(answers(roundOf(unitId))).isEqualTo(1);
			assertThat(jdbc.sql("""
					select count(*) from staff_survey_answer_item i join staff_survey_answer a on a.id = i.answer_id
					where a.round_id = ? and i.value = 4
					""").param(roundOf(unitId)).query(Integer.class).single()).isEqualTo(survey.items().size());
		}

		@Test
		void answersSentAtOnceThroughOneLinkAreStoredOnce() throws Exception {
			long unitId = unit(COPENHAGEN);
			String token = open("koordinator", unitId, 1).get(0);
			int senders = 6;
			List<CookieClient> clients = new ArrayList<>();
			for (int i = 0; i < senders; i++) {
				CookieClient client = new CookieClient(port, "survey-" + i);
				assertThat(client.get("/staff-survey/answer/" + token).statusCode()).isEqualTo(200);
				clients.add(client);
			}
			Map<String, String> form = new HashMap<>();
			survey.items().forEach((item) -> form.put("answers[" + item.id() + "]", "2"));
			List<HttpResponse<String>> sent = CookieClient.atOnce(senders,
					(i) -> () -> clients.get(i).post("/staff-survey/answer/" + token, form));
			assertThat(sent).extracting(HttpResponse::statusCode).containsOnlyOnce(302).containsOnly(302, 404);
			assertThat(answers(roundOf(unitId))).isEqualTo(1);
		}

		@Test
		void aClosedRoundsLinksNoLongerWork() throws Exception {
			long unitId = unit(COPENHAGEN);
			List<String> tokens = open("koordinator", unitId, 3);
			long round = roundOf(unitId);
			answered(tokens.get(0), 1);
			close(round);
			mvc.perform(answer(tokens.get(1), 1)).andExpect(status().isNotFound());
			mvc.perform(get("/staff-survey/answer/{token}", tokens.get(2))).andExpect(status().isNotFound());
			assertThat(jdbc.sql("select count(*) from staff_survey_link where round_id = ?")
				.param(round)
				.query(Integer.class)
				.single()).isZero();
			assertThat(answers(round)).isEqualTo(1);
			mvc.perform(post("/staff-survey/rounds/{id}/links", round).param("links", "2")
				.with(csrf())
				.with(as("koordinator"))).andExpect(redirectedUrl("/staff-survey/rounds/" + round));
			assertThat(jdbc.sql("select links_created from staff_survey_round where id = ?")
				.param(round)
				.query(Integer.class)
				.single()).isEqualTo(3);
		}

		@Test
		void anAnswerWithAnItemLeftOutComesBackWithItsMessageAndSpendsNothing() throws Exception {
			long unitId = unit(COPENHAGEN);
			String token = open("koordinator", unitId, 1).get(0);
			InstrumentDefinition.Item first = survey.items().get(0);
			InstrumentDefinition.Item last = survey.items().get(survey.items().size() - 1);
			MockHttpServletRequestBuilder incomplete = post("/staff-survey/answer/{token}", token).with(csrf());
			survey.items()
				.stream()
				.filter((item) -> item != last && item != first)
				.forEach((item) -> incomplete.param("answers[" + item.id() + "]", "3"));
			incomplete.param("answers[" + first.id() + "]", "9");
			mvc.perform(incomplete)
				.andExpect(status().isOk())
				.andExpect(model().attributeHasFieldErrorCode("answerForm", "answers[" + last.id() + "]",
						"staffsurvey.answer.required"))
				.andExpect(model().attributeHasFieldErrorCode("answerForm", "answers[" + first.id() + "]",
						"staffsurvey.answer.offScale"))
				.andExpect(content()
					.string(containsString("id=\"a-" + survey.items().get(1).id() + "-3\" value=\"3\" checked")));
			assertThat(answers(roundOf(unitId))).isZero();
			answered(token, 3);
		}

		@Test
		void answersSentWithoutTheSessionsCsrfTokenAreNotStoredButComeBackToBeSentAgain() throws Exception {
			long unitId = unit(COPENHAGEN);
			String token = open("koordinator", unitId, 1).get(0);
			MockHttpSession session = new MockHttpSession();
			MockHttpServletRequestBuilder noToken = post("/staff-survey/answer/{token}", token).session(session);
			survey.items().forEach((item) -> noToken.param("answers[" + item.id() + "]", "1"));
			mvc.perform(noToken).andExpect(redirectedUrl("/staff-survey/answer/" + token + "?restored"));
			assertThat(answers(roundOf(unitId))).isZero();
			InstrumentDefinition.Item item = survey.items().get(4);
			mvc.perform(get("/staff-survey/answer/{token}", token).param("restored", "").session(session))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("id=\"answers-restored\"")))
				.andExpect(content().string(containsString("id=\"a-" + item.id() + "-1\" value=\"1\" checked")));
			answered(token, 1);
		}

	}

	@Nested
	class SmallNumbers {

		@Test
		void aClosedRoundOfFourAnswersShowsNoResultsAndAnOpenRoundNone() throws Exception {
			long unitId = unit(COPENHAGEN);
			List<String> tokens = open("koordinator", unitId, 6);
			long round = roundOf(unitId);
			for (int i = 0; i < 5; i++) {
				answered(tokens.get(i), 2);
			}
			assertThat(results("koordinator", round).status()).isEqualTo(SurveyResults.Status.OPEN);
			assertThat(newestAuditDetail("koordinator", "READ")).isEqualTo("RESULTS=OPEN");

			long smallUnit = unit(COPENHAGEN);
			List<String> few = open("koordinator", smallUnit, 6);
			long small = roundOf(smallUnit);
			for (int i = 0; i < 4; i++) {
				answered(few.get(i), i);
			}
			close(small);
			SurveyResults results = results("koordinator", small);
			assertThat(results.status()).isEqualTo(SurveyResults.Status.TOO_FEW);
			assertThat(results.answered()).isEqualTo(4);
			assertThat(results.dimensions()).isEmpty();
			assertThat(results.items()).isEmpty();
			mvc.perform(get("/staff-survey/rounds/{id}", small).with(as("leder")))
				.andExpect(content().string(containsString("id=\"results-hidden\"")))
				.andExpect(content().string(not(containsString("id=\"dimension-results\""))))
				.andExpect(content().string(not(containsString("id=\"item-results\""))));
			assertThat(newestAuditDetail("leder", "READ")).isEqualTo("RESULTS=TOO_FEW");
		}

		@Test
		void fiveAnswersInAClosedRoundShowTheMeansAndTheChangeSinceTheLastRoundWithResults() throws Exception {
			long unitId = unit(COPENHAGEN);
			List<String> first = open("koordinator", unitId, 5);
			for (String token : first) {
				answered(token, 1);
			}
			close(roundOf(unitId));
			// The second round has four answers: no results, and none to compare with.
			List<String> second = open("koordinator", unitId, 5);
			for (int i = 0; i < 4; i++) {
				answered(second.get(i), 4);
			}
			close(roundOf(unitId));
			List<String> third = open("koordinator", unitId, 5);
			answered(third.get(0), 4);
			answered(third.get(1), 4);
			answered(third.get(2), 3);
			answered(third.get(3), 3);
			answered(third.get(4), 2);
			long round = roundOf(unitId);
			close(round);

			SurveyResults results = results("koordinator", round);
			assertThat(results.status()).isEqualTo(SurveyResults.Status.SHOWN);
			assertThat(results.answered()).isEqualTo(5);
			assertThat(results.comparedWith()).isEqualTo(1);
			assertThat(results.dimensions()).hasSize(5)
				.allSatisfy((dimension) -> assertThat(dimension.mean()).isEqualByComparingTo("3.20"))
				.allSatisfy((dimension) -> assertThat(dimension.change()).isEqualByComparingTo("2.20"));
			assertThat(results.items()).hasSize(survey.items().size())
				.allSatisfy((item) -> assertThat(item.mean()).isEqualByComparingTo("3.20"))
				.allSatisfy((item) -> assertThat(item.change()).isEqualByComparingTo("2.20"));
			assertThat(newestAuditDetail("koordinator", "READ")).isEqualTo("RESULTS=SHOWN");
			mvc.perform(get("/staff-survey/rounds/{id}", round).with(as("koordinator")).param("lang", "en"))
				.andExpect(content().string(containsString("id=\"dimension-results\"")))
				.andExpect(content().string(containsString("+2.20")))
				.andExpect(content().string(containsString("The change is counted from round 1.")));
		}

		@Test
		void theDemoUnitHasTwoRoundsWithResultsAndTheChangeBetweenThem() throws Exception {
			List<Long> rounds = jdbc.sql("""
					select r.id from staff_survey_round r join unit_view u on u.id = r.unit_id
					join organisation_view o on o.id = u.organisation_id
					where o.name = ? and u.name = 'Botilbuddet Lindegården' order by r.number
					""").param(COPENHAGEN).query(Long.class).list();
			assertThat(rounds).hasSizeGreaterThanOrEqualTo(2);
			assertThat(answers(rounds.get(0))).isGreaterThanOrEqualTo(5);
			assertThat(answers(rounds.get(1))).isGreaterThanOrEqualTo(5);
			SurveyResults second = results("koordinator", rounds.get(1));
			assertThat(second.comparedWith()).isEqualTo(1);
			assertThat(second.dimensions()).isNotEmpty()
				.allSatisfy((dimension) -> assertThat(dimension.change()).isPositive());
		}

	}

	@Nested
	class NoIdentity {

		List<String> columns(String table) {
			return jdbc.sql("""
					select column_name || ':' || data_type from information_schema.columns
					where table_schema = current_schema() and table_name = ? order by column_name
					""").param(table).query(String.class).list();
		}

		@Test
		void theTablesHoldNoPersonNoTimeFinerThanTheRoundAndNoLinkFromAnAnswerToItsToken() {
			assertThat(columns("staff_survey_answer")).containsExactly("id:uuid", "round_id:bigint");
			assertThat(columns("staff_survey_answer_item")).containsExactly("answer_id:uuid", "item_id:bigint",
					"value:smallint");
			assertThat(columns("staff_survey_link")).containsExactly("round_id:bigint", "token_hash:bytea");
			assertThat(columns("staff_survey_round")).containsExactly("closed_on:date", "id:bigint",
					"instrument_id:bigint", "links_created:integer", "number:integer", "opened_on:date",
					"unit_id:bigint", "version:bigint");
		}

		@Test
		void theTokenIsKeptNowhereAndAnsweringLeavesNothingToMatchTheAnswerWith() throws Exception {
			long unitId = unit(COPENHAGEN);
			CookieClient coordinator = CookieClient.signedIn(port, "koordinator", "demo", "survey-coordinator");
			coordinator.get("/staff-survey/rounds/new");
			HttpResponse<String> opened = coordinator.post("/staff-survey/rounds", Map.of("unitId",
					String.valueOf(unitId), "instrumentId", String.valueOf(survey.id()), "links", "3"));
			assertThat(opened.statusCode()).isEqualTo(200);
			List<String> tokens = tokensIn(opened.body());
			assertThat(tokens).hasSize(3);
			String token = tokens.get(0);
			assertThat(jdbc.sql("select count(*) from staff_survey_link where token_hash = sha256(?::bytea)")
				.param(token.getBytes(StandardCharsets.US_ASCII))
				.query(Integer.class)
				.single()).isEqualTo(1);

			long auditBefore = jdbc.sql("select count(*) from audit_event").query(Long.class).single();
			CookieClient staff = new CookieClient(port, "survey-staff");
			assertThat(staff.get("/staff-survey/answer/" + token).statusCode()).isEqualTo(200);
			Map<String, String> form = new HashMap<>();
			survey.items().forEach((item) -> form.put("answers[" + item.id() + "]", "3"));
			assertThat(CookieClient.location(staff.post("/staff-survey/answer/" + token, form)))
				.isEqualTo("/staff-survey/answer/thanks");
			assertThat(jdbc.sql("select count(*) from audit_event").query(Long.class).single())
				.as("answering writes nothing to the access log")
				.isEqualTo(auditBefore);

			long round = roundOf(unitId);
			assertThat(jdbc.sql("select count(*) from staff_survey_link where token_hash = sha256(?::bytea)")
				.param(token.getBytes(StandardCharsets.US_ASCII))
				.query(Integer.class)
				.single()).as("the used link's row").isZero();
			assertThat(jdbc.sql("""
					select count(*) from staff_survey_link l, staff_survey_answer a
					where l.round_id = ? and a.round_id = l.round_id and l.xmin = a.xmin
					""").param(round).query(Integer.class).single())
				.as("a link row written by the answer's transaction")
				.isZero();
			for (String value : tokens) {
				byte[] bytes = value.getBytes(StandardCharsets.US_ASCII);
				assertThat(jdbc.sql("""
						select count(*) from spring_session_attributes where position(?::bytea in attribute_bytes) > 0
						""").param(bytes).query(Integer.class).single()).as("a session holding a token").isZero();
				assertThat(jdbc.sql("""
						select count(*) from audit_event
						where coalesce(detail, '') || coalesce(entity_id, '') || coalesce(criteria::text, '') like ?
						""").param("%" + value + "%").query(Integer.class).single()).as("the access log").isZero();
			}
		}

		private List<String> tokensIn(String page) {
			List<String> tokens = new ArrayList<>();
			Matcher link = Pattern.compile("/staff-survey/answer/([A-Za-z0-9_-]{43})").matcher(page);
			while (link.find()) {
				if (!tokens.contains(link.group(1))) {
					tokens.add(link.group(1));
				}
			}
			return tokens;
		}

	}

	@Test
	void theSurveyQuestionnaireIsOfferedForSurveysOnlyAndNeverForARecipient() {
		assertThat(instruments.activeChoices(Locale.ENGLISH)).extracting(Choice::id).doesNotContain(survey.id());
		assertThat(instruments.activeChoices(InstrumentPurpose.STAFF_SURVEY, Locale.ENGLISH)).extracting(Choice::id)
			.contains(survey.id());
		assertThat(instruments.standard().orElseThrow().purpose()).isEqualTo(InstrumentPurpose.RECIPIENT_OUTCOME);
	}

}
