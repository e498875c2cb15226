package dk.peerstoette.security;

import java.io.ByteArrayInputStream;
import java.io.ObjectInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import dk.peerstoette.CookieClient;
import dk.peerstoette.IntegrationTest;
import dk.peerstoette.TestProgramme;
import dk.peerstoette.account.StaffAccountService;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sessions live in PostgreSQL, end after 30 minutes without a request and 10 hours after
 * sign-in however busy, and hold no password (issue 12, item 3). Over real HTTP, with the
 * session cookie a browser keeps.
 */
@IntegrationTest
class SessionStoreTest {

	private static final String PASSWORD = "Session-store-pass-5";

	private static final String SAFARI = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) "
			+ "AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	StaffAccountService accounts;

	@Test
	void theSessionIsKeptInTheDatabaseAndServesAnyClientWithItsCookie() {
		String username = coordinator();
		CookieClient browser = CookieClient.signedIn(port, username, PASSWORD, SAFARI);
		assertThat(browser.get("/").headers().allValues("Set-Cookie")).isEmpty();
		assertThat(jdbc.sql("select count(*) from spring_session where principal_name = ? and session_id = ?")
			.params(username, browser.sessionId())
			.query(Integer.class)
			.single()).isEqualTo(1);
		assertThat(browser.sameCookieElsewhere(SAFARI).isSignedIn()).isTrue();
	}

	@Test
	void theSessionCookieIsHttpOnlyAndSameSiteLax() {
		CookieClient browser = new CookieClient(port, SAFARI);
		String cookie = browser.get("/login")
			.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter((c) -> c.startsWith(CookieClient.SESSION_COOKIE + "="))
			.findFirst()
			.orElseThrow();
		assertThat(cookie).contains("HttpOnly").contains("SameSite=Lax");
	}

	@Test
	void theStoredSessionHoldsNoPassword() throws Exception {
		String username = coordinator();
		CookieClient browser = CookieClient.signedIn(port, username, PASSWORD, SAFARI);
		byte[] stored = jdbc.sql("""
				select a.attribute_bytes from spring_session_attributes a
				join spring_session s on s.primary_id = a.session_primary_id
				where s.session_id = ? and a.attribute_name = 'SPRING_SECURITY_CONTEXT'
				""").param(browser.sessionId()).query(byte[].class).single();
		String hash = jdbc.sql("select password_hash from staff_user where username = ?")
			.param(username)
			.query(String.class)
			.single();
		assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain(hash).doesNotContain(PASSWORD);
		try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(stored))) {
			StaffUser user = (StaffUser) ((SecurityContext) in.readObject()).getAuthentication().getPrincipal();
			assertThat(user.getUsername()).isEqualTo(username);
			assertThat(user.getPassword()).isNull();
		}
	}

	@Test
	void aSessionIdleForThirtyMinutesIsOver() {
		String username = coordinator();
		CookieClient browser = CookieClient.signedIn(port, username, PASSWORD, SAFARI);
		assertThat(jdbc.sql("select max_inactive_interval from spring_session where session_id = ?")
			.param(browser.sessionId())
			.query(Integer.class)
			.single()).isEqualTo(1800);

		idleFor(browser, Duration.ofMinutes(29));
		assertThat(browser.isSignedIn()).isTrue();
		idleFor(browser, Duration.ofMinutes(31));
		assertThat(browser.isSignedIn()).isFalse();
	}

	@Test
	void aSessionEndsTenHoursAfterSignInHoweverBusy() {
		String username = coordinator();
		CookieClient browser = CookieClient.signedIn(port, username, PASSWORD, SAFARI);

		signedInAgo(browser, Duration.ofHours(10).minusMinutes(1));
		assertThat(browser.isSignedIn()).isTrue();
		signedInAgo(browser, Duration.ofHours(10).plusMinutes(1));
		assertThat(browser.isSignedIn()).isFalse();
		assertThat(jdbc.sql("select count(*) from spring_session where principal_name = ?")
			.param(username)
			.query(Integer.class)
			.single()).isZero();
	}

	@Test
	void signingOutRemovesTheSessionFromTheDatabase() {
		String username = coordinator();
		CookieClient browser = CookieClient.signedIn(port, username, PASSWORD, SAFARI);
		CookieClient copy = browser.sameCookieElsewhere(SAFARI);
		browser.get("/");
		assertThat(browser.post("/logout", java.util.Map.of()).statusCode()).isEqualTo(302);
		assertThat(copy.isSignedIn()).isFalse();
		assertThat(jdbc.sql("select count(*) from spring_session where principal_name = ?")
			.param(username)
			.query(Integer.class)
			.single()).isZero();
	}

	/** Moves the session's last request back in time, as if the user had left. */
	private void idleFor(CookieClient browser, Duration idle) {
		jdbc.sql("""
				update spring_session set last_access_time = ?, expiry_time = ? + max_inactive_interval * 1000::bigint
				where session_id = ?
				""")
			.params(System.currentTimeMillis() - idle.toMillis(), System.currentTimeMillis() - idle.toMillis(),
					browser.sessionId())
			.update();
	}

	/** Moves the session's sign-in back in time, its last request staying recent. */
	private void signedInAgo(CookieClient browser, Duration age) {
		jdbc.sql("update spring_session set creation_time = ? where session_id = ?")
			.params(System.currentTimeMillis() - age.toMillis(), browser.sessionId())
			.update();
	}

	private String coordinator() {
		TestProgramme programme = new TestProgramme(this.jdbc) {
		};
		String username = "s3.store." + TestProgramme.tag().toLowerCase(Locale.ROOT);
		this.accounts.provisionIfAbsent(username, PASSWORD, "Sven Store", Role.COORDINATOR,
				programme.organisation(TestProgramme.COPENHAGEN), null);
		return username;
	}

}
