package dk.peerstoette.security;

import org.jspecify.annotations.Nullable;

import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;

/**
 * An OpenID provider vouched for someone who may not sign in here: nobody's account, or a
 * deactivated one. Carries what the access log records (codes, and the account if there
 * is one).
 */
public final class SingleSignOnRefusedException extends OAuth2AuthenticationException {

	private final String provider;

	private final String reason;

	private final transient @Nullable StaffUser account;

	SingleSignOnRefusedException(String provider, String reason, @Nullable StaffUser account) {
		super(new OAuth2Error("access_denied", reason, null));
		this.provider = provider;
		this.reason = reason;
		this.account = account;
	}

	public String provider() {
		return this.provider;
	}

	/**
	 * {@code UNKNOWN_USER}, {@code OUTSIDE_PROVIDER}, {@code DEACTIVATED} or
	 * {@code NO_USERNAME_CLAIM}.
	 */
	public String reason() {
		return this.reason;
	}

	public @Nullable StaffUser account() {
		return this.account;
	}

}
