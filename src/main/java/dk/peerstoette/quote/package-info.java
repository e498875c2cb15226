/**
 * Anonymised quotes and observations (citater og observationer), tagged with CHIME
 * dimensions: recorded by a peer worker or coordinator of the organisation, linked to a
 * recipient only where the recipient consents to anonymised quotes, read by managers of
 * the partnership without anything person-level, and handed to reports through
 * {@link dk.peerstoette.quote.QuoteReports}.
 */
@org.jspecify.annotations.NullMarked
package dk.peerstoette.quote;
