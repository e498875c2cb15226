package dk.peerstoette.security;

import java.io.Serial;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * A staff member signed in through an OpenID provider: the account the provider's claim
 * named, so every service reads the same {@link StaffUser} as after a password, plus the
 * provider's ID token.
 */
public final class SingleSignOnUser extends StaffUser implements OidcUser {

	@Serial
	private static final long serialVersionUID = 1L;

	private final String provider;

	private final OidcIdToken idToken;

	private final @Nullable OidcUserInfo userInfo;

	private final boolean secondFactorDue;

	SingleSignOnUser(StaffUser account, String provider, OidcIdToken idToken, @Nullable OidcUserInfo userInfo,
			boolean secondFactorDue) {
		super(account);
		eraseCredentials();
		this.provider = provider;
		this.idToken = idToken;
		this.userInfo = userInfo;
		this.secondFactorDue = secondFactorDue;
	}

	/** The registration id of the provider that vouched for this sign-in. */
	public String provider() {
		return this.provider;
	}

	@Override
	public String signInPath() {
		return "OIDC;PROVIDER=" + this.provider;
	}

	/**
	 * The role's authority, and the mark that a second factor is still due when this
	 * application asks for one after the provider (see {@link SecondFactorStep}).
	 */
	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		List<GrantedAuthority> authorities = new ArrayList<>(super.getAuthorities());
		if (this.secondFactorDue) {
			authorities.add(new SimpleGrantedAuthority(SecondFactorStep.DUE));
		}
		return authorities;
	}

	/** The account's username, as after a password sign-in (sessions are found by it). */
	@Override
	public String getName() {
		return getUsername();
	}

	@Override
	public Map<String, Object> getAttributes() {
		return getClaims();
	}

	@Override
	public Map<String, Object> getClaims() {
		return this.idToken.getClaims();
	}

	@Override
	public @Nullable OidcUserInfo getUserInfo() {
		return this.userInfo;
	}

	@Override
	public OidcIdToken getIdToken() {
		return this.idToken;
	}

}
