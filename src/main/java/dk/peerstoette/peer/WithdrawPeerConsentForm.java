package dk.peerstoette.peer;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import dk.peerstoette.web.FormProblems;

/**
 * The withdrawal of one of a peer worker's consents; carries the version that was read.
 */
class WithdrawPeerConsentForm {

	private @Nullable LocalDate withdrawnOn;

	private long version;

	void check(LocalDate today, FormProblems problems) {
		if (this.withdrawnOn == null) {
			problems.add("withdrawnOn", "peer.consent.withdrawnOn.required");
		}
		else if (this.withdrawnOn.isAfter(today)) {
			problems.add("withdrawnOn", "peer.consent.future");
		}
	}

	public @Nullable LocalDate getWithdrawnOn() {
		return this.withdrawnOn;
	}

	public void setWithdrawnOn(@Nullable LocalDate withdrawnOn) {
		this.withdrawnOn = withdrawnOn;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
