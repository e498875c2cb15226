package dk.peerstoette.contact;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One-time tokens: every form gets one when it is shown, and the service uses it up with
 * what the form made. A second submit of the same form (a double tap, a reload) finds it
 * used and is sent to the first result. Tokens are kept for {@link #KEPT} and belong to
 * the user they were issued to.
 */
@Component
class SubmissionTokens {

	/** How long a token is kept, used or not. */
	static final Duration KEPT = Duration.ofDays(30);

	/** How often tokens past {@link #KEPT} are removed, at most. */
	private static final Duration REMOVAL_INTERVAL = Duration.ofMinutes(1);

	private final JdbcClient jdbc;

	private final TransactionTemplate apart;

	// A first form after start removes old tokens at once.
	private final AtomicLong lastRemoval = new AtomicLong(System.nanoTime() - REMOVAL_INTERVAL.toNanos());

	SubmissionTokens(JdbcClient jdbc, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.apart = new TransactionTemplate(transactions);
		this.apart.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/** A new token for the user's next form; tokens past their time are removed. */
	String issue(long userId) {
		// A token's age is a technical instant, kept in the database's time like its
		// created_at default; no business day depends on it. Old tokens are removed at
		// most once a minute, not with every form shown.
		long now = System.nanoTime();
		long last = this.lastRemoval.get();
		if (now - last >= REMOVAL_INTERVAL.toNanos() && this.lastRemoval.compareAndSet(last, now)) {
			this.jdbc.sql("delete from submission_token where created_at < now() - make_interval(days => ?)")
				.param((int) KEPT.toDays())
				.update();
		}
		UUID token = UUID.randomUUID();
		this.jdbc.sql("insert into submission_token (token, user_id) values (?, ?)").params(token, userId).update();
		return token.toString();
	}

	/**
	 * A new token issued in a transaction of its own, for a form that goes back refused:
	 * the refusal rolls back the submit's transaction, not this.
	 */
	String issueApart(long userId) {
		return Objects.requireNonNull(this.apart.execute((status) -> issue(userId)));
	}

	/**
	 * The token as issued to this user, locked until the caller's transaction ends, so
	 * that two submits of one form are taken one after the other.
	 */
	Optional<Token> claim(String token, long userId) {
		return parse(token).flatMap((uuid) -> this.jdbc
			.sql("select token, user_id, result_path from submission_token where token = ? and user_id = ? for update")
			.params(uuid, userId)
			.query((rs, row) -> new Token(uuid, rs.getLong("user_id"), rs.getString("result_path")))
			.optional());
	}

	/** The token, whoever asks: for keeping a form sent after the sign-in ran out. */
	Optional<Token> find(@Nullable String token) {
		return parse(token)
			.flatMap((uuid) -> this.jdbc.sql("select token, user_id, result_path from submission_token where token = ?")
				.param(uuid)
				.query((rs, row) -> new Token(uuid, rs.getLong("user_id"), rs.getString("result_path")))
				.optional());
	}

	/** Uses the token up: from now on its form leads to {@code resultPath}. */
	void use(Token token, String resultPath) {
		this.jdbc.sql("update submission_token set used_at = now(), result_path = ? where token = ?")
			.params(resultPath, token.value())
			.update();
	}

	private static Optional<UUID> parse(@Nullable String token) {
		if (token == null || token.length() != 36) {
			return Optional.empty();
		}
		try {
			return Optional.of(UUID.fromString(token));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	/** A token as stored: whose it is, and where its form led if it was used. */
	record Token(UUID value, long userId, @Nullable String resultPath) {

		boolean isUsed() {
			return this.resultPath != null;
		}

	}

}
