package dk.peerstoette.security;

import java.util.Optional;
import java.util.function.Predicate;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Maps the user an OpenID provider vouched for (its ID token already checked: signature,
 * issuer, audience, expiry, nonce) to a staff account: the configured claim names the
 * account's username. Nobody else gets in: an unknown user only gets an account where the
 * provider's setting names an organisation for new accounts, and a deactivated account
 * stays out however the provider vouches for it.
 */
class SingleSignOnUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

	private final OAuth2UserService<OidcUserRequest, OidcUser> provider = new OidcUserService();

	private final UserDetailsService users;

	private final SingleSignOnProperties settings;

	private final ObjectProvider<SingleSignOnAccounts> newAccounts;

	private final Predicate<StaffUser> secondFactorDue;

	SingleSignOnUserService(UserDetailsService users, SingleSignOnProperties settings,
			ObjectProvider<SingleSignOnAccounts> newAccounts, Predicate<StaffUser> secondFactorDue) {
		this.users = users;
		this.settings = settings;
		this.newAccounts = newAccounts;
		this.secondFactorDue = secondFactorDue;
	}

	@Override
	public OidcUser loadUser(OidcUserRequest request) {
		OidcUser asserted = this.provider.loadUser(request);
		String registration = request.getClientRegistration().getRegistrationId();
		SingleSignOnProperties.Provider settings = this.settings.provider(registration);
		if (!(asserted.getClaims().get(settings.usernameClaim()) instanceof String username) || username.isBlank()) {
			throw new SingleSignOnRefusedException(registration, "NO_USERNAME_CLAIM", null);
		}
		StaffUser account = existing(username).or(() -> created(registration, settings, username, asserted))
			.orElseThrow(() -> new SingleSignOnRefusedException(registration, "UNKNOWN_USER", null));
		if (!settings.vouchesFor(account)) {
			throw new SingleSignOnRefusedException(registration, "OUTSIDE_PROVIDER", account);
		}
		if (!account.isEnabled()) {
			throw new SingleSignOnRefusedException(registration, "DEACTIVATED", account);
		}
		boolean due = !settings.secondFactorAtProvider() && this.secondFactorDue.test(account);
		return new SingleSignOnUser(account, registration, asserted.getIdToken(), asserted.getUserInfo(), due);
	}

	private Optional<StaffUser> created(String registration, SingleSignOnProperties.Provider settings, String username,
			OidcUser asserted) {
		SingleSignOnProperties.NewAccounts where = settings.newAccounts();
		if (where == null) {
			return Optional.empty();
		}
		String fullName = (asserted.getFullName() != null && !asserted.getFullName().isBlank()) ? asserted.getFullName()
				: username;
		this.newAccounts.getObject()
			.createIfAbsent(username, fullName, where.organisation(), where.role(), registration);
		return existing(username);
	}

	private Optional<StaffUser> existing(String username) {
		try {
			UserDetails found = this.users.loadUserByUsername(username);
			return (found instanceof StaffUser user) ? Optional.of(user) : Optional.empty();
		}
		catch (UsernameNotFoundException ex) {
			return Optional.empty();
		}
	}

}
