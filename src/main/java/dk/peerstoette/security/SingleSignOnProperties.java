package dk.peerstoette.security;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the OpenID providers configured under
 * {@code spring.security.oauth2.client.registration.<id>} sign staff in; a provider
 * without an entry here gets the defaults.
 *
 * @param providers per registration id
 */
@ConfigurationProperties("app.security.single-sign-on")
record SingleSignOnProperties(@DefaultValue Map<String, Provider> providers) {

	private static final Provider DEFAULTS = new Provider("sub", false, List.of(), null);

	SingleSignOnProperties {
		providers.forEach((id, provider) -> {
			if (provider.newAccounts() != null
					&& (provider.newAccounts().role() == Role.ADMIN || provider.newAccounts().role() == Role.AUDITOR)) {
				throw new IllegalArgumentException("app.security.single-sign-on.providers." + id
						+ ".new-accounts.role: a provider's assertion never creates an administrator or an auditor");
			}
		});
	}

	Provider provider(String registrationId) {
		return this.providers.getOrDefault(registrationId, DEFAULTS);
	}

	/**
	 * @param usernameClaim the ID token's (or user info's) claim whose value is the staff
	 * account's username
	 * @param secondFactorAtProvider whether the provider already asked for a second
	 * factor (then this application does not ask again); otherwise a user whose role
	 * requires one, or who has enrolled one, gives the code here after the provider too
	 * @param organisations the names of the organisations whose accounts this provider
	 * may sign in; empty: any account (fit for one provider only: with several, one
	 * provider's user must not be able to sign in as another organisation's staff of the
	 * same name)
	 * @param newAccounts where a user the provider knows but this application does not is
	 * given an account; without it such a user is refused
	 */
	record Provider(@DefaultValue("sub") String usernameClaim, @DefaultValue("false") boolean secondFactorAtProvider,
			@DefaultValue List<String> organisations, @Nullable NewAccounts newAccounts) {

		/** Whether this provider may sign in the account. */
		boolean vouchesFor(StaffUser account) {
			return this.organisations.isEmpty() || this.organisations.contains(account.getOrganisationName());
		}

	}

	/**
	 * @param organisation the name of the organisation new accounts belong to, as the
	 * administration pages show it
	 * @param role the role they get (never administrator or auditor)
	 */
	record NewAccounts(String organisation, Role role) {

	}

}
