package dk.peerstoette.security;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import dk.peerstoette.IntegrationTest;
import dk.peerstoette.account.StaffAccounts;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

@IntegrationTest
class LoginLockoutTest {

	private static final String PASSWORD = "Right-password-42";

	@Autowired
	MockMvc mvc;

	@Autowired
	StaffAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Test
	void tenFailedSignInsLockTheUsernameEvenForTheRightPassword() throws Exception {
		String username = newUser();
		for (int i = 1; i <= 9; i++) {
			mvc.perform(formLogin("/login").user(username).password("wrong-" + i))
				.andExpect(redirectedUrl("/login?error"));
		}
		// Nine failures: the right password still works, and resets the count.
		mvc.perform(formLogin("/login").user(username).password(PASSWORD)).andExpect(redirectedUrl("/"));
		for (int i = 1; i <= 10; i++) {
			mvc.perform(formLogin("/login").user(username).password("wrong-" + i))
				.andExpect(redirectedUrl("/login?error"));
		}
		mvc.perform(formLogin("/login").user(username).password(PASSWORD)).andExpect(redirectedUrl("/login?locked"));
		mvc.perform(get("/login?locked"))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("spærret i 15 minutter")));

		assertThat(lockedUntilMinutesFromNow(username)).isBetween(14.0, 15.1);
		assertThat(auditedSignIns(username, "FAILURE")).isEqualTo(19);
		assertThat(auditedSignIns(username, "DENIED")).isEqualTo(1);
		assertThat(auditedSignIns(username, "SUCCESS")).isEqualTo(1);
	}

	@Test
	void aLockRunsOutAfterItsTime() throws Exception {
		String username = newUser();
		for (int i = 1; i <= 10; i++) {
			mvc.perform(formLogin("/login").user(username).password("wrong"));
		}
		mvc.perform(formLogin("/login").user(username).password(PASSWORD)).andExpect(redirectedUrl("/login?locked"));
		// Fifteen minutes pass.
		jdbc.sql("update login_throttle set locked_until = now() - interval '1 second' where username_key = ?")
			.param(username)
			.update();
		mvc.perform(formLogin("/login").user(username).password(PASSWORD)).andExpect(redirectedUrl("/"));
	}

	@Test
	void anUnknownUsernameIsLockedTheSameWaySoALockRevealsNothing() throws Exception {
		String username = "nobody-" + UUID.randomUUID().toString().substring(0, 8);
		for (int i = 1; i <= 10; i++) {
			mvc.perform(formLogin("/login").user(username).password("guess-" + i))
				.andExpect(redirectedUrl("/login?error"));
		}
		mvc.perform(formLogin("/login").user(username).password("guess-11")).andExpect(redirectedUrl("/login?locked"));
	}

	@Test
	void theUsernameIsMatchedWithoutRegardToCaseOrSpaces() throws Exception {
		String username = newUser();
		for (int i = 1; i <= 10; i++) {
			mvc.perform(
					formLogin("/login").user((i % 2 == 0) ? username.toUpperCase() : " " + username).password("wrong"));
		}
		mvc.perform(formLogin("/login").user(username).password(PASSWORD)).andExpect(redirectedUrl("/login?locked"));
	}

	private String newUser() {
		String username = "lock-" + UUID.randomUUID().toString().substring(0, 8);
		long organisation = jdbc.sql("select id from organisation where name = 'Aarhus Kommune'")
			.query(Long.class)
			.single();
		accounts.provisionIfAbsent(username, PASSWORD, "Lock Test", Role.PEER_WORKER, organisation, null);
		return username;
	}

	private double lockedUntilMinutesFromNow(String username) {
		return jdbc
			.sql("select extract(epoch from locked_until - now()) / 60 from login_throttle where username_key = ?")
			.param(username)
			.query(Double.class)
			.single();
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
