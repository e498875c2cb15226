package dk.peerstoette.security;

import java.time.Duration;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sign-in limits (see {@link PasswordAttempts}) and HSTS.
 *
 * @param hsts whether responses over HTTPS carry Strict-Transport-Security (on under
 * {@code prod})
 * @param maxFailedLogins attempts a username gets from one client address a day; then
 * that address waits {@code lockDuration}
 * @param lockDuration how long an address waits after too many attempts
 * @param accountLockDuration how long every other address waits once a username has had
 * {@code maxFailedLogins} attempts from anywhere
 * @param maxFailedLoginsPerAddress failed sign-ins one address gets across all usernames
 * within {@code lockDuration} (password spraying)
 * @param secondFactor who must give a second factor
 */
@ConfigurationProperties("app.security")
record AppSecurityProperties(@DefaultValue("false") boolean hsts, @DefaultValue("10") int maxFailedLogins,
		@DefaultValue("15m") Duration lockDuration, @DefaultValue("5m") Duration accountLockDuration,
		@DefaultValue("30") int maxFailedLoginsPerAddress, @DefaultValue SecondFactor secondFactor) {

	/**
	 * The second factor (TOTP).
	 *
	 * @param requiredRoles roles whose users must enrol a second factor before any page
	 * is served (every role under {@code prod}); users of other roles may enrol, and are
	 * then asked for a code at every sign-in
	 */
	record SecondFactor(@DefaultValue Set<Role> requiredRoles) {

	}

}
