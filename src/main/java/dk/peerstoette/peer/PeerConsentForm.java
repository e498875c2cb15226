package dk.peerstoette.peer;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

import dk.peerstoette.web.FormProblems;

/** A consent being recorded on a peer worker's page. */
class PeerConsentForm {

	@NotNull
	private @Nullable PeerConsentKind kind = PeerConsentKind.EVALUATION_INTERVIEW;

	private @Nullable LocalDate givenOn;

	private @Nullable LocalDate expiresOn;

	/**
	 * A consent is given on a day that has come, and does not expire before it was given.
	 */
	void check(LocalDate today, FormProblems problems) {
		if (this.givenOn == null) {
			problems.add("givenOn", "peer.consent.givenOn.required");
		}
		else if (this.givenOn.isAfter(today)) {
			problems.add("givenOn", "peer.consent.future");
		}
		else if (this.expiresOn != null && this.expiresOn.isBefore(this.givenOn)) {
			problems.add("expiresOn", "peer.consent.expiryBeforeGiven");
		}
	}

	public @Nullable PeerConsentKind getKind() {
		return this.kind;
	}

	public void setKind(@Nullable PeerConsentKind kind) {
		this.kind = kind;
	}

	public @Nullable LocalDate getGivenOn() {
		return this.givenOn;
	}

	public void setGivenOn(@Nullable LocalDate givenOn) {
		this.givenOn = givenOn;
	}

	public @Nullable LocalDate getExpiresOn() {
		return this.expiresOn;
	}

	public void setExpiresOn(@Nullable LocalDate expiresOn) {
		this.expiresOn = expiresOn;
	}

}
