package dk.peerstoette.recipient;

import java.time.LocalDate;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/** A consent as the recipient's page shows it, with its state today. */
record ConsentView(long id, ConsentKind kind, LocalDate givenOn, ConsentMethod method, @Nullable LocalDate expiresOn,
		@Nullable LocalDate withdrawnOn, ConsentState state, long version) {

	static ConsentView of(Consent consent, LocalDate today) {
		return new ConsentView(Objects.requireNonNull(consent.getId()), consent.getKind(), consent.getGivenOn(),
				consent.getMethod(), consent.getExpiresOn(), consent.getWithdrawnOn(), consent.stateOn(today),
				consent.getVersion());
	}

	public boolean isWithdrawn() {
		return this.withdrawnOn != null;
	}

}
