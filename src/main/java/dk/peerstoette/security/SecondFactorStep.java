package dk.peerstoette.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/**
 * The second step of signing in, on Spring Security's multi-factor authorisation: a
 * sign-in whose password was right carries {@link #DUE} when the user has a second factor
 * or their role requires one, and then every page but this step's own asks for
 * {@link #FACTOR} as well (see {@code SecurityConfiguration}).
 */
public final class SecondFactorStep {

	/** The authority a time-based code (or a recovery code) adds to the sign-in. */
	public static final String FACTOR = "FACTOR_TOTP";

	/** Marks a password sign-in that must be followed by a second factor. */
	public static final String DUE = "SECOND_FACTOR_DUE";

	/** Where the code is asked for; sent here whenever {@link #FACTOR} is missing. */
	public static final String PATH = "/login/second-factor";

	private SecondFactorStep() {
	}

	/**
	 * After an enrolment confirmed with a current code: that code was the second factor
	 * of this sign-in, so the session's sign-in gets {@link #FACTOR} without asking
	 * again.
	 */
	public static void completedByEnrolment(HttpServletRequest request, HttpServletResponse response) {
		Authentication current = SecurityContextHolder.getContext().getAuthentication();
		if (current == null
				|| current.getAuthorities().stream().anyMatch((authority) -> FACTOR.equals(authority.getAuthority()))) {
			return;
		}
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(withFactor(current));
		SecurityContextHolder.setContext(context);
		new HttpSessionSecurityContextRepository().saveContext(context, request, response);
	}

	static Authentication withFactor(Authentication current) {
		List<GrantedAuthority> authorities = new ArrayList<>(current.getAuthorities());
		authorities.add(FactorGrantedAuthority.fromAuthority(FACTOR));
		return rebuilt(current.getPrincipal(), null, authorities, current);
	}

	static Authentication due(Authentication signIn) {
		Collection<GrantedAuthority> authorities = new ArrayList<>(signIn.getAuthorities());
		authorities.add(new SimpleGrantedAuthority(DUE));
		return rebuilt(signIn.getPrincipal(), signIn.getCredentials(), authorities, signIn);
	}

	/**
	 * The sign-in as a change to it leaves it (a factor given or due, the account worked
	 * out again): these authorities, with the details of the sign-in before.
	 */
	static Authentication rebuilt(Object principal, @Nullable Object credentials,
			Collection<? extends GrantedAuthority> authorities, @Nullable Authentication before) {
		UsernamePasswordAuthenticationToken result = UsernamePasswordAuthenticationToken.authenticated(principal,
				credentials, authorities);
		if (before != null) {
			result.setDetails(before.getDetails());
		}
		return result;
	}

	/**
	 * Whether the sign-in carries {@link #DUE} (the mark stays once the code is given).
	 */
	public static boolean isDue(Authentication authentication) {
		return authentication.getAuthorities().stream().anyMatch((authority) -> DUE.equals(authority.getAuthority()));
	}

}
