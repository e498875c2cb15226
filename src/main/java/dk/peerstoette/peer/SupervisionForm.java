package dk.peerstoette.peer;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.validation.Errors;

/** Supervision to add to what a peer worker has received. */
class SupervisionForm implements CheckedForm {

	@NotNull
	private @Nullable LocalDate receivedOn;

	@NotBlank
	@Size(max = 100)
	private String supervisor = "";

	@NotNull
	private @Nullable SupervisionKind kind;

	/** Supervision is recorded once received; a future date would hide the gap since. */
	@Override
	public void check(LocalDate today, Errors errors) {
		if (this.receivedOn != null && this.receivedOn.isAfter(today)) {
			errors.rejectValue("receivedOn", "peer.supervision.receivedOn.future");
		}
	}

	public @Nullable LocalDate getReceivedOn() {
		return this.receivedOn;
	}

	public void setReceivedOn(@Nullable LocalDate receivedOn) {
		this.receivedOn = receivedOn;
	}

	public String getSupervisor() {
		return this.supervisor;
	}

	public void setSupervisor(String supervisor) {
		this.supervisor = supervisor;
	}

	public @Nullable SupervisionKind getKind() {
		return this.kind;
	}

	public void setKind(@Nullable SupervisionKind kind) {
		this.kind = kind;
	}

}
