package dk.peerstoette.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A user's open sessions, found in the session table by username: listed for their owner,
 * ended one by one, all but the current one, or all at once when the account changes, and
 * refreshed when who the user is changes without ending their work (a new name, another
 * peer-worker record). Also the absolute limit: a session ends
 * {@code app.session.absolute-timeout} (10 hours) after sign-in, however busy.
 * <p>
 * A change that ends or refreshes sessions takes effect when the caller's transaction has
 * committed, so a sign-in in between already sees the changed account.
 */
@Service
public class SignedInSessions {

	private static final String SECURITY_CONTEXT = HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY;

	/**
	 * A session's age is measured in the session store's own time: Spring Session stamps
	 * sessions with the system clock, not the business clock (which tests move).
	 */
	private static final Clock SESSION_STORE_TIME = Clock.systemUTC();

	private final FindByIndexNameSessionRepository<? extends Session> sessions;

	private final UserDetailsService users;

	private final TransactionTemplate ownTransaction;

	private final Duration absoluteTimeout;

	SignedInSessions(FindByIndexNameSessionRepository<? extends Session> sessions, UserDetailsService users,
			PlatformTransactionManager transactions, SessionLimitProperties limits) {
		this.sessions = sessions;
		this.users = users;
		// Work done after the caller committed must not run in its finished transaction.
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.absoluteTimeout = limits.absoluteTimeout();
	}

	/** The user's open sessions: the current one first, then the most recently used. */
	public List<SignedInSession> of(String username, @Nullable String currentSessionId) {
		return open(this.sessions, username).values()
			.stream()
			.map((session) -> new SignedInSession(handle(session.getId()), deviceOf(session), session.getCreationTime(),
					session.getLastAccessedTime(), session.getId().equals(currentSessionId)))
			.sorted(Comparator.comparing(SignedInSession::current)
				.thenComparing(SignedInSession::lastSeenAt)
				.reversed())
			.toList();
	}

	/**
	 * Ends the user's session named by the handle; false when the user has no such
	 * session (another user's, or one that has ended already).
	 */
	public boolean end(String username, String handle) {
		List<String> named = open(this.sessions, username).keySet()
			.stream()
			.filter((id) -> handle(id).equals(handle))
			.toList();
		named.forEach(this.sessions::deleteById);
		return !named.isEmpty();
	}

	/**
	 * Ends every session of the user except the one kept, once the current transaction
	 * has committed (a new password: also a session signed in with the old one
	 * meanwhile).
	 */
	public void endAllBut(String username, String keptSessionId) {
		afterCommit(() -> this.sessions.findByPrincipalName(username)
			.keySet()
			.stream()
			.filter((id) -> !id.equals(keptSessionId))
			.forEach(this.sessions::deleteById));
	}

	/**
	 * Ends every session of the user once the current transaction has committed: after a
	 * deactivation, a change of role or organisation, a new password.
	 */
	public void endAll(String username) {
		afterCommit(() -> this.sessions.findByPrincipalName(username).keySet().forEach(this.sessions::deleteById));
	}

	/**
	 * Works the user's principal out again in each of their sessions once the current
	 * transaction has committed, as at sign-in; ends the sessions instead when the
	 * account can no longer sign in.
	 */
	public void refresh(String username) {
		afterCommit(() -> {
			StaffUser user = this.ownTransaction.execute((status) -> load(username));
			if (user == null || !user.isEnabled()) {
				this.sessions.findByPrincipalName(username).keySet().forEach(this.sessions::deleteById);
				return;
			}
			user.eraseCredentials();
			replacePrincipal(this.sessions, username, user);
		});
	}

	/**
	 * Works the user's principal out again in the session of the request at hand, at once
	 * (after a change the user made themselves, already committed).
	 */
	public void refreshCurrent(HttpSession session, String username) {
		StaffUser user = this.ownTransaction.execute((status) -> load(username));
		if (user == null || !user.isEnabled()) {
			session.invalidate();
			return;
		}
		user.eraseCredentials();
		SecurityContext context = new SecurityContextImpl(
				reworked(user, SecurityContextHolder.getContext().getAuthentication()));
		SecurityContextHolder.setContext(context);
		session.setAttribute(SECURITY_CONTEXT, context);
	}

	/** Whether a session signed in at that time has lived longer than it may. */
	boolean hasOutlived(Instant signedInAt) {
		return signedInAt.plus(this.absoluteTimeout).isBefore(SESSION_STORE_TIME.instant());
	}

	private @Nullable StaffUser load(String username) {
		try {
			UserDetails user = this.users.loadUserByUsername(username);
			return (user instanceof StaffUser staffUser) ? staffUser : null;
		}
		catch (UsernameNotFoundException ex) {
			return null;
		}
	}

	private <S extends Session> Map<String, S> open(FindByIndexNameSessionRepository<S> repository, String username) {
		Map<String, S> found = new HashMap<>(repository.findByPrincipalName(username));
		found.values().removeIf((session) -> session.isExpired() || hasOutlived(session.getCreationTime()));
		return found;
	}

	private static <S extends Session> void replacePrincipal(FindByIndexNameSessionRepository<S> repository,
			String username, StaffUser user) {
		for (S session : repository.findByPrincipalName(username).values()) {
			if (session.getAttribute(SECURITY_CONTEXT) instanceof SecurityContext context
					&& context.getAuthentication() != null) {
				session.setAttribute(SECURITY_CONTEXT,
						new SecurityContextImpl(reworked(user, context.getAuthentication())));
				repository.save(session);
			}
		}
	}

	/**
	 * The sign-in with the account worked out again: the role's authority from the
	 * account, and what the sign-in itself earned or still owes (a second factor given,
	 * or still due) from before.
	 */
	private static Authentication reworked(StaffUser user, @Nullable Authentication before) {
		List<GrantedAuthority> authorities = new ArrayList<>(user.getAuthorities());
		if (before != null) {
			before.getAuthorities()
				.stream()
				.filter((authority) -> authority.getAuthority() == null
						|| !authority.getAuthority().startsWith(Role.AUTHORITY_PREFIX))
				.forEach(authorities::add);
		}
		return SecondFactorStep.rebuilt(user, null, authorities, before);
	}

	private static SessionDevice deviceOf(Session session) {
		SessionDevice device = session.getAttribute(SessionDevice.ATTRIBUTE);
		return Objects.requireNonNullElseGet(device, () -> SessionDevice.of(null));
	}

	/** A name for the session that does not reveal its id. */
	private static String handle(String sessionId) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(sessionId.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest, 0, 16);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void afterCommit(Runnable work) {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

				@Override
				public void afterCommit() {
					work.run();
				}

			});
		}
		else {
			work.run();
		}
	}

}
