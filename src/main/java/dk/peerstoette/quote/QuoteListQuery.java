package dk.peerstoette.quote;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import dk.peerstoette.audit.SearchCriteria;
import dk.peerstoette.instrument.ChimeDimension;

/** The search and filters of the quote list, as given in the URL. */
record QuoteListQuery(@Nullable String text, @Nullable ChimeDimension dimension, @Nullable QuoteKind kind,
		@Nullable LocalDate from, @Nullable LocalDate to, @Nullable Long unitId, @Nullable QuoteLevel level) {

	@Override
	public String text() {
		return (this.text != null) ? this.text.strip() : "";
	}

	/** The search and filters with their values, as the access log keeps a search. */
	SearchCriteria criteria() {
		return SearchCriteria.of("q", this.text)
			.and("dimension", this.dimension)
			.and("kind", this.kind)
			.and("from", this.from)
			.and("to", this.to)
			.and("unit", this.unitId)
			.and("level", this.level);
	}

	boolean isFiltered() {
		return !text().isEmpty() || this.dimension != null || this.kind != null || this.from != null || this.to != null
				|| this.unitId != null || this.level != null;
	}

}
