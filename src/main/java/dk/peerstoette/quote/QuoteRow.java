package dk.peerstoette.quote;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** A quote as the list query reads it; the recipient id never leaves the service. */
record QuoteRow(long id, QuoteKind kind, String text, LocalDate recordedOn, String organisationName, String unitName,
		@Nullable Long recipientId, long createdBy, boolean connection, boolean hope, boolean identity, boolean meaning,
		boolean empowerment, @Nullable QuoteSpeaker speaker, QuoteLevel level, @Nullable String regionName) {

}
