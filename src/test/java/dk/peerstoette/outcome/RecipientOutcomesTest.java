package dk.peerstoette.outcome;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dk.peerstoette.IntegrationTest;
import dk.peerstoette.TestClock;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A recipient's outcome view on hand-made scores: baseline against the latest score per
 * dimension, the change, and its verdict by the 0.5-point threshold; the trajectory as a
 * table the chart is drawn from; the assessments; and who may see it.
 */
@IntegrationTest
class RecipientOutcomesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	OutcomeFixtures fixtures;

	String tag;

	OutcomeFixtures.Recipient recipient;

	OutcomeFixtures.Recipient unassigned;

	List<Long> assessments;

	@BeforeEach
	void scores() {
		this.fixtures = new OutcomeFixtures(this.jdbc);
		this.tag = OutcomeFixtures.tag();
		long copenhagen = this.fixtures.organisation(OutcomeFixtures.COPENHAGEN);
		long demoPeer = this.fixtures.peerWorkerOfUser("peer", copenhagen);
		this.recipient = this.fixtures.measured(copenhagen, "Outcome " + this.tag);
		LocalDate start = TestClock.today().minusMonths(7);
		long course = this.fixtures.course(copenhagen, start, TestClock.today().plusMonths(2), null,
				this.recipient.id(), List.of(demoPeer));
		// Connection, hope, identity, meaning, empowerment.
		long baseline = this.fixtures.assessment(this.recipient.id(), course, Timepoint.BASELINE, start, true,
				d("1.00"), d("2.00"), d("2.50"), d("3.00"), null);
		long month3 = this.fixtures.assessment(this.recipient.id(), course, Timepoint.MONTH_3, start.plusMonths(3),
				true, d("1.50"), d("2.20"), d("2.00"), d("3.50"), d("1.90"));
		long month6 = this.fixtures.assessment(this.recipient.id(), course, Timepoint.MONTH_6, start.plusMonths(6),
				true, d("2.00"), d("2.40"), d("2.00"), null, d("2.50"));
		long started = this.fixtures.assessment(this.recipient.id(), course, Timepoint.AD_HOC,
				TestClock.today().minusDays(1), false);
		this.assessments = List.of(baseline, month3, month6, started);
		this.unassigned = this.fixtures.measured(copenhagen, "Unassigned " + this.tag);
		this.fixtures.course(copenhagen, start, null, null, this.unassigned.id(), List.of());
	}

	@Test
	void eachDimensionComparesBaselineWithItsLatestScoreByTheStatedThreshold() throws Exception {
		Document page = page(this.recipient.id(), "koordinator", "en");
		// Connection 1.00 -> 2.00 (6 months): +1.00, improved.
		assertChange(page, "CONNECTION", "1.00", "IMPROVED");
		// Hope 2.00 -> 2.40: +0.40, less than the threshold.
		assertChange(page, "HOPE", "0.40", "UNCHANGED");
		// Identity 2.50 -> 2.00: exactly the threshold down.
		assertChange(page, "IDENTITY", "-0.50", "DECLINED");
		// Meaning 3.00 -> 3.50 at 3 months, none at 6: its latest is the 3-month score.
		assertChange(page, "MEANING", "0.50", "IMPROVED");
		Element meaning = page.selectFirst("#change-table tr[data-dimension=MEANING]");
		assertThat(meaning.text()).contains("3.00").contains("3.50").contains("+0.50");
		// Empowerment has no baseline score: nothing to compare.
		Element empowerment = page.selectFirst("#change-table tr[data-dimension=EMPOWERMENT]");
		assertThat(empowerment.select("[data-change]")).isEmpty();
		assertThat(empowerment.attr("data-dimension")).isEqualTo("EMPOWERMENT");
		assertThat(page.selectFirst("#threshold").text()).contains("0.5 points");
	}

	@Test
	void theThresholdIsStatedInTheLanguageOfThePage() throws Exception {
		assertThat(page(this.recipient.id(), "koordinator", "da").selectFirst("#threshold").text()).contains("0,5");
	}

	@Test
	void theTrajectoryTableHoldsTheChartsFiguresInOrder() throws Exception {
		Document page = page(this.recipient.id(), "peer", "en");
		List<Element> rows = page.select("#trajectory-table tbody tr");
		assertThat(rows).hasSize(3);
		assertThat(rows.stream().map((row) -> row.selectFirst("td[data-dimension=CONNECTION]").attr("data-value")))
			.containsExactly("1.00", "1.50", "2.00");
		assertThat(rows.get(2).selectFirst("td[data-dimension=MEANING]").attr("data-value")).isEmpty();
		Element canvas = page.selectFirst("canvas[data-outcome-chart=trajectory-table]");
		assertThat(canvas.attr("data-scale-min")).isEqualTo("0");
		assertThat(canvas.attr("data-scale-max")).isEqualTo("4");
		assertThat(page.select("script[src]").eachAttr("src")).anyMatch((src) -> src.contains("outcome-chart"))
			.anyMatch((src) -> src.contains("chart.umd.min.js"));
		assertThat(page.select("script:not([src])")).isEmpty();
	}

	@Test
	void everyAssessmentIsListedWithALinkToIt() throws Exception {
		Document page = page(this.recipient.id(), "koordinator", "en");
		for (long id : this.assessments) {
			assertThat(page.select("a[href=/outcomes/assessments/" + id + "]")).hasSize(1);
		}
	}

	@Test
	void theRecipientsPageLinksToTheOutcomeViewAndToStartAnAssessment() throws Exception {
		String html = this.mvc.perform(get("/recipients/{id}", this.recipient.id()).with(as("koordinator")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Document page = Jsoup.parse(html);
		assertThat(page.select("#chime a[href=/outcomes/recipients/" + this.recipient.id() + "]")).hasSize(1);
		// Starting goes through what is due, where each start link names the course and
		// timepoint.
		assertThat(page.select("#chime a[href=/outcomes/recipients/" + this.recipient.id() + "#due]")).hasSize(1);
		long copenhagen = this.fixtures.organisation(OutcomeFixtures.COPENHAGEN);
		OutcomeFixtures.Recipient without = this.fixtures.recipient(copenhagen, "Without " + this.tag);
		Document other = Jsoup.parse(this.mvc.perform(get("/recipients/{id}", without.id()).with(as("koordinator")))
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(other.select("#chime a[href$=#due]")).isEmpty();
	}

	@Nested
	class Scope {

		@ParameterizedTest(name = "{0}: assigned {1}, unassigned {2}")
		@CsvSource({ "koordinator, 200, 200", "peer, 200, 404", "koordinator.aarhus, 404, 404", "peer.aarhus, 404, 404",
				"admin, 404, 404", "leder, 404, 404" })
		void theViewIsShownOnlyInScopeAndEveryAttemptIsAudited(String username, int assigned, int unassigned)
				throws Exception {
			expect(username, RecipientOutcomesTest.this.recipient.id(), assigned);
			expect(username, RecipientOutcomesTest.this.unassigned.id(), unassigned);
		}

		private void expect(String username, long recipientId, int status) throws Exception {
			RecipientOutcomesTest.this.mvc.perform(get("/outcomes/recipients/{id}", recipientId).with(as(username)))
				.andExpect(status().is(status));
			String outcome = (status == 200) ? "SUCCESS" : "DENIED";
			assertThat(RecipientOutcomesTest.this.jdbc.sql("""
					select count(*) from audit_event where entity_type = 'RECIPIENT' and entity_id = ?
					and actor_username = ? and action = 'READ' and outcome = ?
					and detail = case when ? = 'SUCCESS' then 'VIEW=OUTCOMES' else 'REASON=OUT_OF_SCOPE' end
					""").params(String.valueOf(recipientId), username, outcome, outcome).query(Integer.class).single())
				.as("%s reads %d", username, recipientId)
				.isEqualTo(1);
		}

	}

	private static void assertChange(Document page, String dimension, String difference, String change) {
		Element row = page.selectFirst("#change-table tr[data-dimension=" + dimension + "]");
		assertThat(row).as(dimension).isNotNull();
		assertThat(row.selectFirst("[data-difference]").attr("data-difference")).as(dimension).isEqualTo(difference);
		assertThat(row.selectFirst("[data-change]").attr("data-change")).as(dimension).isEqualTo(change);
	}

	private Document page(long recipientId, String username, String language) throws Exception {
		String html = this.mvc
			.perform(get("/outcomes/recipients/{id}", recipientId).param("lang", language).with(as(username)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return Jsoup.parse(html);
	}

	private static BigDecimal d(String value) {
		return new BigDecimal(value);
	}

	private RequestPostProcessor as(String username) {
		return user(this.users.loadUserByUsername(username));
	}

}
