package dk.peerstoette.peer;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A peer worker's consent as their page shows it: whether it holds today, and the version
 * a withdrawal must carry.
 */
record PeerConsentRow(long id, PeerConsentKind kind, LocalDate givenOn, @Nullable LocalDate expiresOn,
		@Nullable LocalDate withdrawnOn, boolean holds, long version) {

	public boolean isWithdrawn() {
		return this.withdrawnOn != null;
	}

}
