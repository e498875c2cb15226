package dk.peerstoette.security;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every password check, counted before it is made. A check first reserves an attempt on
 * each counter it falls under, in one transaction holding the counters' rows; if any
 * counter is spent, nothing is counted and the password is not checked. Attempts sent at
 * once thus queue for their places, and no more of them reach the password check than the
 * limits allow.
 * <p>
 * A sign-in falls under three counters:
 * <ul>
 * <li>the username from this client address: after {@code app.security.max-failed-logins}
 * attempts this address waits {@code app.security.lock-duration};</li>
 * <li>the username from anywhere: after as many attempts every address waits
 * {@code app.security.account-lock-duration}, so that the owner signs in from elsewhere
 * after that delay while the failing address stays locked;</li>
 * <li>the client address for any username: after
 * {@code app.security.max-failed-logins-per-address} attempts within
 * {@code app.security.lock-duration} the address waits as long (password spraying).</li>
 * </ul>
 * A successful sign-in clears the first two and gives its place on the third back.
 * Usernames that do not exist are counted alike, so a lock tells nothing about whether an
 * account exists. A signed-in user's password confirmed again (to take back the
 * self-report screen) has a counter of its own for each purpose, and the code of the
 * second step of signing in one for each user.
 */
@Component
public class PasswordAttempts {

	/**
	 * One more attempt on a counter; a counter whose time ran out starts afresh, and the
	 * attempt that reaches the maximum starts the lock. Attempts past the maximum are
	 * refused and rolled back, so they lengthen nothing. Windows and locks are instants
	 * in the database's own time ({@code now()}), read and written in one statement so
	 * that requests at once agree; no business day depends on them.
	 */
	private static final String RESERVE = """
			insert into password_attempt as a (scope, key_hash, attempts, resets_at)
			values (:scope, sha256(convert_to(:key, 'UTF8')), 1,
			        now() + (case when :max <= 1 then :lock else :window end) * interval '1 second')
			on conflict (scope, key_hash) do update set
			    attempts = case when a.resets_at <= now() then 1 else a.attempts + 1 end,
			    resets_at = case
			        when a.resets_at <= now()
			            then now() + (case when :max <= 1 then :lock else :window end) * interval '1 second'
			        when a.attempts + 1 = :max then now() + :lock * interval '1 second'
			        else a.resets_at end
			returning attempts
			""";

	private static final String CLEAR = """
			delete from password_attempt where scope = :scope and key_hash = sha256(convert_to(:key, 'UTF8'))
			""";

	// A success gives its own place back; one that reached the maximum leaves the window
	// ending with the lock, which for an address is as long.
	private static final String GIVE_BACK = """
			update password_attempt set attempts = attempts - 1
			where scope = :scope and key_hash = sha256(convert_to(:key, 'UTF8')) and attempts > 0
			""";

	/**
	 * Codes a user gets within {@code lock-duration}: with a code accepted in three
	 * 30-second steps, a guesser keeps a chance below 1 in 500 a day.
	 */
	static final int MAX_SECOND_FACTOR_ATTEMPTS = 5;

	private static final Duration USERNAME_WINDOW = Duration.ofDays(1);

	private static final Duration CONFIRMATION_WINDOW = Duration.ofDays(1);

	private final JdbcClient jdbc;

	private final TransactionTemplate newTransaction;

	private final UserDetailsService users;

	private final PasswordEncoder passwordEncoder;

	private final int maxFailures;

	private final Duration lockDuration;

	private final Duration accountLockDuration;

	private final int maxFailuresPerAddress;

	PasswordAttempts(JdbcClient jdbc, PlatformTransactionManager transactions, UserDetailsService users,
			PasswordEncoder passwordEncoder, AppSecurityProperties limits) {
		this.jdbc = jdbc;
		this.newTransaction = new TransactionTemplate(transactions);
		this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.users = users;
		this.passwordEncoder = passwordEncoder;
		this.maxFailures = limits.maxFailedLogins();
		this.lockDuration = limits.lockDuration();
		this.accountLockDuration = limits.accountLockDuration();
		this.maxFailuresPerAddress = limits.maxFailedLoginsPerAddress();
	}

	/**
	 * Checks the signed-in user's password once more, at most {@code max} times for the
	 * purpose (e.g. one locked screen), however many requests arrive at once.
	 */
	public PasswordConfirmation confirm(StaffUser user, String password, String purpose, int max) {
		Counter counter = new Counter(Scope.CONFIRMATION, user.getId() + "\n" + purpose, max, CONFIRMATION_WINDOW,
				CONFIRMATION_WINDOW);
		int attempt = reserve(List.of(counter));
		if (attempt == 0) {
			return new PasswordConfirmation(PasswordConfirmation.Outcome.NOT_CHECKED, max, max);
		}
		String stored = this.users.loadUserByUsername(user.getUsername()).getPassword();
		if (!password.isEmpty() && stored != null && this.passwordEncoder.matches(password, stored)) {
			this.jdbc.sql(CLEAR).param("scope", counter.scope().name()).param("key", counter.key()).update();
			return new PasswordConfirmation(PasswordConfirmation.Outcome.CONFIRMED, attempt, max);
		}
		return new PasswordConfirmation(PasswordConfirmation.Outcome.WRONG, attempt, max);
	}

	/** Reserves a sign-in attempt; false if the username or the address is locked. */
	boolean reserveSignIn(String username, @Nullable String address) {
		return reserve(signInCounters(username, address)) > 0;
	}

	/**
	 * Reserves a check of a second-factor code (or recovery code) for the user signed in
	 * with a password: {@value #MAX_SECOND_FACTOR_ATTEMPTS} within {@code lock-duration},
	 * then the user waits as long; false if none is left.
	 */
	boolean reserveSecondFactor(long userId) {
		return reserve(List.of(secondFactorCounter(userId))) > 0;
	}

	/** After an accepted code. */
	void secondFactorAccepted(long userId) {
		Counter counter = secondFactorCounter(userId);
		this.jdbc.sql(CLEAR).param("scope", counter.scope().name()).param("key", counter.key()).update();
	}

	private Counter secondFactorCounter(long userId) {
		return new Counter(Scope.SECOND_FACTOR, Long.toString(userId), MAX_SECOND_FACTOR_ATTEMPTS, this.lockDuration,
				this.lockDuration);
	}

	/** After a successful sign-in. */
	void signedIn(String username, @Nullable String address) {
		List<Counter> counters = signInCounters(username, address);
		this.newTransaction.executeWithoutResult((status) -> {
			for (Counter counter : counters) {
				this.jdbc.sql((counter.scope() == Scope.ADDRESS) ? GIVE_BACK : CLEAR)
					.param("scope", counter.scope().name())
					.param("key", counter.key())
					.update();
			}
		});
	}

	/** How long a failing address waits at most, for the sign-in page to say. */
	Duration lockDuration() {
		return this.lockDuration;
	}

	private List<Counter> signInCounters(String username, @Nullable String address) {
		String name = Usernames.normalise(username);
		String from = Objects.requireNonNullElse(address, "");
		return List.of(
				new Counter(Scope.USERNAME_AT_ADDRESS, name + "\n" + from, this.maxFailures, USERNAME_WINDOW,
						this.lockDuration),
				new Counter(Scope.USERNAME, name, this.maxFailures, USERNAME_WINDOW, this.accountLockDuration),
				new Counter(Scope.ADDRESS, from, this.maxFailuresPerAddress, this.lockDuration, this.lockDuration));
	}

	/**
	 * Counts an attempt on every counter, always in the same order (so that two
	 * reservations never wait for each other's rows), or on none if one is spent. The
	 * attempt's number on the first counter, or 0 if refused.
	 */
	private int reserve(List<Counter> counters) {
		Integer attempt = this.newTransaction.execute((status) -> {
			int first = 0;
			for (Counter counter : counters) {
				int attempts = this.jdbc.sql(RESERVE)
					.param("scope", counter.scope().name())
					.param("key", counter.key())
					.param("max", counter.max())
					.param("window", counter.window().toSeconds())
					.param("lock", counter.lock().toSeconds())
					.query(Integer.class)
					.single();
				if (attempts > counter.max()) {
					status.setRollbackOnly();
					return 0;
				}
				first = (first == 0) ? attempts : first;
			}
			return first;
		});
		// Rows locked by a reservation in flight are left for the next time.
		this.jdbc.sql("""
				delete from password_attempt where (scope, key_hash) in (
				    select scope, key_hash from password_attempt where resets_at <= now()
				    limit 100 for update skip locked)
				""").update();
		return Objects.requireNonNullElse(attempt, 0);
	}

	private enum Scope {

		USERNAME_AT_ADDRESS, USERNAME, ADDRESS, CONFIRMATION, SECOND_FACTOR

	}

	private record Counter(Scope scope, String key, int max, Duration window, Duration lock) {
	}

}
