package dk.peerstoette.checkin;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dk.peerstoette.DateFields;
import dk.peerstoette.IntegrationTest;
import dk.peerstoette.TestClock;
import dk.peerstoette.account.StaffAccountService;
import dk.peerstoette.security.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * The check-in pages: a peer worker's own check-ins, which nobody else reads, the form,
 * and the supervising coordinator's flags.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CheckInWebTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	StaffAccountService accounts;

	@Autowired
	UserDetailsService users;

	CheckInFixtures fixtures;

	String peer;

	long peerWorker;

	String supervisor;

	String otherCoordinator;

	final LocalDate today = TestClock.today();

	@BeforeAll
	void fixtures() {
		fixtures = new CheckInFixtures(jdbc, accounts);
		supervisor = fixtures.login("Supervisor", Role.COORDINATOR);
		otherCoordinator = fixtures.login("Colleague", Role.COORDINATOR);
		peer = fixtures.login("Peer", Role.PEER_WORKER);
		peerWorker = fixtures.peerWorker("Own", today.minusYears(1), null, fixtures.userId(supervisor));
		fixtures.link(peerWorker, peer);
		fixtures.activity(peerWorker, "SUPERVISION", "HELD", today.minusDays(3), fixtures.userId(supervisor));
	}

	@Nested
	class OwnCheckIns {

		@Test
		void aPeerWorkerSeesTheirOwnTrendAsAChartAndATable() throws Exception {
			long id = fixtures.checkIn(peerWorker, today.minusDays(20), 1, 3);
			mvc.perform(get("/checkins").with(as(peer)))
				.andExpect(status().isOk())
				.andExpect(content()
					.string(allOf(containsString("id=\"checkin-" + id + "\""), containsString("id=\"checkin-table\""),
							containsString("/js/checkin-chart"), containsString("/dist/chart.umd.min.js"))));
		}

		@Test
		void aCheckInIsSavedAndAudited() throws Exception {
			long before = fixtures.checkIns(peerWorker);
			mvc.perform(fixtures.valid(post("/checkins")).with(as(peer)))
				.andExpect(redirectedUrl("/checkins"))
				.andExpect(flash().attribute("success", "checkin.saved"));
			assertThat(fixtures.checkIns(peerWorker)).isEqualTo(before + 1);
			long id = jdbc.sql("select max(id) from peer_checkin where peer_worker_id = ?")
				.param(peerWorker)
				.query(Long.class)
				.single();
			assertThat(fixtures.answers(id)).containsExactly(2, 3, 4, 2, 0, 3, 1);
			assertThat(jdbc.sql("""
					select string_agg(dimension || '=' || score, ',' order by dimension) || ';' || c.high_strain
					    || ';' || c.statistics_consent
					from peer_checkin c join peer_checkin_score s on s.checkin_id = c.id where c.id = ? group by c.id
					""").param(id).query(String.class).single())
				.isEqualTo("COMPETENCE=2.00,CONNECTION=0.00,DEMAND=3.00,HOPE=2.00,IDENTITY=4.00,MEANING=3.00,"
						+ "SET_BACK=1.00;true;false");
			assertThat(audited(id, "CREATE", "SUCCESS", peer)).isEqualTo(1);
		}

		@Test
		void theFormOffersTodayAndTheSevenStatementsOfTheInstrumentWeShip() throws Exception {
			String page = mvc.perform(get("/checkins/new").with(as(peer)))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("value=\"" + DateFields.danish(today) + "\"")))
				.andReturn()
				.getResponse()
				.getContentAsString();
			for (long item : fixtures.items()) {
				assertThat(page).contains("name=\"answers[" + item + "]\"");
			}
			assertThat(page).contains("Jeg har set lyst på min egen fremtid.",
					"Jeg har følt mig sat tilbage i min egen recovery.");
		}

		@Test
		void badInputComesBackWithMessagesAndTheTypedValuesAndSavesNothing() throws Exception {
			long before = fixtures.checkIns(peerWorker);
			LocalDate tomorrow = today.plusDays(1);
			List<Long> items = fixtures.items();
			String hope = "answers[" + items.get(0) + "]";
			String demand = "answers[" + items.get(5) + "]";
			MvcResult result = mvc
				.perform(
						fixtures
							.valid(post("/checkins"), "answeredOn", tomorrow.toString(), "1", "", "6", "7",
									"statisticsConsent", "true")
							.with(as(peer)))
				.andExpect(status().isOk())
				.andExpect(view().name("checkin/new"))
				.andExpect(model().attributeHasFieldErrorCode("checkInForm", "answeredOn", "checkin.answeredOn.future"))
				.andExpect(model().attributeHasFieldErrorCode("checkInForm", hope, "checkin.answer.required"))
				.andExpect(model().attributeHasFieldErrorCode("checkInForm", demand, "checkin.answer.range"))
				.andExpect(content().string(allOf(containsString("value=\"" + DateFields.danish(tomorrow) + "\""),
						containsString("id=\"answers" + items.get(0) + "-error\""),
						containsString("id=\"answers" + items.get(5) + "-error\""))))
				.andReturn();
			CheckInForm kept = (CheckInForm) result.getModelAndView().getModel().get("checkInForm");
			assertThat(kept.getAnsweredOn()).isEqualTo(tomorrow);
			assertThat(kept.getAnswers().get(items.get(0))).isNull();
			assertThat(kept.getAnswers().get(items.get(1))).isEqualTo(3);
			assertThat(kept.getAnswers().get(items.get(2))).isEqualTo(4);
			assertThat(kept.getAnswers().get(items.get(4))).isZero();
			assertThat(kept.getAnswers().get(items.get(5))).isEqualTo(7);
			assertThat(kept.isStatisticsConsent()).isTrue();
			assertThat(fixtures.checkIns(peerWorker)).isEqualTo(before);
		}

		@Test
		void aPeerWorkerDeletesTheirOwnCheckIn() throws Exception {
			long id = fixtures.checkIn(peerWorker, today.minusDays(5), 0, 0);
			mvc.perform(post("/checkins/{id}/delete", id).with(csrf()).with(as(peer)))
				.andExpect(redirectedUrl("/checkins"));
			assertThat(exists(id)).isFalse();
			assertThat(audited(id, "DELETE", "SUCCESS", peer)).isEqualTo(1);
		}

		@Test
		void anotherPeerWorkersCheckInIsNotFoundAndStays() throws Exception {
			long id = fixtures.checkIn(peerWorker, today.minusDays(5), 0, 0);
			String otherPeer = fixtures.login("Other peer", Role.PEER_WORKER);
			fixtures.link(fixtures.peerWorker("Other peer", today.minusYears(1), null, null), otherPeer);
			mvc.perform(post("/checkins/{id}/delete", id).with(csrf()).with(as(otherPeer)))
				.andExpect(status().isNotFound());
			mvc.perform(get("/checkins").with(as(otherPeer)))
				.andExpect(status().isOk())
				.andExpect(content().string(not(containsString("checkin-" + id + "\""))));
			assertThat(exists(id)).isTrue();
			assertThat(audited(id, "DELETE", "DENIED", otherPeer)).isEqualTo(1);
		}

		@Test
		void aPeerLoginNotLinkedToAPeerWorkerIsToldSo() throws Exception {
			String unlinked = fixtures.login("Unlinked", Role.PEER_WORKER);
			mvc.perform(get("/checkins").with(as(unlinked)))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("id=\"checkin-not-linked\"")));
			mvc.perform(get("/checkins/new").with(as(unlinked))).andExpect(redirectedUrl("/checkins"));
		}

	}

	@Nested
	@TestInstance(TestInstance.Lifecycle.PER_CLASS)
	class AnonymousStatistics {

		// A peer worker of their own, whom no supervisor sees flagged.
		final String peer = fixtures.login("Statistics", Role.PEER_WORKER);

		final long peerWorker = fixtures.peerWorker("Statistics", today.minusYears(1), null, null);

		AnonymousStatistics() {
			fixtures.link(peerWorker, peer);
		}

		/**
		 * A check-in counts in anonymous statistics only if the peer worker ticks it; the
		 * box is never ticked for them.
		 */
		@Test
		void aCheckInCountsOnlyIfThePeerWorkerTicksIt() throws Exception {
			mvc.perform(get("/checkins/new").with(as(peer)))
				.andExpect(content().string(
						not(containsString("checked=\"checked\"><input type=\"hidden\" name=\"_statisticsConsent\""))));
			mvc.perform(fixtures.valid(post("/checkins")).with(as(peer))).andExpect(redirectedUrl("/checkins"));
			assertThat(counts(latest())).isFalse();
			mvc.perform(fixtures.valid(post("/checkins"), "statisticsConsent", "true").with(as(peer)))
				.andExpect(redirectedUrl("/checkins"));
			long counted = latest();
			assertThat(counts(counted)).isTrue();
			assertThat(jdbc.sql("select detail from audit_event where entity_type = 'PEER_CHECKIN' and entity_id = ?")
				.param(String.valueOf(counted))
				.query(String.class)
				.single()).isEqualTo("STATISTICS=YES");
		}

		@Test
		void thePeerWorkerLetsACheckInCountAndTakesItOutAgain() throws Exception {
			long id = fixtures.checkIn(peerWorker, today.minusDays(3), 1, 1);
			mvc.perform(get("/checkins").with(as(peer)))
				.andExpect(content().string(containsString("id=\"statistics-" + id + "\">Tæller ikke med<")));
			mvc.perform(statistics(id, true).with(as(peer)))
				.andExpect(redirectedUrl("/checkins"))
				.andExpect(flash().attribute("success", "checkin.statistics.counted"));
			assertThat(counts(id)).isTrue();
			mvc.perform(statistics(id, true).with(as(peer)))
				.andExpect(flash().attribute("error", "checkin.statistics.alreadyCounts"));
			mvc.perform(statistics(id, false).with(as(peer)))
				.andExpect(flash().attribute("success", "checkin.statistics.leftOut"));
			assertThat(counts(id)).isFalse();
			assertThat(audited(id, "UPDATE", "SUCCESS", peer)).isEqualTo(2);
		}

		@Test
		void anotherPeerWorkerCannotLetSomeoneElsesCheckInCount() throws Exception {
			long id = fixtures.checkIn(peerWorker, today.minusDays(3), 1, 1);
			String otherPeer = fixtures.login("Stats peer", Role.PEER_WORKER);
			fixtures.link(fixtures.peerWorker("Stats peer", today.minusYears(1), null, null), otherPeer);
			mvc.perform(statistics(id, true).with(as(otherPeer))).andExpect(status().isNotFound());
			assertThat(counts(id)).isFalse();
			assertThat(audited(id, "UPDATE", "DENIED", otherPeer)).isEqualTo(1);
		}

		private MockHttpServletRequestBuilder statistics(long id, boolean counts) {
			return post("/checkins/{id}/statistics", id).param("counts", String.valueOf(counts)).with(csrf());
		}

		private long latest() {
			return jdbc.sql("select max(id) from peer_checkin where peer_worker_id = ?")
				.param(peerWorker)
				.query(Long.class)
				.single();
		}

	}

	/**
	 * A programme loads its own check-in instrument, as it could a licensed one such as
	 * ProQOL: its own scale and dimensions, chosen on the form; high strain is the top
	 * quarter of its scale. It is no instrument for a recipient's assessment.
	 */
	@Nested
	@TestInstance(TestInstance.Lifecycle.PER_CLASS)
	class ALoadedInstrument {

		final String peer = fixtures.login("Trivsel", Role.PEER_WORKER);

		final long peerWorker = fixtures.peerWorker("Trivsel", today.minusYears(1), null, null);

		ALoadedInstrument() {
			fixtures.link(peerWorker, peer);
		}

		@Test
		void isAnsweredOnItsOwnScaleAndNeverOfferedForRecipients() throws Exception {
			String code = "TRIVSEL-" + fixtures.tag;
			String file = """
					{"code": "%s", "purpose": "PEER_CHECKIN",
					 "names": {"da": "Trivsel %s", "en": "Wellbeing %s"},
					 "scale": {"min": 1, "max": 5, "anchors": [{"value": 1, "labels": {"da": "Aldrig", "en": "Never"}},
					                                           {"value": 5, "labels": {"da": "Meget ofte", "en": "Very often"}}]},
					 "minAnsweredShare": 0.5,
					 "items": [{"position": 1, "dimension": "COMPASSION_SATISFACTION", "texts": {"da": "Jeg får noget ud af at hjælpe.", "en": "I get something out of helping."}},
					           {"position": 2, "dimension": "BURNOUT", "texts": {"da": "Jeg føler mig slidt.", "en": "I feel worn out."}},
					           {"position": 3, "dimension": "BURNOUT", "texts": {"da": "Jeg har overskud.", "en": "I have energy to spare."}, "reverse": true}]}
					"""
				.formatted(code, fixtures.tag, fixtures.tag);
			String location = mvc
				.perform(multipart("/admin/instruments/import").file(new MockMultipartFile("file", "trivsel.json",
						"application/json", file.getBytes(StandardCharsets.UTF_8)))
					.with(csrf())
					.with(as("admin")))
				.andExpect(status().is3xxRedirection())
				.andReturn()
				.getResponse()
				.getRedirectedUrl();
			long instrument = Long.parseLong(location.replace("/admin/instruments/", ""));
			mvc.perform(post("/admin/instruments/{id}/activate", instrument).param("version", "0")
				.with(csrf())
				.with(as("admin"))).andExpect(redirectedUrl(location));
			try {
				List<Long> items = jdbc.sql("select id from instrument_item where instrument_id = ? order by position")
					.param(instrument)
					.query(Long.class)
					.list();
				mvc.perform(get("/checkins/new").with(as(peer)))
					.andExpect(content().string(containsString("/checkins/new?instrument=" + instrument)));
				mvc.perform(get("/checkins/new").param("instrument", String.valueOf(instrument)).with(as(peer)))
					.andExpect(content().string(allOf(containsString("Jeg føler mig slidt."),
							containsString("name=\"answers[" + items.get(2) + "]\""),
							not(containsString("Jeg har set lyst på min egen fremtid.")))));
				// Worn out often (4), energy to spare seldom (2, counted as 4): burnout
				// 4,
				// the top quarter of 1 to 5.
				mvc.perform(post("/checkins").param("answeredOn", today.toString())
					.param("instrumentId", String.valueOf(instrument))
					.param("answers[" + items.get(0) + "]", "5")
					.param("answers[" + items.get(1) + "]", "4")
					.param("answers[" + items.get(2) + "]", "2")
					.with(csrf())
					.with(as(peer))).andExpect(redirectedUrl("/checkins"));
				long id = jdbc.sql("select max(id) from peer_checkin where peer_worker_id = ? and instrument_id = ?")
					.params(peerWorker, instrument)
					.query(Long.class)
					.single();
				assertThat(jdbc
					.sql("""
							select string_agg(dimension || '=' || score, ',' order by dimension) || ';' || c.high_strain
							from peer_checkin c join peer_checkin_score s on s.checkin_id = c.id where c.id = ? group by c.id
							""")
					.param(id)
					.query(String.class)
					.single()).isEqualTo("BURNOUT=4.00,COMPASSION_SATISFACTION=5.00;true");
				mvc.perform(get("/checkins").with(as(peer)))
					.andExpect(content().string(allOf(containsString("data-series=\"BURNOUT\" data-strain=\"true\""),
							containsString("data-scale-min=\"1\" data-scale-max=\"5\""))));
				// Off its scale: refused with its own range.
				mvc.perform(post("/checkins").param("answeredOn", today.toString())
					.param("instrumentId", String.valueOf(instrument))
					.param("answers[" + items.get(0) + "]", "0")
					.param("answers[" + items.get(1) + "]", "4")
					.param("answers[" + items.get(2) + "]", "2")
					.with(csrf())
					.with(as(peer)))
					.andExpect(model().attributeHasFieldErrorCode("checkInForm", "answers[" + items.get(0) + "]",
							"checkin.answer.range"));
				long[] course = jdbc.sql("""
						select cr.recipient_id, c.id from course c join course_recipient cr on cr.course_id = c.id
						where c.organisation_id = (select id from organisation where name = 'Københavns Kommune')
						order by c.id limit 1
						""").query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2) }).single();
				mvc.perform(get("/outcomes/assessments/new").param("recipient", String.valueOf(course[0]))
					.param("course", String.valueOf(course[1]))
					.with(as("koordinator")))
					.andExpect(status().isOk())
					.andExpect(content().string(allOf(containsString("CHIME-10"),
							not(containsString("Trivsel " + fixtures.tag)), not(containsString("CHECKIN-7")))));
				mvc.perform(post("/outcomes/assessments").param("recipientId", String.valueOf(course[0]))
					.param("courseId", String.valueOf(course[1]))
					.param("timepoint", "AD_HOC")
					.param("respondent", "SELF")
					.param("answeredOn", today.toString())
					.param("instrumentId", String.valueOf(instrument))
					.with(csrf())
					.with(as("koordinator")))
					.andExpect(model().attributeHasFieldErrorCode("assessmentForm", "instrumentId",
							"outcome.assessment.instrument.unknown"));
			}
			finally {
				jdbc.sql("update instrument set status = 'RETIRED' where id = ?").param(instrument).update();
			}
		}

	}

	@Nested
	class NobodyElseReadsThem {

		@ParameterizedTest
		@ValueSource(strings = { "supervisor", "colleague", "koordinator", "leder", "admin", "auditor" })
		void noOtherRoleReachesAnyCheckInRoute(String who) throws Exception {
			String username = switch (who) {
				case "supervisor" -> supervisor;
				case "colleague" -> otherCoordinator;
				default -> who;
			};
			long id = fixtures.checkIn(peerWorker, today.minusDays(9), 2, 2);
			long before = fixtures.checkIns(peerWorker);
			mvc.perform(get("/checkins").with(as(username))).andExpect(status().isForbidden());
			mvc.perform(get("/checkins/new").with(as(username))).andExpect(status().isForbidden());
			mvc.perform(fixtures.valid(post("/checkins")).with(as(username))).andExpect(status().isForbidden());
			mvc.perform(fixtures.valid(post("/checkins"), "1", "").with(as(username)))
				.andExpect(status().isForbidden());
			mvc.perform(post("/checkins/{id}/delete", id).with(csrf()).with(as(username)))
				.andExpect(status().isForbidden());
			mvc.perform(post("/checkins/{id}/statistics", id).param("counts", "true").with(csrf()).with(as(username)))
				.andExpect(status().isForbidden());
			assertThat(fixtures.checkIns(peerWorker)).isEqualTo(before);
			assertThat(exists(id)).isTrue();
			assertThat(counts(id)).isFalse();
		}

		@ParameterizedTest
		@ValueSource(strings = { "leder", "admin" })
		void theFlagsAreForCoordinatorsOnly(String username) throws Exception {
			mvc.perform(get("/checkins/supervision").with(as(username))).andExpect(status().isForbidden());
		}

		@Test
		void aPeerWorkerSeesNoFlags() throws Exception {
			mvc.perform(get("/checkins/supervision").with(as(peer))).andExpect(status().isForbidden());
		}

	}

	@Nested
	class Flags {

		@Test
		void onlyTheSupervisorSeesThePeerWorkerFlaggedAndNeverTheAnswers() throws Exception {
			String name = "Strained " + fixtures.tag;
			String supervising = fixtures.login("Flag supervisor", Role.COORDINATOR);
			long strained = fixtures.peerWorker("Strained", today.minusYears(1), null, fixtures.userId(supervising));
			fixtures.activity(strained, "SUPERVISION", "HELD", today.minusDays(3), fixtures.userId(supervising));
			fixtures.checkIn(strained, today.minusDays(20), 4, 0);
			fixtures.checkIn(strained, today.minusDays(1), 3, 3);
			mvc.perform(get("/checkins/supervision").with(as(supervising)))
				.andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString(name), containsString("id=\"supervised-" + strained),
						containsString("id=\"flag-rule\""), not(containsString("checkin-table")))));
			mvc.perform(get("/").with(as(supervising)))
				.andExpect(model().attribute("flaggedPeers", 1L))
				.andExpect(content().string(allOf(containsString("id=\"flagged-peers\""),
						containsString("href=\"/checkins/supervision\""))));
			for (String other : new String[] { otherCoordinator, supervisor, "koordinator" }) {
				mvc.perform(get("/checkins/supervision").with(as(other)))
					.andExpect(status().isOk())
					.andExpect(content().string(not(containsString(name))));
			}
			mvc.perform(get("/").with(as(otherCoordinator)))
				.andExpect(model().attribute("flaggedPeers", 0L))
				.andExpect(content().string(not(containsString("id=\"flagged-peers\""))));
		}

		@Test
		void aSupervisorWithNoOneFlaggedSeesTheirPeerWorkersAndNoHomeLink() throws Exception {
			mvc.perform(get("/checkins/supervision").with(as(supervisor)))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("id=\"supervised-" + peerWorker + "\"")));
			mvc.perform(get("/").with(as(supervisor)))
				.andExpect(content().string(not(containsString("id=\"flagged-peers\""))));
		}

	}

	private boolean counts(long checkInId) {
		return jdbc.sql("select statistics_consent from peer_checkin where id = ?")
			.param(checkInId)
			.query(Boolean.class)
			.single();
	}

	private boolean exists(long checkInId) {
		return jdbc.sql("select exists (select 1 from peer_checkin where id = ?)")
			.param(checkInId)
			.query(Boolean.class)
			.single();
	}

	private long audited(long id, String action, String outcome, String actor) {
		return jdbc.sql("""
				select count(*) from audit_event where entity_type = 'PEER_CHECKIN' and entity_id = ?
				and action = ? and outcome = ? and actor_username = ?
				""").params(String.valueOf(id), action, outcome, actor).query(Long.class).single();
	}

	private RequestPostProcessor as(String username) {
		return user(users.loadUserByUsername(username));
	}

}
