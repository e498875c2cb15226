package dk.peerstoette.security;

/**
 * The second factor's store, kept by the account module: whether a user has confirmed a
 * factor, and the check of a code at sign-in. Each attempt has been counted by
 * {@link PasswordAttempts} before {@link #accept} is called.
 */
public interface SecondFactors {

	/** Whether the user has a confirmed second factor. */
	boolean enrolled(StaffUser user);

	/**
	 * Whether the code is a current one of the user's authenticator (accepted once) or
	 * one of their unused recovery codes (then used up).
	 */
	boolean accept(StaffUser user, String code);

}
