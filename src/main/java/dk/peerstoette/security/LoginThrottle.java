package dk.peerstoette.security;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed sign-ins per username and locks the username for a while after too many.
 * It counts usernames that do not exist as well, so a lock tells an attacker nothing.
 */
@Component
class LoginThrottle {

	// Keys are cut to the column's width; a longer name than that is not a real username
	// anyway.
	private static final int MAX_KEY_LENGTH = 100;

	private final JdbcClient jdbc;

	private final int maxFailures;

	private final Duration lockDuration;

	LoginThrottle(JdbcClient jdbc, @Value("${app.security.max-failed-logins:10}") int maxFailures,
			@Value("${app.security.lock-duration:15m}") Duration lockDuration) {
		this.jdbc = jdbc;
		this.maxFailures = maxFailures;
		this.lockDuration = lockDuration;
	}

	@Transactional(readOnly = true)
	public boolean isLocked(String username) {
		return this.jdbc.sql("select count(*) from login_throttle where username_key = ? and locked_until > now()")
			.param(key(username))
			.query(Integer.class)
			.single() > 0;
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void recordFailure(String username) {
		// A lock that has run out, or failures a day old, start the count afresh.
		this.jdbc.sql("""
				insert into login_throttle as t (username_key, failed_count, last_failed_at, locked_until)
				values (:key, 1, now(), case when 1 >= :max then now() + :lock * interval '1 second' end)
				on conflict (username_key) do update set
				    failed_count = case when t.locked_until <= now() or t.last_failed_at < now() - interval '1 day'
				                        then 1 else t.failed_count + 1 end,
				    last_failed_at = now(),
				    locked_until = case
				        when t.locked_until > now() then t.locked_until
				        when t.locked_until is null and t.last_failed_at >= now() - interval '1 day'
				             and t.failed_count + 1 >= :max then now() + :lock * interval '1 second'
				        end
				""")
			.param("key", key(username))
			.param("max", this.maxFailures)
			.param("lock", this.lockDuration.toSeconds())
			.update();
		this.jdbc
			.sql("delete from login_throttle where last_failed_at < now() - interval '2 days' and "
					+ "(locked_until is null or locked_until < now())")
			.update();
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void clear(String username) {
		this.jdbc.sql("delete from login_throttle where username_key = ?").param(key(username)).update();
	}

	private static String key(String username) {
		String key = Usernames.normalise(username);
		return (key.length() > MAX_KEY_LENGTH) ? key.substring(0, MAX_KEY_LENGTH) : key;
	}

}
