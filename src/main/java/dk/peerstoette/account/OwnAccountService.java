package dk.peerstoette.account;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

import dk.peerstoette.audit.AuditAction;
import dk.peerstoette.audit.AuditLog;
import dk.peerstoette.audit.AuditOutcome;
import dk.peerstoette.security.PasswordAttempts;
import dk.peerstoette.security.PasswordConfirmation;
import dk.peerstoette.security.SignedInSession;
import dk.peerstoette.security.SignedInSessions;
import dk.peerstoette.security.StaffUser;
import dk.peerstoette.web.FormProblems;
import dk.peerstoette.web.NotFoundException;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What every user may do with their own account: see where they are signed in, end any of
 * those sessions, and change their password, which ends every other session. Ending
 * sessions and changing the password are audited.
 */
@Service
class OwnAccountService {

	private static final String SESSION = "SESSION";

	// Users live in Danish time, whatever the server's zone.
	private final StaffAccountRepository accounts;

	private final PasswordEncoder passwordEncoder;

	private final SignedInSessions sessions;

	private final AuditLog auditLog;

	private final PasswordAttempts passwordAttempts;

	private final TransactionTemplate transaction;

	private final Clock clock;

	OwnAccountService(StaffAccountRepository accounts, PasswordEncoder passwordEncoder, SignedInSessions sessions,
			AuditLog auditLog, PasswordAttempts passwordAttempts, PlatformTransactionManager transactions,
			Clock clock) {
		this.transaction = new TransactionTemplate(transactions);
		this.accounts = accounts;
		this.passwordEncoder = passwordEncoder;
		this.sessions = sessions;
		this.auditLog = auditLog;
		this.passwordAttempts = passwordAttempts;
		this.clock = clock;
	}

	/** How many wrong current passwords a session gets before it is signed out. */
	static final int MAX_WRONG_PASSWORDS = 5;

	/** What became of a password change. */
	enum PasswordChange {

		CHANGED,
		/** The current password was wrong for the last time, or not checked at all. */
		NO_ATTEMPTS_LEFT

	}

	/** The user's open sessions, this one first. */
	List<SessionRow> sessions(StaffUser user, String currentSessionId) {
		return this.sessions.of(user.getUsername(), currentSessionId).stream().map(this::row).toList();
	}

	/** Ends one of the user's own sessions; false if they have none by that handle. */
	@Transactional
	public boolean endSession(StaffUser user, String handle) {
		boolean ended = this.sessions.end(user.getUsername(), handle);
		if (ended) {
			this.auditLog.record(AuditAction.LOGOUT, SESSION, null, "SESSIONS_ENDED=1");
		}
		return ended;
	}

	/** Ends every session of the user but this one. */
	@Transactional
	public void endOtherSessions(StaffUser user, String currentSessionId) {
		this.sessions.endAllBut(user.getUsername(), currentSessionId);
		this.auditLog.record(AuditAction.LOGOUT, SESSION, null, "SESSIONS_ENDED=OTHERS");
	}

	/**
	 * Changes the user's password if they gave the current one, and ends every other
	 * session of theirs: whoever else held one must sign in with the new password. The
	 * current password is counted before it is checked (as every password is, see
	 * {@link PasswordAttempts}), {@value #MAX_WRONG_PASSWORDS} times per session, so that
	 * guesses sent at once get no more tries. The check runs before the change's own
	 * transaction: holding a connection while waiting for the count's would let a burst
	 * of guesses take every connection of the pool. A wrong current password is reported
	 * together with what is wrong with the new one; a missing one is not checked.
	 * @throws dk.peerstoette.web.FormRejectedException for a wrong current password or a
	 * new one the policy refuses
	 */
	public PasswordChange changePassword(StaffUser user, PasswordChangeForm form, String currentSessionId,
			FormProblems problems) {
		PasswordPolicy.checkNew(form.getPassword(), form.getPasswordRepeat(), user.getUsername(), problems);
		// Above all the one-time password an administrator set: they know it.
		if (!form.getPassword().isEmpty() && form.getPassword().equals(form.getCurrentPassword())) {
			problems.add("password", "password.sameAsCurrent");
		}
		if (form.getCurrentPassword().isBlank()) {
			problems.throwIfAny();
		}
		PasswordConfirmation check = this.passwordAttempts.confirm(user, form.getCurrentPassword(),
				"PASSWORD_CHANGE;SESSION=" + currentSessionId, MAX_WRONG_PASSWORDS);
		if (check.outcome() != PasswordConfirmation.Outcome.CONFIRMED) {
			this.auditLog.recordRefusal(AuditAction.UPDATE, UserService.ENTITY, user.getId(), AuditOutcome.FAILURE,
					(check.outcome() == PasswordConfirmation.Outcome.WRONG)
							? "REASON=WRONG_PASSWORD;ATTEMPTS_LEFT=" + check.attemptsLeft()
							: "REASON=NO_ATTEMPTS_LEFT");
			if (check.attemptsLeft() <= 0) {
				return PasswordChange.NO_ATTEMPTS_LEFT;
			}
			problems.add("currentPassword", "password.current.wrong");
		}
		problems.throwIfAny();
		this.transaction.executeWithoutResult((status) -> change(user, form, currentSessionId));
		return PasswordChange.CHANGED;
	}

	private void change(StaffUser user, PasswordChangeForm form, String currentSessionId) {
		StaffAccount account = this.accounts.findById(user.getId()).orElseThrow(NotFoundException::new);
		boolean wasRequired = account.isPasswordChangeRequired();
		account.changePassword(this.passwordEncoder.encode(form.getPassword()), this.clock.instant());
		this.accounts.flush();
		this.auditLog.record(AuditAction.UPDATE, UserService.ENTITY, user.getId(),
				wasRequired ? "PASSWORD_CHANGED;ONE_TIME_PASSWORD_REPLACED" : "PASSWORD_CHANGED");
		this.sessions.endAllBut(account.getUsername(), currentSessionId);
		this.auditLog.record(AuditAction.LOGOUT, SESSION, null, "SESSIONS_ENDED=OTHERS;REASON=PASSWORD_CHANGED");
	}

	/** A session as its owner reads it, in Danish time. */
	private SessionRow row(SignedInSession session) {
		return new SessionRow(session.handle(), session.device().browser(), session.device().system(),
				LocalDateTime.ofInstant(session.signedInAt(), this.clock.getZone()),
				LocalDateTime.ofInstant(session.lastSeenAt(), this.clock.getZone()), session.current());
	}

}
