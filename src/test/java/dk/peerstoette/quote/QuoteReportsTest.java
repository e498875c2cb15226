package dk.peerstoette.quote;

import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import dk.peerstoette.IntegrationTest;
import dk.peerstoette.TestClock;
import dk.peerstoette.instrument.ChimeDimension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

import static dk.peerstoette.quote.QuoteFixtures.AARHUS;
import static dk.peerstoette.quote.QuoteFixtures.COPENHAGEN;
import static dk.peerstoette.quote.QuoteFixtures.REGION;
import static dk.peerstoette.quote.QuoteFixtures.tag;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reports' quotes: the organisations and the period asked for, newest first, by
 * dimension, up to the limit; never deleted ones, never those whose recipient withdrew
 * the consent, and never a recipient. The quotes lie in 2011, where neither the demo nor
 * other tests put any.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QuoteReportsTest {

	static final LocalDate FROM = LocalDate.of(2011, 1, 1);

	static final LocalDate TO = LocalDate.of(2011, 12, 31);

	@Autowired
	QuoteReports reports;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	QuoteFixtures data;

	String tag;

	List<Long> organisations;

	@BeforeAll
	void quotes() {
		data = new QuoteFixtures(jdbc, users);
		tag = tag();
		organisations = List.of(data.organisation(COPENHAGEN), data.organisation(REGION));
		QuoteFixtures.Recipient consenting = data.consenting(COPENHAGEN, "Alias " + tag + " yes");
		QuoteFixtures.Recipient withdrawn = data.recipient(COPENHAGEN, "Alias " + tag + " no");
		data.consent(withdrawn.id(), "ANONYMISED_QUOTES", LocalDate.of(2010, 1, 1), TestClock.today().minusDays(1));
		data.quote(COPENHAGEN, "QUOTE", tag + " march", LocalDate.of(2011, 3, 1), "HOPE,MEANING", consenting.id());
		data.quote(REGION, "OBSERVATION", tag + " june", LocalDate.of(2011, 6, 1), "CONNECTION", null);
		data.quote(COPENHAGEN, "QUOTE", tag + " september", LocalDate.of(2011, 9, 1), "HOPE", null);
		data.quote(COPENHAGEN, "QUOTE", tag + " withdrawn", LocalDate.of(2011, 10, 1), "HOPE", withdrawn.id());
		long deleted = data.quote(COPENHAGEN, "QUOTE", tag + " deleted", LocalDate.of(2011, 11, 1), "HOPE", null);
		jdbc.sql("update quote set deleted_at = now(), deleted_by = created_by where id = ?").param(deleted).update();
		data.quote(AARHUS, "QUOTE", tag + " aarhus", LocalDate.of(2011, 5, 1), "HOPE", null);
		data.quote(COPENHAGEN, "QUOTE", tag + " 2012", LocalDate.of(2012, 1, 1), "HOPE", null);
		// 2010: one year of all three levels, attributed.
		data.quote(COPENHAGEN, "QUOTE", tag + " 2010 recipient old", LocalDate.of(2010, 2, 1), "HOPE", null);
		data.quote(COPENHAGEN, "QUOTE", tag + " 2010 recipient", LocalDate.of(2010, 3, 1), "HOPE", null);
		attribute(data.quote(COPENHAGEN, "QUOTE", tag + " 2010 peer", LocalDate.of(2010, 4, 1), "MEANING", null),
				"RELATIVE", "PEER_WORKER");
		attribute(
				data.quote(COPENHAGEN, "QUOTE", tag + " 2010 organisation", LocalDate.of(2010, 5, 1), "IDENTITY", null),
				"MANAGER", "ORGANISATION");
	}

	private void attribute(long quote, String speaker, String level) {
		jdbc.sql("update quote set speaker = ?, level = ?, region_id = ? where id = ?")
			.params(speaker, level, data.organisation(REGION), quote)
			.update();
	}

	/**
	 * A report lists each level apart, in the evaluation's order, and one level can be
	 * asked for alone; each quote with its attribution.
	 */
	@Test
	void groupedByLevelOrOfOneLevelWithTheirAttribution() {
		LocalDate from = LocalDate.of(2010, 1, 1);
		LocalDate to = LocalDate.of(2010, 12, 31);
		assertThat(reports.quotes(organisations, from, to, null, null, 1)).extracting(ReportedQuote::text)
			.containsExactly(tag + " 2010 recipient", tag + " 2010 peer", tag + " 2010 organisation");
		List<ReportedQuote> organisation = reports.quotes(organisations, from, to, null, QuoteLevel.ORGANISATION, 10);
		assertThat(organisation).extracting(ReportedQuote::text).containsExactly(tag + " 2010 organisation");
		assertThat(organisation.get(0).speaker()).isEqualTo(QuoteSpeaker.MANAGER);
		assertThat(organisation.get(0).regionName()).isEqualTo(REGION);
		assertThat(reports.quotes(organisations, from, to, ChimeDimension.HOPE, QuoteLevel.RECIPIENT, 10))
			.extracting(ReportedQuote::text)
			.containsExactly(tag + " 2010 recipient", tag + " 2010 recipient old");
	}

	@Test
	void theOrganisationsQuotesOfThePeriodNewestFirst() {
		List<ReportedQuote> quotes = reports.quotes(organisations, FROM, TO, null, null, 10);
		assertThat(quotes).extracting(ReportedQuote::text)
			.containsExactly(tag + " september", tag + " june", tag + " march");
		assertThat(quotes.get(1)).isEqualTo(new ReportedQuote(QuoteKind.OBSERVATION, tag + " june",
				LocalDate.of(2011, 6, 1), REGION, Set.of(ChimeDimension.CONNECTION), null, QuoteLevel.RECIPIENT, null));
		assertThat(quotes.get(2).dimensions()).containsExactlyInAnyOrder(ChimeDimension.HOPE, ChimeDimension.MEANING);
		assertThat(quotes.get(2).organisationName()).isEqualTo(COPENHAGEN);
	}

	@Test
	void byDimensionAndUpToTheLimit() {
		assertThat(reports.quotes(organisations, FROM, TO, ChimeDimension.HOPE, null, 10))
			.extracting(ReportedQuote::text)
			.containsExactly(tag + " september", tag + " march");
		assertThat(reports.quotes(organisations, FROM, TO, ChimeDimension.MEANING, null, 10))
			.extracting(ReportedQuote::text)
			.containsExactly(tag + " march");
		assertThat(reports.quotes(organisations, FROM, TO, ChimeDimension.EMPOWERMENT, null, 10)).isEmpty();
		assertThat(reports.quotes(organisations, FROM, TO, null, null, 2)).extracting(ReportedQuote::text)
			.containsExactly(tag + " september", tag + " june");
	}

	@Test
	void thePeriodIncludesBothEnds() {
		assertThat(reports.quotes(organisations, LocalDate.of(2011, 6, 1), LocalDate.of(2011, 9, 1), null, null, 10))
			.extracting(ReportedQuote::text)
			.containsExactly(tag + " september", tag + " june");
	}

	@Test
	void nothingForNoOrganisationsOrAnEmptyPeriod() {
		assertThat(reports.quotes(List.of(), FROM, TO, null, null, 10)).isEmpty();
		assertThat(reports.quotes(organisations, TO, FROM, null, null, 10)).isEmpty();
		assertThat(reports.quotes(organisations, FROM, TO, null, null, 0)).isEmpty();
	}

	@Test
	void aReportedQuoteCarriesNoRecipient() {
		assertThat(Arrays.stream(ReportedQuote.class.getRecordComponents()).map(RecordComponent::getName))
			.containsExactly("kind", "text", "recordedOn", "organisationName", "dimensions", "speaker", "level",
					"regionName");
	}

}
