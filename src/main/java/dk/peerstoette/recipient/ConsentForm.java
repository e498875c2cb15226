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

	void check(LocalDate today, FormProblems problems) {
		check(this.givenOn, this.expiresOn, today, "givenOn", "expiresOn", problems);
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

}
