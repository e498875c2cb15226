package dk.peerstoette.referral;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import dk.peerstoette.recipient.ConsentMethod;

/**
 * The registration of a referred recipient in the receiving organisation: their consent
 * to registration here, which the consent to sharing is not. The recipient module checks
 * it.
 */
class RegisterForm {

	private @Nullable LocalDate consentGivenOn;

	private @Nullable ConsentMethod consentMethod;

	private @Nullable LocalDate consentExpiresOn;

	public @Nullable LocalDate getConsentGivenOn() {
		return this.consentGivenOn;
	}

	public void setConsentGivenOn(@Nullable LocalDate consentGivenOn) {
		this.consentGivenOn = consentGivenOn;
	}

	public @Nullable ConsentMethod getConsentMethod() {
		return this.consentMethod;
	}

	public void setConsentMethod(@Nullable ConsentMethod consentMethod) {
		this.consentMethod = consentMethod;
	}

	public @Nullable LocalDate getConsentExpiresOn() {
		return this.consentExpiresOn;
	}

	public void setConsentExpiresOn(@Nullable LocalDate consentExpiresOn) {
		this.consentExpiresOn = consentExpiresOn;
	}

}
