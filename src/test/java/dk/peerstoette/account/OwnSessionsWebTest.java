package dk.peerstoette.account;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import dk.peerstoette.CookieClient;
import dk.peerstoette.IntegrationTest;
import dk.peerstoette.TestProgramme;
import dk.peerstoette.security.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A user's own sessions (issue 12, item 3): they see each device they are signed in on
 * and when it was last used, can end any of them, and changing their password ends every
 * other one. Over real HTTP, several clients per user, as several devices would be.
 */
@IntegrationTest
class OwnSessionsWebTest {

	private static final String PASSWORD = "Own-sessions-pass-9";

	private static final String FIREFOX = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Firefox/128.0";

	private static final String SAFARI = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) "
			+ "AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1";

	private static final String CHROME = "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 "
			+ "(KHTML, like Gecko) Chrome/126.0.0.0 Mobile Safari/537.36";

	private static final Pattern END_FORM = Pattern.compile("action=\"(/account/sessions/[^\"/]+/end)\"");

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	StaffAccountService accounts;

	@Nested
	class TheList {

		@Test
		void showsEachDeviceOfTheUserAndMarksThisOne() {
			String username = peerWorker();
			CookieClient laptop = CookieClient.signedIn(port, username, PASSWORD, FIREFOX);
			CookieClient phone = CookieClient.signedIn(port, username, PASSWORD, SAFARI);
			CookieClient someoneElse = CookieClient.signedIn(port, peerWorker(), PASSWORD, CHROME);

			HttpResponse<String> page = laptop.get("/account/sessions");
			assertThat(page.statusCode()).isEqualTo(200);
			assertThat(page.body()).contains("Aktive sessioner")
				.contains("Firefox på Windows")
				.contains("Safari på iOS")
				.doesNotContain("Chrome på Android")
				.contains("Denne enhed")
				.contains("<th scope=\"col\"");
			assertThat(endForms(page)).hasSize(1);
			assertThat(phone.isSignedIn()).isTrue();
			assertThat(someoneElse.isSignedIn()).isTrue();
		}

		@Test
		void isInEnglishToo() {
			CookieClient laptop = CookieClient.signedIn(port, peerWorker(), PASSWORD, FIREFOX);
			assertThat(laptop.get("/account/sessions?lang=en").body()).contains("Active sessions")
				.contains("Firefox on Windows")
				.contains("This device");
		}

		@Test
		void isLinkedFromTheUserMenu() {
			CookieClient laptop = CookieClient.signedIn(port, peerWorker(), PASSWORD, FIREFOX);
			assertThat(laptop.get("/").body()).contains("href=\"/account/sessions\"");
		}

	}

	@Nested
	class Ending {

		@Test
		void endsAnotherSessionOfTheUserAndLogsIt() {
			String username = peerWorker();
			CookieClient laptop = CookieClient.signedIn(port, username, PASSWORD, FIREFOX);
			CookieClient phone = CookieClient.signedIn(port, username, PASSWORD, SAFARI);

			String end = endForms(laptop.get("/account/sessions")).get(0);
			HttpResponse<String> ended = laptop.post(end, Map.of());
			assertThat(ended.statusCode()).isEqualTo(302);

			assertThat(phone.isSignedIn()).isFalse();
			assertThat(laptop.isSignedIn()).isTrue();
			assertThat(laptop.get("/account/sessions").body()).doesNotContain("Safari på iOS");
			assertThat(jdbc.sql("""
					select count(*) from audit_event where actor_username = ? and action = 'LOGOUT'
					and entity_type = 'SESSION' and detail = 'SESSIONS_ENDED=1'
					""").param(username).query(Integer.class).single()).isEqualTo(1);
		}

		@Test
		void endsEveryOtherSessionAtOnce() {
			String username = peerWorker();
			CookieClient laptop = CookieClient.signedIn(port, username, PASSWORD, FIREFOX);
			CookieClient phone = CookieClient.signedIn(port, username, PASSWORD, SAFARI);
			CookieClient tablet = CookieClient.signedIn(port, username, PASSWORD, CHROME);

			laptop.get("/account/sessions");
			assertThat(laptop.post("/account/sessions/end-others", Map.of()).statusCode()).isEqualTo(302);

			assertThat(phone.isSignedIn()).isFalse();
			assertThat(tablet.isSignedIn()).isFalse();
			assertThat(laptop.isSignedIn()).isTrue();
		}

		@Test
		void cannotEndSomeoneElsesSession() {
			CookieClient victim = CookieClient.signedIn(port, peerWorker(), PASSWORD, SAFARI);
			CookieClient victimsLaptop = victim.sameCookieElsewhere(SAFARI);
			CookieClient victimsOther = CookieClient.signedIn(port, victimUsername(victim), PASSWORD, FIREFOX);
			String victimsEnd = endForms(victimsOther.get("/account/sessions")).get(0);

			CookieClient attacker = CookieClient.signedIn(port, peerWorker(), PASSWORD, FIREFOX);
			attacker.get("/account/sessions");
			attacker.post(victimsEnd, Map.of());

			assertThat(victimsLaptop.isSignedIn()).isTrue();
		}

	}

	@Nested
	class PasswordChange {

		@Test
		void endsTheUsersOtherSessionsAndKeepsThisOne() {
			String username = peerWorker();
			CookieClient laptop = CookieClient.signedIn(port, username, PASSWORD, FIREFOX);
			CookieClient phone = CookieClient.signedIn(port, username, PASSWORD, SAFARI);

			assertThat(laptop.get("/account/password").statusCode()).isEqualTo(200);
			HttpResponse<String> changed = laptop.post("/account/password", Map.of("currentPassword", PASSWORD,
					"password", "Changed-by-me-12", "passwordRepeat", "Changed-by-me-12"));
			assertThat(changed.statusCode()).isEqualTo(302);

			assertThat(phone.isSignedIn()).isFalse();
			assertThat(laptop.isSignedIn()).isTrue();
			assertThat(new CookieClient(port, SAFARI).signIn(username, PASSWORD).headers().firstValue("Location"))
				.hasValueSatisfying((to) -> assertThat(to).endsWith("/login?error"));
			assertThat(CookieClient.signedIn(port, username, "Changed-by-me-12", SAFARI).isSignedIn()).isTrue();
		}

		@Test
		void aWrongCurrentPasswordChangesNothing() {
			String username = peerWorker();
			CookieClient laptop = CookieClient.signedIn(port, username, PASSWORD, FIREFOX);
			CookieClient phone = CookieClient.signedIn(port, username, PASSWORD, SAFARI);

			laptop.get("/account/password");
			HttpResponse<String> refused = laptop.post("/account/password", Map.of("currentPassword", "not-it",
					"password", "Changed-by-me-12", "passwordRepeat", "Changed-by-me-12"));
			assertThat(refused.statusCode()).isEqualTo(200);
			assertThat(refused.body()).contains("aria-invalid=\"true\"").doesNotContain("Changed-by-me-12");

			assertThat(phone.isSignedIn()).isTrue();
			assertThat(CookieClient.signedIn(port, username, PASSWORD, SAFARI).isSignedIn()).isTrue();
		}

		@Test
		void guessingTheCurrentPasswordSignsTheSessionOut() {
			String username = peerWorker();
			CookieClient stolen = CookieClient.signedIn(port, username, PASSWORD, FIREFOX);
			stolen.get("/account/password");
			for (int guess = 1; guess < OwnAccountService.MAX_WRONG_PASSWORDS; guess++) {
				assertThat(stolen
					.post("/account/password",
							Map.of("currentPassword", "guess-" + guess, "password", "Taken-over-pass-1",
									"passwordRepeat", "Taken-over-pass-1"))
					.statusCode()).isEqualTo(200);
			}
			HttpResponse<String> last = stolen.post("/account/password", Map.of("currentPassword", "guess-last",
					"password", "Taken-over-pass-1", "passwordRepeat", "Taken-over-pass-1"));
			assertThat(last.headers().firstValue("Location"))
				.hasValueSatisfying((to) -> assertThat(to).endsWith("/login"));
			assertThat(stolen.isSignedIn()).isFalse();
			assertThat(jdbc.sql("""
					select count(*) from audit_event where actor_username = ? and action = 'UPDATE'
					and outcome = 'FAILURE' and detail like 'REASON=WRONG_PASSWORD;%'
					""").param(username).query(Integer.class).single())
				.isEqualTo(OwnAccountService.MAX_WRONG_PASSWORDS);
		}

		/**
		 * Guesses sent at once are counted before they are checked: 30 of them get five
		 * checks, and the right password after them changes nothing.
		 */
		@Test
		void guessesSentAtOnceGetNoMoreThanFiveChecks() throws Exception {
			String username = peerWorker();
			CookieClient stolen = CookieClient.signedIn(port, username, PASSWORD, FIREFOX);
			stolen.get("/account/password");
			List<HttpResponse<String>> answers = CookieClient.atOnce(30,
					(i) -> () -> stolen.post("/account/password", Map.of("currentPassword", "guess-" + i, "password",
							"Taken-over-pass-1", "passwordRepeat", "Taken-over-pass-1")));
			assertThat(answers).extracting(HttpResponse::statusCode).allMatch((code) -> code < 500);
			stolen.post("/account/password", Map.of("currentPassword", PASSWORD, "password", "Taken-over-pass-1",
					"passwordRepeat", "Taken-over-pass-1"));
			assertThat(jdbc
				.sql("select count(*) from audit_event where actor_username = ? and detail = 'PASSWORD_CHANGED'")
				.param(username)
				.query(Integer.class)
				.single()).isZero();
			assertThat(jdbc.sql("""
					select count(*) from audit_event where actor_username = ? and action = 'UPDATE'
					and outcome = 'FAILURE' and detail like 'REASON=WRONG_PASSWORD;%'
					""").param(username).query(Integer.class).single())
				.isEqualTo(OwnAccountService.MAX_WRONG_PASSWORDS);
			assertThat(CookieClient.signedIn(port, username, PASSWORD, SAFARI).isSignedIn()).isTrue();
		}

	}

	private String peerWorker() {
		TestProgramme programme = new TestProgramme(this.jdbc) {
		};
		String username = "s3.own." + TestProgramme.tag().toLowerCase(Locale.ROOT);
		this.accounts.provisionIfAbsent(username, PASSWORD, "Olga Own", Role.PEER_WORKER,
				programme.organisation(TestProgramme.COPENHAGEN), null);
		return username;
	}

	private String victimUsername(CookieClient victim) {
		return this.jdbc.sql("select principal_name from spring_session where session_id = ?")
			.param(victim.sessionId())
			.query(String.class)
			.single();
	}

	private static List<String> endForms(HttpResponse<String> page) {
		Matcher form = END_FORM.matcher(page.body());
		List<String> actions = new java.util.ArrayList<>();
		while (form.find()) {
			actions.add(form.group(1));
		}
		return actions;
	}

}
