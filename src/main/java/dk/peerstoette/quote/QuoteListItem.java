package dk.peerstoette.quote;

import java.time.LocalDate;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import dk.peerstoette.instrument.ChimeDimension;

/**
 * A line of the quote list. {@code recipient} is the linked recipient's label, only for a
 * reader who may see that recipient; {@code changeable} whether the reader may edit it;
 * speaker and region as the quote is attributed (none for a quote recorded before they
 * were asked).
 */
record QuoteListItem(long id, QuoteKind kind, String text, LocalDate recordedOn, String organisationName,
		String unitName, Set<ChimeDimension> dimensions, @Nullable String recipient, boolean changeable,
		@Nullable QuoteSpeaker speaker, QuoteLevel level, @Nullable String regionName) {

}
