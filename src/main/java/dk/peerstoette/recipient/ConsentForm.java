package dk.peerstoette.recipient;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

import dk.peerstoette.web.FormProblems;

/** A consent being added on the recipient's page. */
class ConsentForm {

	@NotNull
	private @Nullable ConsentKind kind;

	private @Nullable LocalDate givenOn;

	@NotNull
	private @Nullable ConsentMethod method;

	private @Nullable LocalDate expiresOn;

	/** The organisation a consent to sharing names; ignored for any other kind. */
	private @Nullable Long partnerOrganisationId;

	void check(LocalDate today, FormProblems problems) {
		check(this.givenOn, this.expiresOn, today, "givenOn", "expiresOn", problems);
		if (this.kind == ConsentKind.PARTNER_SHARING && this.partnerOrganisationId == null) {
			problems.add("partnerOrganisationId", "recipient.consent.partner.required");
		}
	}

	/**
	 * A consent is given on a day that has come, and does not expire before it was given.
	 */
	static void check(@Nullable LocalDate givenOn, @Nullable LocalDate expiresOn, LocalDate today, String givenField,
			String expiryField, FormProblems problems) {
		if (givenOn == null) {
			problems.add(givenField, "recipient.date.required");
		}
		else if (givenOn.isAfter(today)) {
			problems.add(givenField, "recipient.date.future");
		}
		else if (expiresOn != null && expiresOn.isBefore(givenOn)) {
			problems.add(expiryField, "recipient.consent.expiryBeforeGiven");
		}
	}

	public @Nullable ConsentKind getKind() {
		return this.kind;
	}

	public void setKind(@Nullable ConsentKind kind) {
		this.kind = kind;
	}

	public @Nullable LocalDate getGivenOn() {
		return this.givenOn;
	}

	public void setGivenOn(@Nullable LocalDate givenOn) {
		this.givenOn = givenOn;
	}

	public @Nullable ConsentMethod getMethod() {
		return this.method;
	}

	public void setMethod(@Nullable ConsentMethod method) {
		this.method = method;
	}

	public @Nullable LocalDate getExpiresOn() {
		return this.expiresOn;
	}

	public void setExpiresOn(@Nullable LocalDate expiresOn) {
		this.expiresOn = expiresOn;
	}

	public @Nullable Long getPartnerOrganisationId() {
		return this.partnerOrganisationId;
	}

	public void setPartnerOrganisationId(@Nullable Long partnerOrganisationId) {
		this.partnerOrganisationId = partnerOrganisationId;
	}

}
