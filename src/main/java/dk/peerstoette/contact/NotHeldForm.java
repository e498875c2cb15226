package dk.peerstoette.contact;

import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/** Why a planned meeting was not held, with the version read and a one-time token. */
class NotHeldForm extends TokenForm {

	@NotNull
	private @Nullable NotHeldReason reason;

	public @Nullable NotHeldReason getReason() {
		return this.reason;
	}

	public void setReason(@Nullable NotHeldReason reason) {
		this.reason = reason;
	}

}
