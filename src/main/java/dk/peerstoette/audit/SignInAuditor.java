package dk.peerstoette.audit;

import org.jspecify.annotations.Nullable;

import dk.peerstoette.security.SecondFactorStep;
import dk.peerstoette.security.SingleSignOnRefusedException;
import dk.peerstoette.security.StaffUser;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.oauth2.client.authentication.OAuth2LoginAuthenticationToken;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.stereotype.Component;

/**
 * Every sign-in, successful or not, and every sign-out goes into the access log, naming
 * the way in ({@code PATH=PASSWORD}, or {@code PATH=OIDC;PROVIDER=<registration>}) and,
 * for a sign-in that still owes its second factor, {@code SECOND_FACTOR_DUE} (the code
 * has a row of its own).
 */
@Component
class SignInAuditor {

	private final AuditLog auditLog;

	/** The accounts (the account module's); absent when the audit module runs alone. */
	private final ObjectProvider<UserDetailsService> users;

	SignInAuditor(AuditLog auditLog, ObjectProvider<UserDetailsService> users) {
		this.auditLog = auditLog;
		this.users = users;
	}

	@EventListener
	void onSuccess(AuthenticationSuccessEvent event) {
		Authentication signIn = event.getAuthentication();
		if (!(signIn.getPrincipal() instanceof StaffUser user)) {
			this.auditLog.recordSession(AuditAction.LOGIN, null, signIn.getName(), AuditOutcome.SUCCESS, null);
			return;
		}
		boolean due = SecondFactorStep.isDue(signIn);
		this.auditLog.recordSession(AuditAction.LOGIN, user.getId(), user.getUsername(), AuditOutcome.SUCCESS,
				"PATH=" + user.signInPath() + (due ? ";SECOND_FACTOR_DUE" : ""));
	}

	/**
	 * A failed sign-in of an existing user is logged under that user; one whose typed
	 * username is nobody's is logged without it, because what was typed there is
	 * sometimes a password.
	 */
	@EventListener
	void onFailure(AbstractAuthenticationFailureEvent event) {
		if (event.getAuthentication() instanceof OAuth2LoginAuthenticationToken answer) {
			onSingleSignOnFailure(answer, event.getException());
			return;
		}
		AuditOutcome outcome = (event.getException() instanceof LockedException) ? AuditOutcome.DENIED
				: AuditOutcome.FAILURE;
		String reason = "PATH=PASSWORD;REASON=" + event.getException().getClass().getSimpleName();
		StaffUser user = existing(event.getAuthentication().getName());
		if (user != null) {
			this.auditLog.recordSession(AuditAction.LOGIN, user.getId(), user.getUsername(), outcome, reason);
		}
		else {
			this.auditLog.recordSession(AuditAction.LOGIN, null, null, outcome, reason + ";UNKNOWN_USER");
		}
	}

	/**
	 * A provider's answer that failed its checks (signature, expiry, issuer…) names
	 * nobody trustworthy, so it is logged without a user; one that named an account that
	 * may not sign in is logged under that account.
	 */
	private void onSingleSignOnFailure(OAuth2LoginAuthenticationToken answer, Exception failure) {
		String provider = answer.getClientRegistration().getRegistrationId();
		String path = "PATH=OIDC;PROVIDER=" + provider;
		if (failure instanceof SingleSignOnRefusedException refused) {
			StaffUser account = refused.account();
			this.auditLog.recordSession(AuditAction.LOGIN, (account != null) ? account.getId() : null,
					(account != null) ? account.getUsername() : null, AuditOutcome.DENIED,
					path + ";REASON=" + refused.reason());
			return;
		}
		String code = (failure instanceof OAuth2AuthenticationException oauth) ? oauth.getError().getErrorCode()
				: failure.getClass().getSimpleName();
		this.auditLog.recordSession(AuditAction.LOGIN, null, null, AuditOutcome.FAILURE, path + ";REASON=" + code);
	}

	private @Nullable StaffUser existing(String typed) {
		UserDetailsService accounts = this.users.getIfAvailable();
		if (accounts == null) {
			return null;
		}
		try {
			return (accounts.loadUserByUsername(typed) instanceof StaffUser user) ? user : null;
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
