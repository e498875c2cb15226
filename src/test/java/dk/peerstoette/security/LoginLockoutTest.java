package dk.peerstoette.security;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import dk.peerstoette.CookieClient;
import dk.peerstoette.IntegrationTest;
import dk.peerstoette.account.StaffAccountService;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/**
 * The lock after failed sign-ins, by username and by client address. Each test signs in
 * from addresses of its own (documentation ranges), so that the address limit is not
 * shared with other tests, which all come from 127.0.0.1.
 */
@IntegrationTest
class LoginLockoutTest {

	private static final String PASSWORD = "Right-Marmot-password-42";

	@Autowired
	MockMvc mvc;

	@Autowired
	StaffAccountService accounts;

	@Autowired
	JdbcClient jdbc;

	final String address = newAddress();

	@Test
	void tenFailedSignInsLockTheUsernameEvenForTheRightPassword() throws Exception {
		String username = newUser();
		for (int i = 1; i <= 9; i++) {
			mvc.perform(signIn(username, "wrong-" + i, address)).andExpect(redirectedUrl("/login?error"));
		}
		// Nine failures: the right password still works, and resets the count.
		mvc.perform(signIn(username, PASSWORD, address)).andExpect(redirectedUrl("/"));
		for (int i = 1; i <= 10; i++) {
			mvc.perform(signIn(username, "wrong-" + i, address)).andExpect(redirectedUrl("/login?error"));
		}
		mvc.perform(signIn(username, PASSWORD, address)).andExpect(redirectedUrl("/login?locked"));
		mvc.perform(get("/login?locked"))
			.andExpect(content().string(containsString("spærret herfra i op til 15 minutter")));

		assertThat(lockedMinutesFromNow(username, address)).isBetween(14.0, 15.1);
		assertThat(auditedSignIns(username, "FAILURE")).isEqualTo(19);
		assertThat(auditedSignIns(username, "DENIED")).isEqualTo(1);
		assertThat(auditedSignIns(username, "SUCCESS")).isEqualTo(1);
	}

	@Test
	void aLockRunsOutAfterItsTime() throws Exception {
		String username = newUser();
		for (int i = 1; i <= 10; i++) {
			mvc.perform(signIn(username, "wrong", address));
		}
		mvc.perform(signIn(username, PASSWORD, address)).andExpect(redirectedUrl("/login?locked"));
		timePasses(Duration.ofMinutes(15));
		mvc.perform(signIn(username, PASSWORD, address)).andExpect(redirectedUrl("/"));
	}

	@Test
	void anUnknownUsernameIsLockedTheSameWaySoALockRevealsNothing() throws Exception {
		String username = "nobody-" + UUID.randomUUID().toString().substring(0, 8);
		for (int i = 1; i <= 10; i++) {
			mvc.perform(signIn(username, "guess-" + i, address)).andExpect(redirectedUrl("/login?error"));
		}
		mvc.perform(signIn(username, "guess-11", address)).andExpect(redirectedUrl("/login?locked"));
	}

	@Test
	void theUsernameIsMatchedWithoutRegardToCaseOrSpaces() throws Exception {
		String username = newUser();
		for (int i = 1; i <= 10; i++) {
			mvc.perform(signIn((i % 2 == 0) ? username.toUpperCase() : " " + username, "wrong", address));
		}
		mvc.perform(signIn(username, PASSWORD, address)).andExpect(redirectedUrl("/login?locked"));
	}

	/**
	 * The owner signs in from elsewhere after a short delay, however long a stranger
	 * keeps failing; the stranger's address stays locked.
	 */
	@Test
	void anotherAddressSignsInAfterADelayWhileTheFailingAddressStaysLocked() throws Exception {
		String username = newUser();
		String owner = newAddress();
		for (int i = 1; i <= 10; i++) {
			mvc.perform(signIn(username, "guess-" + i, address)).andExpect(redirectedUrl("/login?error"));
		}
		mvc.perform(signIn(username, PASSWORD, address)).andExpect(redirectedUrl("/login?locked"));
		mvc.perform(signIn(username, PASSWORD, owner)).andExpect(redirectedUrl("/login?locked"));

		timePasses(Duration.ofMinutes(5));
		mvc.perform(signIn(username, PASSWORD, address)).andExpect(redirectedUrl("/login?locked"));
		mvc.perform(signIn(username, "guess-11", address)).andExpect(redirectedUrl("/login?locked"));
		mvc.perform(signIn(username, PASSWORD, owner)).andExpect(redirectedUrl("/"));
		mvc.perform(signIn(username, PASSWORD, address)).andExpect(redirectedUrl("/login?locked"));
		assertThat(auditedSignIns(username, "FAILURE")).isEqualTo(10);
	}

	/** One password tried on many usernames from one address. */
	@Test
	void sprayingOnePasswordAcrossUsernamesLocksTheAddress() throws Exception {
		for (int i = 1; i <= 30; i++) {
			mvc.perform(signIn("spray-" + UUID.randomUUID().toString().substring(0, 8), "Sommer2026!", address))
				.andExpect(redirectedUrl("/login?error"));
		}
		String username = newUser();
		mvc.perform(signIn(username, PASSWORD, address)).andExpect(redirectedUrl("/login?locked"));
		mvc.perform(signIn(username, PASSWORD, newAddress())).andExpect(redirectedUrl("/"));
		timePasses(Duration.ofMinutes(15));
		mvc.perform(signIn(newUser(), PASSWORD, address)).andExpect(redirectedUrl("/"));
	}

	@Test
	void signingInDoesNotUseUpTheAddress() throws Exception {
		String username = newUser();
		for (int i = 1; i <= 40; i++) {
			mvc.perform(signIn(username, PASSWORD, address)).andExpect(redirectedUrl("/"));
		}
	}

	/**
	 * A script sends 59 wrong passwords at once over real HTTP, all from 127.0.0.1: no
	 * more than ten reach the password check, and the right one is refused afterwards.
	 */
	@Nested
	class AtOnce {

		@LocalServerPort
		int port;

		@Test
		void aBurstOfWrongPasswordsGetsNoMoreChecksThanTheLimit() throws Exception {
			String username = newUser();
			CookieClient attacker = new CookieClient(port, "Attacker script");
			attacker.get("/login");

			List<HttpResponse<String>> answers = CookieClient.atOnce(59,
					(i) -> () -> attacker.post("/login", Map.of("username", username, "password", "guess-" + i)));

			assertThat(answers).extracting(CookieClient::location)
				.containsOnly("/login?error", "/login?locked")
				.filteredOn("/login?error"::equals)
				.hasSize(10);
			assertThat(
					CookieClient.location(attacker.post("/login", Map.of("username", username, "password", PASSWORD))))
				.isEqualTo("/login?locked");
			assertThat(auditedSignIns(username, "FAILURE")).isEqualTo(10);
			assertThat(auditedSignIns(username, "DENIED")).isEqualTo(50);
			assertThat(auditedSignIns(username, "SUCCESS")).isZero();
		}

	}

	/** The login form sent from a client address. */
	private MockHttpServletRequestBuilder signIn(String username, String password, String from) {
		return post("/login").param("username", username).param("password", password).with(csrf()).with((request) -> {
			request.setRemoteAddr(from);
			return request;
		});
	}

	private static String newAddress() {
		return "2001:db8::" + UUID.randomUUID().toString().substring(0, 4);
	}

	private String newUser() {
		String username = "lock-" + UUID.randomUUID().toString().substring(0, 8);
		long organisation = jdbc.sql("select id from organisation where name = 'Aarhus Kommune'")
			.query(Long.class)
			.single();
		accounts.provisionIfAbsent(username, PASSWORD, "Lock Test", Role.PEER_WORKER, organisation, null);
		return username;
	}

	/** Moves every counter's time back, as if the time had passed. */
	private void timePasses(Duration duration) {
		jdbc.sql("update password_attempt set resets_at = resets_at - ? * interval '1 second'")
			.param(duration.toSeconds() + 1)
			.update();
	}

	private double lockedMinutesFromNow(String username, String from) {
		return jdbc.sql("""
				select extract(epoch from resets_at - now()) / 60 from password_attempt
				where scope = 'USERNAME_AT_ADDRESS' and key_hash = sha256(convert_to(? || chr(10) || ?, 'UTF8'))
				""").param(username).param(from).query(Double.class).single();
	}

	private int auditedSignIns(String username, String outcome) {
		return jdbc
			.sql("select count(*) from audit_event where action = 'LOGIN' and actor_username = ? and outcome = ?")
			.param(username)
			.param(outcome)
			.query(Integer.class)
			.single();
	}

}
