package dk.peerstoette.referral;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/**
 * Own intake onto a unit's waiting list: the recipient's internal number (as the course
 * form takes them), the unit and the day they came on the list.
 */
class IntakeForm {

	@NotBlank
	private String recipientNumber = "";

	@NotNull
	private @Nullable Long unitId;

	private @Nullable LocalDate enteredOn;

	public String getRecipientNumber() {
		return this.recipientNumber;
	}

	public void setRecipientNumber(@Nullable String recipientNumber) {
		this.recipientNumber = (recipientNumber != null) ? recipientNumber.strip() : "";
	}

	public @Nullable Long getUnitId() {
		return this.unitId;
	}

	public void setUnitId(@Nullable Long unitId) {
		this.unitId = unitId;
	}

	public @Nullable LocalDate getEnteredOn() {
		return this.enteredOn;
	}

	public void setEnteredOn(@Nullable LocalDate enteredOn) {
		this.enteredOn = enteredOn;
	}

}
