package dk.peerstoette.recipient;

import java.time.LocalDate;
import java.util.Objects;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import dk.peerstoette.web.CprNumbers;
import dk.peerstoette.web.FormProblems;

/**
 * The recipient's details, shared by the new and the edit form. Rules that need no
 * database are here; the service checks them with its own.
 */
abstract class RecipientFields {

	static final int FIRST_BIRTH_YEAR = 1900;

	@NotBlank
	@Size(max = 60)
	private String alias = "";

	@Size(max = 60)
	private String externalReference = "";

	private @Nullable Integer birthYear;

	@NotNull
	private @Nullable Gender gender = Gender.NOT_STATED;

	@NotNull
	private @Nullable Long unitId;

	@NotNull
	private @Nullable Long targetGroupId;

	private @Nullable LocalDate referralDate;

	private @Nullable Long referralSourceId;

	/** Finds what breaks the rules that need no database, on the given day. */
	void check(LocalDate today, FormProblems problems) {
		if (CprNumbers.appearsIn(this.alias)) {
			problems.add("alias", "recipient.alias.cprLike");
		}
		if (CprNumbers.appearsIn(this.externalReference)) {
			problems.add("externalReference", "recipient.externalReference.cprLike");
		}
		if (this.birthYear != null && (this.birthYear < FIRST_BIRTH_YEAR || this.birthYear > today.getYear())) {
			problems.add("birthYear", "recipient.birthYear.range");
		}
		if (this.referralDate != null && this.referralDate.isAfter(today)) {
			problems.add("referralDate", "recipient.date.future");
		}
	}

	/** The details, trimmed; only for a form that passed validation. */
	RecipientDescription description() {
		String reference = this.externalReference.strip();
		return new RecipientDescription(this.alias.strip(), reference.isEmpty() ? null : reference, this.birthYear,
				Objects.requireNonNull(this.gender), Objects.requireNonNull(this.unitId),
				Objects.requireNonNull(this.targetGroupId), this.referralDate, this.referralSourceId);
	}

	void fill(RecipientView recipient) {
		this.alias = recipient.alias();
		this.externalReference = Objects.requireNonNullElse(recipient.externalReference(), "");
		this.birthYear = recipient.birthYear();
		this.gender = recipient.gender();
		this.unitId = recipient.unitId();
		this.targetGroupId = recipient.targetGroupId();
		this.referralDate = recipient.referralDate();
		this.referralSourceId = recipient.referralSourceId();
	}

	public String getAlias() {
		return this.alias;
	}

	public void setAlias(String alias) {
		this.alias = alias;
	}

	public String getExternalReference() {
		return this.externalReference;
	}

	public void setExternalReference(String externalReference) {
		this.externalReference = externalReference;
	}

	public @Nullable Integer getBirthYear() {
		return this.birthYear;
	}

	public void setBirthYear(@Nullable Integer birthYear) {
		this.birthYear = birthYear;
	}

	public @Nullable Gender getGender() {
		return this.gender;
	}

	public void setGender(@Nullable Gender gender) {
		this.gender = gender;
	}

	public @Nullable Long getUnitId() {
		return this.unitId;
	}

	public void setUnitId(@Nullable Long unitId) {
		this.unitId = unitId;
	}

	public @Nullable Long getTargetGroupId() {
		return this.targetGroupId;
	}

	public void setTargetGroupId(@Nullable Long targetGroupId) {
		this.targetGroupId = targetGroupId;
	}

	public @Nullable LocalDate getReferralDate() {
		return this.referralDate;
	}

	public void setReferralDate(@Nullable LocalDate referralDate) {
		this.referralDate = referralDate;
	}

	public @Nullable Long getReferralSourceId() {
		return this.referralSourceId;
	}

	public void setReferralSourceId(@Nullable Long referralSourceId) {
		this.referralSourceId = referralSourceId;
	}

}
