package dk.peerstoette.contact;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** Deleting a contact: why (required), with the version read and a one-time token. */
class DeleteContactForm implements TokenForm {

	@NotBlank
	@Size(max = 300)
	private String reason = "";

	private long version;

	private String token = "";

	public String getReason() {
		return this.reason;
	}

	public void setReason(@Nullable String reason) {
		this.reason = (reason != null) ? reason : "";
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	public String getToken() {
		return this.token;
	}

	public void setToken(@Nullable String token) {
		this.token = (token != null) ? token : "";
	}

}
