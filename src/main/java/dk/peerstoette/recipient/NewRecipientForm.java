package dk.peerstoette.recipient;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

import dk.peerstoette.web.FormProblems;

/**
 * The coordinator's form for a new recipient, with the consent to registration that must
 * come with it.
 */
class NewRecipientForm extends RecipientFields {

	private @Nullable LocalDate consentGivenOn;

	@NotNull
	private @Nullable ConsentMethod consentMethod;

	private @Nullable LocalDate consentExpiresOn;

	@Override
	void check(LocalDate today, FormProblems problems) {
		super.check(today, problems);
		ConsentForm.check(this.consentGivenOn, this.consentExpiresOn, today, "consentGivenOn", "consentExpiresOn",
				problems);
	}

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
