package dk.peerstoette.contact;

import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/** Why a planned meeting was not held, with the version read and a one-time token. */
class NotHeldForm implements TokenForm {

	@NotNull
	private @Nullable NotHeldReason reason;

	private long version;

	private String token = "";

	public @Nullable NotHeldReason getReason() {
		return this.reason;
	}

	public void setReason(@Nullable NotHeldReason reason) {
		this.reason = reason;
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
