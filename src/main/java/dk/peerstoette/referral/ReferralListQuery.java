package dk.peerstoette.referral;

import org.jspecify.annotations.Nullable;

import dk.peerstoette.audit.SearchCriteria;

/** The search of a referral list: text in the recipient's name, and the status. */
record ReferralListQuery(@Nullable String text, @Nullable ReferralStatus status) {

	boolean isFiltered() {
		return (this.text != null && !this.text.isBlank()) || this.status != null;
	}

	SearchCriteria criteria() {
		return SearchCriteria.of("q", this.text).and("status", this.status);
	}

}
