package dk.peerstoette.peer;

import org.jspecify.annotations.Nullable;

import dk.peerstoette.partnership.EmploymentForm;
import dk.peerstoette.partnership.PeerRole;

/** The search and filters of the peer worker list, as given in the URL. */
record PeerListQuery(@Nullable String text, @Nullable Long organisationId, @Nullable Long unitId,
		@Nullable PeerStatus status, @Nullable EmploymentForm employmentForm, @Nullable PeerRole peerRole) {

	boolean hasText() {
		return this.text != null && !this.text.isBlank();
	}

	@Override
	public String text() {
		return (this.text != null) ? this.text.strip() : "";
	}

}
