package dk.peerstoette;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import dk.peerstoette.security.Role;
import dk.peerstoette.security.StaffUser;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithSecurityContext;
import org.springframework.security.test.context.support.WithSecurityContextFactory;

/**
 * Signs a {@link ModuleTest} in as a staff member made up for it, as sign-in would have
 * made them: a module test has no user accounts to look one up in (those are the account
 * module's; {@code @WithUserDetails} is for {@link IntegrationTest}s and the demo users).
 * Ids name rows of the module tests' own database, or none.
 */
@Target({ ElementType.METHOD, ElementType.TYPE })
@Retention(RetentionPolicy.RUNTIME)
@Documented
@WithSecurityContext(factory = WithStaffUser.Factory.class)
public @interface WithStaffUser {

	String username();

	Role role();

	long id() default 1;

	/** The organisation; 0 for none. */
	long organisation() default 0;

	/** The peer-worker record the login is linked to; 0 for none. */
	long peerWorker() default 0;

	/** Builds the signed-in user. */
	class Factory implements WithSecurityContextFactory<WithStaffUser> {

		@Override
		public SecurityContext createSecurityContext(WithStaffUser user) {
			StaffUser principal = new StaffUser(user.id(), user.username(), "", user.username(), user.role(),
					(user.organisation() != 0) ? user.organisation() : null, null, null, null,
					(user.peerWorker() != 0) ? user.peerWorker() : null, true);
			SecurityContext context = SecurityContextHolder.createEmptyContext();
			context.setAuthentication(
					UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
			return context;
		}

	}

}
