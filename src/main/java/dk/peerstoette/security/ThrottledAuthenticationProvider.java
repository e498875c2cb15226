package dk.peerstoette.security;

import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Reserves an attempt before the password is checked, and refuses without checking when
 * the username or the client address has none left (see {@link PasswordAttempts}).
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

	private final AuthenticationProvider passwordCheck;

	private final PasswordAttempts attempts;

	private final Predicate<StaffUser> secondFactorDue;

	/**
	 * @param secondFactorDue whether a user whose password was right must still give a
	 * second factor (or enrol one) before any page is served
	 */
	ThrottledAuthenticationProvider(AuthenticationProvider passwordCheck, PasswordAttempts attempts,
			Predicate<StaffUser> secondFactorDue) {
		this.passwordCheck = passwordCheck;
		this.attempts = attempts;
		this.secondFactorDue = secondFactorDue;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String username = authentication.getName();
		String address = clientAddress(authentication);
		if (!this.attempts.reserveSignIn(username, address)) {
			throw new LockedException("Too many failed sign-ins");
		}
		// A failure stays counted: its attempt was reserved above.
		Authentication result = this.passwordCheck.authenticate(authentication);
		this.attempts.signedIn(username, address);
		if (result.getPrincipal() instanceof StaffUser user && this.secondFactorDue.test(user)) {
			return SecondFactorStep.due(result);
		}
		return result;
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

	/**
	 * The request's remote address: behind the trusted proxy of the prod profile
	 * ({@code server.forward-headers-strategy=native}) the client's.
	 */
	private static @Nullable String clientAddress(Authentication authentication) {
		return (authentication.getDetails() instanceof WebAuthenticationDetails details) ? details.getRemoteAddress()
				: null;
	}

}
