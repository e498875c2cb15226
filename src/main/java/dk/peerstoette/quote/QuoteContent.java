package dk.peerstoette.quote;

import java.time.LocalDate;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import dk.peerstoette.instrument.ChimeDimension;

/**
 * What a quote says, once the form's values have been checked: the consent day is there
 * for a speaker whose words need their consent, and none for any other.
 */
record QuoteContent(QuoteKind kind, String text, long unitId, @Nullable Long recipientId, LocalDate recordedOn,
		Set<ChimeDimension> dimensions, QuoteSpeaker speaker, QuoteLevel level, long regionId,
		@Nullable LocalDate speakerConsentOn) {

}
