package dk.peerstoette.recipient;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * A consent as the recipient's page shows it, with its state today and, for a consent to
 * sharing, the organisation it names.
 */
record ConsentView(long id, ConsentKind kind, LocalDate givenOn, ConsentMethod method, @Nullable LocalDate expiresOn,
		@Nullable LocalDate withdrawnOn, ConsentState state, long version, @Nullable String partnerOrganisationName) {

	static ConsentView of(Consent consent, LocalDate today, Map<Long, String> organisationNames) {
		Long partner = consent.getPartnerOrganisationId();
		return new ConsentView(Objects.requireNonNull(consent.getId()), consent.getKind(), consent.getGivenOn(),
				consent.getMethod(), consent.getExpiresOn(), consent.getWithdrawnOn(), consent.stateOn(today),
				consent.getVersion(), (partner != null) ? organisationNames.get(partner) : null);
	}

	public boolean isWithdrawn() {
		return this.withdrawnOn != null;
	}

}
