package dk.peerstoette.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

/** Refuses a locked username before its password is checked, and counts each failure. */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

	private final AuthenticationProvider passwordCheck;

	private final LoginThrottle throttle;

	ThrottledAuthenticationProvider(AuthenticationProvider passwordCheck, LoginThrottle throttle) {
		this.passwordCheck = passwordCheck;
		this.throttle = throttle;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String username = authentication.getName();
		if (this.throttle.isLocked(username)) {
			throw new LockedException("Too many failed sign-ins");
		}
		try {
			Authentication result = this.passwordCheck.authenticate(authentication);
			this.throttle.clear(username);
			return result;
		}
		catch (AuthenticationException ex) {
			this.throttle.recordFailure(username);
			throw ex;
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
