package dk.peerstoette.security;

/**
 * Creates the account of a user an OpenID provider vouched for, where that provider's
 * setting allows it (answered by the account module, which owns accounts).
 */
public interface SingleSignOnAccounts {

	/**
	 * Creates the account unless one with this username exists; it has no password anyone
	 * knows. Creates nothing when no active organisation has that name.
	 */
	void createIfAbsent(String username, String fullName, String organisation, Role role, String provider);

}
