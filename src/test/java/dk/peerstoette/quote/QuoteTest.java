package dk.peerstoette.quote;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import dk.peerstoette.instrument.ChimeDimension;

import static dk.peerstoette.web.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

/** A quote is deleted once, and a deleted quote changes no more. */
class QuoteTest {

	private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");

	private static final QuoteContent CONTENT = content(QuoteKind.QUOTE, "Jeg tør igen", Set.of(ChimeDimension.HOPE));

	private final Quote quote = new Quote(1, 5, CONTENT, NOW);

	@Test
	void isChangedAndDeleted() {
		assertThat(
				this.quote.describe(content(QuoteKind.QUOTE, "Jeg tør igen, nu", Set.of(ChimeDimension.HOPE)), 5, NOW))
			.containsExactly("text");
		this.quote.delete(6, NOW);
		assertThat(this.quote.isDeleted()).isTrue();
	}

	@Nested
	class Refused {

		@Test
		void deletingTwice() {
			quote.delete(6, NOW);
			assertRefused("quote.deleted.refused", () -> quote.delete(7, NOW));
		}

		@Test
		void changingADeletedQuote() {
			quote.delete(6, NOW);
			assertRefused("quote.deleted.refused",
					() -> quote.describe(content(QuoteKind.OBSERVATION, "Ændret", Set.of()), 5, NOW));
			assertThat(quote.getKind()).isEqualTo(QuoteKind.QUOTE);
			assertThat(quote.getText()).isEqualTo("Jeg tør igen");
		}

		@Test
		void aPeerWorkersWordsWithoutTheirConsent() {
			assertRefused("quote.speakerConsent.required", () -> quote.describe(
					new QuoteContent(QuoteKind.QUOTE, "Jeg tør igen", 2, null, LocalDate.of(2026, 3, 1),
							Set.of(ChimeDimension.HOPE), QuoteSpeaker.PEER_WORKER, QuoteLevel.PEER_WORKER, 9, null),
					5, NOW));
			assertThat(quote.getSpeaker()).isEqualTo(QuoteSpeaker.RECIPIENT);
		}

	}

	@Test
	void aColleaguesConsentIsRecordedWithWhoNotedItAndDroppedForARecipient() {
		LocalDate given = LocalDate.of(2026, 2, 27);
		assertThat(this.quote.describe(
				new QuoteContent(QuoteKind.QUOTE, "Jeg tør igen", 2, null, LocalDate.of(2026, 3, 1),
						Set.of(ChimeDimension.HOPE), QuoteSpeaker.COLLEAGUE, QuoteLevel.ORGANISATION, 9, given),
				6, NOW))
			.containsExactly("speaker", "level", "speakerConsent");
		assertThat(this.quote.getSpeakerConsentOn()).isEqualTo(given);
		assertThat(this.quote.describe(CONTENT, 6, NOW)).containsExactly("speaker", "level", "speakerConsent");
		assertThat(this.quote.getSpeakerConsentOn()).isNull();
	}

	private static QuoteContent content(QuoteKind kind, String text, Set<ChimeDimension> dimensions) {
		return new QuoteContent(kind, text, 2, null, LocalDate.of(2026, 3, 1), dimensions, QuoteSpeaker.RECIPIENT,
				QuoteLevel.RECIPIENT, 9, null);
	}

}
