package dk.peerstoette.audit;

import dk.peerstoette.security.StaffUser;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.stereotype.Component;

/** Every sign-in, successful or not, and every sign-out goes into the access log. */
@Component
class SignInAuditor {

	private final AuditLog auditLog;

	SignInAuditor(AuditLog auditLog) {
		this.auditLog = auditLog;
	}

	@EventListener
	void onSuccess(AuthenticationSuccessEvent event) {
		Long id = (event.getAuthentication().getPrincipal() instanceof StaffUser user) ? user.getId() : null;
		this.auditLog.recordSession(AuditAction.LOGIN, id, event.getAuthentication().getName(), AuditOutcome.SUCCESS,
				null);
	}

	@EventListener
	void onFailure(AbstractAuthenticationFailureEvent event) {
		boolean locked = event.getException() instanceof LockedException;
		this.auditLog.recordSession(AuditAction.LOGIN, null, event.getAuthentication().getName(),
				locked ? AuditOutcome.DENIED : AuditOutcome.FAILURE,
				"REASON=" + event.getException().getClass().getSimpleName());
	}

	@EventListener
	void onLogout(LogoutSuccessEvent event) {
		Long id = (event.getAuthentication().getPrincipal() instanceof StaffUser user) ? user.getId() : null;
		this.auditLog.recordSession(AuditAction.LOGOUT, id, event.getAuthentication().getName(), AuditOutcome.SUCCESS,
				null);
	}

}
