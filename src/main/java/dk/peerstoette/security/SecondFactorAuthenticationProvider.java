package dk.peerstoette.security;

import java.util.Collection;
import java.util.List;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * Checks the code of the second step for the user signed in with a password: the attempt
 * is counted first ({@link PasswordAttempts#reserveSecondFactor}), so codes sent at once
 * get no more checks than the limit allows.
 */
class SecondFactorAuthenticationProvider implements AuthenticationProvider {

	private final SecondFactors factors;

	private final PasswordAttempts attempts;

	SecondFactorAuthenticationProvider(SecondFactors factors, PasswordAttempts attempts) {
		this.factors = factors;
		this.attempts = attempts;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		CodeToken token = (CodeToken) authentication;
		if (!this.attempts.reserveSecondFactor(token.user.getId())) {
			throw new LockedException("Too many second-factor codes");
		}
		if (!this.factors.accept(token.user, token.code)) {
			throw new BadCredentialsException("Wrong second-factor code");
		}
		this.attempts.secondFactorAccepted(token.user.getId());
		return SecondFactorStep.withFactor(token.signIn);
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return CodeToken.class.isAssignableFrom(authentication);
	}

	/** A code typed by the user of a password sign-in ({@code signIn}). */
	static final class CodeToken extends AbstractAuthenticationToken {

		private final StaffUser user;

		private final String code;

		private final Authentication signIn;

		CodeToken(StaffUser user, String code, Authentication signIn) {
			super((Collection<? extends GrantedAuthority>) List.<GrantedAuthority>of());
			this.user = user;
			this.code = code;
			this.signIn = signIn;
		}

		@Override
		public Object getCredentials() {
			return this.code;
		}

		@Override
		public Object getPrincipal() {
			return this.user;
		}

	}

}
