package dk.peerstoette.demo;

import java.util.List;

import org.junit.jupiter.api.Test;

import dk.peerstoette.IntegrationTest;
import dk.peerstoette.demo.DemoQuotes.DemoQuote;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo's quotes: every one loaded, in the demo organisations and units, across all
 * five dimensions and the three levels, attributed, some for the demo manager's
 * partnership, linked only to consenting recipients, and loaded once.
 */
@IntegrationTest
class DemoQuotesTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DemoQuotes quotes;

	@Test
	void everyDemoQuoteIsLoadedOnceInItsOrganisationAndUnit() {
		for (DemoQuote quote : DemoQuotes.QUOTES) {
			assertThat(jdbc.sql("""
					select count(*) from quote q join organisation o on o.id = q.organisation_id
					join unit u on u.id = q.unit_id
					where q.text = ? and o.name = ? and u.name = ? and q.kind = ? and q.deleted_at is null
					""")
				.params(quote.text(), quote.organisation(), quote.unit(), quote.kind())
				.query(Long.class)
				.single()).as(quote.text()).isEqualTo(1);
			assertThat(quote.text()).hasSizeLessThanOrEqualTo(500);
		}
		quotes.load();
		assertThat(count("select count(*) from quote where text = '" + DemoQuotes.QUOTES.get(0).text() + "'"))
			.isEqualTo(1);
	}

	@Test
	void theyCoverEveryDimensionAndThePartnershipOfTheDemoManager() {
		assertThat(DemoQuotes.QUOTES).hasSizeGreaterThanOrEqualTo(15);
		for (String dimension : List.of("CONNECTION", "HOPE", "IDENTITY", "MEANING", "EMPOWERMENT")) {
			assertThat(DemoQuotes.QUOTES).as(dimension).anyMatch((quote) -> quote.dimensions().contains(dimension));
		}
		assertThat(DemoQuotes.QUOTES.stream().map(DemoQuote::organisation).distinct()).contains("Københavns Kommune",
				"Aarhus Kommune", "Region Hovedstaden");
		assertThat(DemoQuotes.QUOTES.stream().map(DemoQuote::kind).distinct()).containsExactlyInAnyOrder("QUOTE",
				"OBSERVATION");
	}

	@Test
	void aLinkedDemoQuotesRecipientConsentsToAnonymisedQuotes() {
		List<String> texts = DemoQuotes.QUOTES.stream().filter(DemoQuote::linked).map(DemoQuote::text).toList();
		long linked = 0;
		for (String text : texts) {
			linked += count("select count(*) from quote where recipient_id is not null and text = '" + text + "'");
		}
		assertThat(linked).isPositive();
		assertThat(
				count("""
						select count(*) from quote q join staff_user u on u.id = q.created_by
						where q.recipient_id is not null and u.username in ('koordinator', 'koordinator.aarhus', 'peer', 'peer.aarhus')
						  and not exists (select 1 from consent c where c.recipient_id = q.recipient_id
						      and c.kind = 'ANONYMISED_QUOTES' and c.given_on <= q.recorded_on and c.withdrawn_on is null)
						"""))
			.isZero();
	}

	/**
	 * Attributed as the evaluation did, at all three levels: each with its speaker and
	 * region, a peer worker's or a colleague's with their consent.
	 */
	@Test
	void theyAreAttributedAtAllThreeLevels() {
		List<String> texts = DemoQuotes.QUOTES.stream().map(DemoQuote::text).toList();
		assertThat(jdbc.sql("""
				select distinct q.level from quote q join organisation r on r.id = q.region_id
				where q.text in (:texts) and q.speaker is not null order by q.level
				""").param("texts", texts).query(String.class).list()).containsExactly("ORGANISATION", "PEER_WORKER",
				"RECIPIENT");
		assertThat(jdbc.sql("""
				select count(*) from quote q where q.text in (:texts)
				  and (q.speaker is null or q.region_id is null
				       or (q.speaker in ('PEER_WORKER', 'COLLEAGUE') and q.speaker_consent_on is null))
				""").param("texts", texts).query(Long.class).single()).isZero();
	}

	private long count(String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}

}
