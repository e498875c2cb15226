package dk.peerstoette.contact;

import org.jspecify.annotations.Nullable;

/**
 * A contact form with its one-time token (see {@link SubmissionTokens}) and the version
 * of the contact it was filled from, which a change must still find (none for a new
 * contact); a form whose token was unknown comes back with a fresh one.
 */
abstract class TokenForm {

	private long version;

	private String token = "";

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
