package dk.peerstoette.contact;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import dk.peerstoette.audit.SearchCriteria;

/** The filters of the contact list, as given in the URL. */
record ContactListQuery(@Nullable LocalDate from, @Nullable LocalDate to, @Nullable Long peerWorkerId,
		@Nullable Long unitId, @Nullable ContactKind kind, @Nullable String recipientNumber) {

	/** The internal number as stored (upper case), or null when none was given. */
	@Nullable String number() {
		return (this.recipientNumber == null || this.recipientNumber.isBlank()) ? null
				: this.recipientNumber.strip().toUpperCase(Locale.ROOT);
	}

	/** The names of the filters in use, for the audit log's detail. */
	List<String> filterNames() {
		List<String> names = new ArrayList<>();
		if (this.from != null) {
			names.add("from");
		}
		if (this.to != null) {
			names.add("to");
		}
		if (this.peerWorkerId != null) {
			names.add("peerWorker");
		}
		if (this.unitId != null) {
			names.add("unit");
		}
		if (this.kind != null) {
			names.add("kind");
		}
		if (number() != null) {
			names.add("recipient");
		}
		return names;
	}

	/** The filters with their values, as the access log keeps a search. */
	SearchCriteria criteria() {
		return SearchCriteria.of("from", this.from)
			.and("to", this.to)
			.and("peerWorker", this.peerWorkerId)
			.and("unit", this.unitId)
			.and("kind", this.kind)
			.and("recipient", number());
	}

	boolean isFiltered() {
		return !filterNames().isEmpty();
	}

}
