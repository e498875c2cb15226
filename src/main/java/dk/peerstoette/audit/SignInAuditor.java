package dk.peerstoette.audit;

import org.jspecify.annotations.Nullable;

import dk.peerstoette.security.StaffUser;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Every sign-in, successful or not, and every sign-out goes into the access log. */
@Component
class SignInAuditor {

	private final AuditLog auditLog;

	private final UserDetailsService users;

	SignInAuditor(AuditLog auditLog, UserDetailsService users) {
		this.auditLog = auditLog;
		this.users = users;
	}

	@EventListener
	void onSuccess(AuthenticationSuccessEvent event) {
		Long id = (event.getAuthentication().getPrincipal() instanceof StaffUser user) ? user.getId() : null;
		this.auditLog.recordSession(AuditAction.LOGIN, id, event.getAuthentication().getName(), AuditOutcome.SUCCESS,
				null);
	}

	/**
	 * A failed sign-in of an existing user is logged under that user; one whose typed
	 * username is nobody's is logged without it, because what was typed there is
	 * sometimes a password.
	 */
	@EventListener
	void onFailure(AbstractAuthenticationFailureEvent event) {
		AuditOutcome outcome = (event.getException() instanceof LockedException) ? AuditOutcome.DENIED
				: AuditOutcome.FAILURE;
		String reason = "REASON=" + event.getException().getClass().getSimpleName();
		StaffUser user = existing(event.getAuthentication().getName());
		if (user != null) {
			this.auditLog.recordSession(AuditAction.LOGIN, user.getId(), user.getUsername(), outcome, reason);
		}
		else {
			this.auditLog.recordSession(AuditAction.LOGIN, null, null, outcome, reason + ";UNKNOWN_USER");
		}
	}

	private @Nullable StaffUser existing(String typed) {
		try {
			return (this.users.loadUserByUsername(typed) instanceof StaffUser user) ? user : null;
		}
		catch (UsernameNotFoundException ex) {
			return null;
		}
	}

	@EventListener
	void onLogout(LogoutSuccessEvent event) {
		Long id = (event.getAuthentication().getPrincipal() instanceof StaffUser user) ? user.getId() : null;
		this.auditLog.recordSession(AuditAction.LOGOUT, id, event.getAuthentication().getName(), AuditOutcome.SUCCESS,
				null);
	}

}
