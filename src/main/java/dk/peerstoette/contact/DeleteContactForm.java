package dk.peerstoette.contact;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** Deleting a contact: why (required), with the version read and a one-time token. */
class DeleteContactForm extends TokenForm {

	@NotBlank
	@Size(max = 300)
	private String reason = "";

	public String getReason() {
		return this.reason;
	}

	public void setReason(@Nullable String reason) {
		this.reason = (reason != null) ? reason : "";
	}

}
