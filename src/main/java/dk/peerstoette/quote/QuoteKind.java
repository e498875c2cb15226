package dk.peerstoette.quote;

/**
 * A person's own words, or what staff saw happen; labels are {@code quote.kind.<NAME>}.
 */
public enum QuoteKind {

	QUOTE, OBSERVATION

}
