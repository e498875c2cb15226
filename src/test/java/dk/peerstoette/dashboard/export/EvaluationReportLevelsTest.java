package dk.peerstoette.dashboard.export;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import dk.peerstoette.IntegrationTest;
import dk.peerstoette.TestClock;
import dk.peerstoette.TestProgramme;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The evaluation report at the national evaluation's three levels: the recipients' CHIME
 * chapters hold only what was said of recipients; the peer workers' chapter their own
 * outcomes and what was said of them; the organisations' chapter the staff survey's
 * closed rounds with enough answers; and a methods section with the periods, the pairs,
 * the suppression rule and the instruments. On the demo programme, for this year.
 */
@IntegrationTest
class EvaluationReportLevelsTest {

	private static final LocalDate TODAY = TestClock.today();

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	@Test
	void theReportHasAChapterForEachLevelAndAMethodsSection() throws Exception {
		TestProgramme data = new TestProgramme(this.jdbc) {
		};
		String tag = TestProgramme.tag();
		long copenhagen = data.organisation(TestProgramme.COPENHAGEN);
		String peerWords = "Jeg har fået et sprog for min egen recovery " + tag;
		String organisationWords = "Vi taler anderledes om borgerne nu " + tag;
		quote(copenhagen, data.unit(copenhagen), peerWords, "PEER_WORKER", "PEER_WORKER", data.userId("koordinator"));
		quote(copenhagen, data.unit(copenhagen), organisationWords, "ORGANISATION", "MANAGER",
				data.userId("koordinator"));

		Document report = report("leder");

		assertThat(report.select("section.chapter > h2").eachText()).containsSubsequence(
				"Effekter for peer-støttemodtagerne", "Forbundethed", "Effekter for peer-medarbejderne",
				"Effekter for organisationerne", "Metode");
		// Each level's words in its own chapter, and not among the recipients'.
		assertThat(report.select("section.chime").text()).doesNotContain(peerWords).doesNotContain(organisationWords);
		assertThat(report.select("section#peer-workers blockquote").text()).contains(peerWords)
			.doesNotContain(organisationWords);
		assertThat(report.select("section#organisations blockquote").text()).contains(organisationWords);
		// The peer workers' own outcomes and how their peer work ended.
		assertThat(report.select("section#peer-workers caption").eachText())
			.anyMatch((caption) -> caption.startsWith("Peer-medarbejdernes egne mål"));
		// The demo unit's two closed rounds of ten answers (and any other test's), the
		// second compared with the first.
		assertThat(report.select("section#organisations caption").eachText()).hasSizeGreaterThanOrEqualTo(2)
			.allMatch((caption) -> caption.startsWith("Personaleundersøgelse: "));
		assertThat(report.select("section#organisations table").text()).containsPattern("[+−-][0-9],[0-9]{2}");
		String methods = report.select("section#methods").text();
		assertThat(methods)
			.contains("Målepar, modtagere", "Målepar, peer-medarbejdere", "færre end 5 personer", "CHIME-10",
					"CHECKIN-7", "STAFF-10")
			.containsPattern("[0-9]+ runder lukket i perioden");
	}

	@Test
	void aRoundWithFourAnswersAndAnotherOrganisationsRoundsStayOut() throws Exception {
		TestProgramme data = new TestProgramme(this.jdbc) {
		};
		long unit = data.unit(data.organisation(TestProgramme.AARHUS));
		long round = this.jdbc.sql("""
				insert into staff_survey_round (unit_id, number, instrument_id, opened_on, closed_on, links_created)
				values (?, (select coalesce(max(number), 0) + 1 from staff_survey_round where unit_id = ?),
				    (select id from instrument where code = 'STAFF-10' order by version_number desc limit 1), ?, ?, 4)
				returning id
				""").params(unit, unit, TODAY.minusDays(3), TODAY.minusDays(1)).query(Long.class).single();
		for (int i = 0; i < 4; i++) {
			this.jdbc.sql("""
					with answer as (insert into staff_survey_answer (round_id) values (?) returning id)
					insert into staff_survey_answer_item (answer_id, item_id, value)
					select answer.id, item.id, 3 from answer, instrument_item item
					where item.instrument_id = (select instrument_id from staff_survey_round where id = ?)
					""").params(round, round).update();
		}
		Document aarhus = report("koordinator.aarhus");
		assertThat(aarhus.select("section#organisations caption")).isEmpty();
		assertThat(aarhus.select("section#organisations").text())
			.contains("Ingen runde i personaleundersøgelsen blev lukket med nok svar i perioden");
		// The round is counted in the methods, its figures are not shown anywhere.
		assertThat(aarhus.select("section#methods").text()).contains("1 runde lukket i perioden, heraf 0");
		assertThat(aarhus.select("section#organisations table")).isEmpty();
	}

	private Document report(String username) throws Exception {
		MockHttpServletRequestBuilder request = get("/dashboard/report").param("period", "YEAR")
			.param("year", String.valueOf(TODAY.getYear()))
			.with(user(this.users.loadUserByUsername(username)));
		byte[] body = this.mvc.perform(request)
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		return Jsoup.parse(new String(body, StandardCharsets.UTF_8));
	}

	private void quote(long organisation, long unit, String text, String level, String speaker, long by) {
		this.jdbc.sql("""
				insert into quote (kind, text, organisation_id, unit_id, recorded_on, chime_hope, created_by, level,
				    speaker, speaker_consent_on, speaker_consent_by, speaker_consent_at)
				values ('QUOTE', ?, ?, ?, ?, true, ?, ?, ?, ?, ?, now())
				""").params(text, organisation, unit, TODAY, by, level, speaker, TODAY, by).update();
	}

}
