package dk.peerstoette.account;

import java.net.http.HttpResponse;
import java.security.Key;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.spec.SecretKeySpec;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import org.apache.commons.codec.binary.Base32;
import org.junit.jupiter.api.Test;

import dk.peerstoette.CookieClient;
import dk.peerstoette.IntegrationTest;
import dk.peerstoette.TestClock;
import dk.peerstoette.security.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The second factor over real HTTP: enrolment with a code computed from the secret the
 * page shows, then every sign-in of that user asks for a current code or an unused
 * recovery code before any page is served; codes are accepted once, and guesses sent at
 * once get no more checks than the limit.
 */
@IntegrationTest
class SecondFactorWebTest {

	private static final String PASSWORD = "Second-factor-test-42";

	private static final Pattern SECRET = Pattern.compile("id=\"second-factor-secret\">([A-Z2-7]+)<");

	private static final Pattern RECOVERY = Pattern.compile("<li>([a-z2-9]{5}-[a-z2-9]{5})</li>");

	private static final TimeBasedOneTimePasswordGenerator TOTP = new TimeBasedOneTimePasswordGenerator();

	@LocalServerPort
	int port;

	@Autowired
	StaffAccountService accounts;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aSignInWithTheRightPasswordServesNoPageUntilACurrentCodeIsGiven() throws Exception {
		Enrolled user = enrolledUser();

		CookieClient thief = new CookieClient(this.port, "Password thief");
		assertThat(CookieClient.location(thief.signIn(user.username(), PASSWORD))).isEqualTo("/");
		for (String page : List.of("/", "/account/sessions", "/recipients", "/contacts/new", "/peers/me")) {
			HttpResponse<String> answer = thief.get(page);
			assertThat(answer.statusCode()).as(page).isEqualTo(302);
			assertThat(CookieClient.location(answer)).as(page).startsWith("/login/second-factor?");
		}
		// The enrolment page gives nothing away to a password-only sign-in.
		assertThat(thief.get("/account/second-factor").body()).doesNotContain(user.secret())
			.doesNotContain("second-factor-secret");
		assertThat(CookieClient.location(thief.post("/login/second-factor", Map.of("code", "000000"))))
			.isEqualTo("/login/second-factor?error");
		assertThat(thief.get("/").statusCode()).isEqualTo(302);

		CookieClient owner = new CookieClient(this.port, "Owner");
		owner.signIn(user.username(), PASSWORD);
		assertThat(owner.get("/").statusCode()).isEqualTo(302);
		assertThat(owner.get("/login/second-factor").statusCode()).isEqualTo(200);
		String code = code(user.secret(), TestClock.get().instant().plusSeconds(30));
		assertThat(CookieClient.location(owner.post("/login/second-factor", Map.of("code", code)))).isEqualTo("/");
		assertThat(owner.get("/").statusCode()).isEqualTo(200);
		assertThat(owner.get("/account/second-factor").body()).contains("second-factor-enrolled")
			.doesNotContain(user.secret());

		// The same code a second time (seen over a shoulder) opens nothing.
		CookieClient replay = new CookieClient(this.port, "Replay");
		replay.signIn(user.username(), PASSWORD);
		replay.get("/login/second-factor");
		assertThat(CookieClient.location(replay.post("/login/second-factor", Map.of("code", code))))
			.isEqualTo("/login/second-factor?error");
		assertThat(replay.get("/").statusCode()).isEqualTo(302);
	}

	@Test
	void aRecoveryCodeSignsInOnce() throws Exception {
		Enrolled user = enrolledUser();
		String recovery = user.recoveryCodes().get(3);

		CookieClient first = new CookieClient(this.port, "Lost phone");
		first.signIn(user.username(), PASSWORD);
		first.get("/login/second-factor");
		assertThat(CookieClient.location(first.post("/login/second-factor", Map.of("code", recovery.toUpperCase()))))
			.isEqualTo("/");
		assertThat(first.get("/").statusCode()).isEqualTo(200);

		CookieClient again = new CookieClient(this.port, "Lost phone again");
		again.signIn(user.username(), PASSWORD);
		again.get("/login/second-factor");
		assertThat(CookieClient.location(again.post("/login/second-factor", Map.of("code", recovery))))
			.isEqualTo("/login/second-factor?error");
		assertThat(again.get("/").statusCode()).isEqualTo(302);
		assertThat(this.jdbc.sql("""
				select count(*) from second_factor_recovery_code c join staff_user u on u.id = c.user_id
				where u.username = ? and c.used_at is null
				""").param(user.username()).query(Integer.class).single()).isEqualTo(9);
	}

	/**
	 * A script with the password sends 40 guesses at once: five reach the check, and then
	 * even the right code is refused for the lock's time.
	 */
	@Test
	void guessesSentAtOnceGetFiveChecks() throws Exception {
		Enrolled user = enrolledUser();
		CookieClient attacker = new CookieClient(this.port, "Attacker script");
		attacker.signIn(user.username(), PASSWORD);
		attacker.get("/login/second-factor");

		List<HttpResponse<String>> answers = CookieClient.atOnce(40, (i) -> () -> attacker.post("/login/second-factor",
				Map.of("code", String.format(Locale.ROOT, "%06d", 100_000 + i * 7))));

		assertThat(answers).extracting(CookieClient::location)
			.containsOnly("/login/second-factor?error", "/login/second-factor?locked")
			.filteredOn("/login/second-factor?error"::equals)
			.hasSize(5);
		String code = code(user.secret(), TestClock.get().instant().plusSeconds(30));
		assertThat(CookieClient.location(attacker.post("/login/second-factor", Map.of("code", code))))
			.isEqualTo("/login/second-factor?locked");
		assertThat(attacker.get("/").statusCode()).isEqualTo(302);
	}

	@Test
	void enrolmentPagesOpenedAtOnceAllShowTheSameKey() throws Exception {
		String username = newUser();
		CookieClient client = CookieClient.signedIn(this.port, username, PASSWORD, "Two tabs");
		List<HttpResponse<String>> pages = CookieClient.atOnce(8, (i) -> () -> client.get("/account/second-factor"));
		assertThat(pages).allSatisfy((page) -> assertThat(page.statusCode()).isEqualTo(200));
		assertThat(pages.stream().map((page) -> find(SECRET, page.body()).get(0)).distinct()).hasSize(1);
	}

	@Test
	void enrolmentNeedsACurrentCodeAndShowsTheRecoveryCodesOnce() throws Exception {
		String username = newUser();
		CookieClient client = CookieClient.signedIn(this.port, username, PASSWORD, "Enrolling");
		String page = client.get("/account/second-factor").body();
		assertThat(page).contains("data:image/svg+xml;base64,");
		String secret = find(SECRET, page).get(0);
		assertThat(client.get("/account/second-factor").body()).contains(secret);

		HttpResponse<String> wrong = client.post("/account/second-factor", Map.of("code", "123456"));
		assertThat(wrong.statusCode()).isEqualTo(200);
		assertThat(find(RECOVERY, wrong.body())).isEmpty();

		HttpResponse<String> confirmed = client.post("/account/second-factor",
				Map.of("code", code(secret, TestClock.get().instant())));
		assertThat(CookieClient.location(confirmed)).isEqualTo("/account/second-factor");
		String shown = client.get("/account/second-factor").body();
		assertThat(find(RECOVERY, shown)).hasSize(10).doesNotHaveDuplicates();
		assertThat(shown).doesNotContain(secret);
		assertThat(find(RECOVERY, client.get("/account/second-factor").body())).isEmpty();
		// Enrolling was this sign-in's second factor.
		assertThat(client.get("/").statusCode()).isEqualTo(200);
		assertThat(this.jdbc.sql("""
				select count(*) from audit_event where entity_type = 'SECOND_FACTOR' and action = 'CREATE'
				and actor_username = ?""").param(username).query(Integer.class).single()).isEqualTo(1);
	}

	/**
	 * A lost phone: the administrator resets the factor, the user's sessions end, and the
	 * user signs in with the password and enrols anew. Nobody else may reset it.
	 */
	@Test
	void anAdministratorResetsTheFactorAndTheUserEnrolsAgain() throws Exception {
		Enrolled user = enrolledUser();
		long id = this.jdbc.sql("select id from staff_user where username = ?")
			.param(user.username())
			.query(Long.class)
			.single();
		CookieClient owner = new CookieClient(this.port, "Owner");
		owner.signIn(user.username(), PASSWORD);
		owner.get("/login/second-factor");
		owner.post("/login/second-factor", Map.of("code", user.recoveryCodes().get(0)));
		assertThat(owner.get("/").statusCode()).isEqualTo(200);

		// The user (or anyone not an administrator) cannot reset it.
		owner.get("/account/sessions");
		assertThat(owner.post("/admin/users/" + id + "/second-factor/reset", Map.of()).statusCode()).isEqualTo(403);

		CookieClient admin = CookieClient.signedIn(this.port, "admin", "demo", "Administrator");
		assertThat(admin.get("/admin/users/" + id).body()).contains("/second-factor/reset");
		assertThat(CookieClient.location(admin.post("/admin/users/" + id + "/second-factor/reset", Map.of())))
			.isEqualTo("/admin/users/" + id);
		assertThat(owner.isSignedIn()).isFalse();
		assertThat(this.jdbc.sql("""
				select count(*) from audit_event where entity_type = 'USER' and entity_id = ?
				and detail = 'SECOND_FACTOR_RESET;HAD_FACTOR=true'""")
			.param(Long.toString(id))
			.query(Integer.class)
			.single()).isEqualTo(1);

		CookieClient again = CookieClient.signedIn(this.port, user.username(), PASSWORD, "Owner, new phone");
		assertThat(again.get("/").statusCode()).isEqualTo(200);
		String secret = find(SECRET, again.get("/account/second-factor").body()).get(0);
		assertThat(secret).isNotEqualTo(user.secret());
	}

	/**
	 * A change to the account that keeps its sessions (a new name) works the principal
	 * out again in each of them: a session still owing its code keeps owing it.
	 */
	@Test
	void aSessionWaitingForItsCodeStillWaitsAfterTheAccountIsRenamed() {
		Enrolled user = enrolledUser();
		long id = this.jdbc.sql("select id from staff_user where username = ?")
			.param(user.username())
			.query(Long.class)
			.single();
		CookieClient thief = new CookieClient(this.port, "Password thief");
		thief.signIn(user.username(), PASSWORD);
		assertThat(CookieClient.location(thief.get("/recipients"))).startsWith("/login/second-factor?");

		CookieClient admin = CookieClient.signedIn(this.port, "admin", "demo", "Administrator");
		admin.get("/admin/users/" + id + "/edit");
		long version = this.jdbc.sql("select version from staff_user where id = ?")
			.param(id)
			.query(Long.class)
			.single();
		assertThat(
				CookieClient.location(admin.post("/admin/users/" + id,
						Map.of("fullName", "TOTP Renamed", "version", String.valueOf(version), "role",
								Role.PEER_WORKER.name(), "organisationId", String.valueOf(aarhus())))))
			.isEqualTo("/admin/users/" + id);
		assertThat(
				this.jdbc.sql("select full_name from staff_user where id = ?").param(id).query(String.class).single())
			.isEqualTo("TOTP Renamed");

		assertThat(CookieClient.location(thief.get("/recipients"))).startsWith("/login/second-factor?");
		assertThat(thief.get("/").statusCode()).isEqualTo(302);
	}

	private Enrolled enrolledUser() {
		String username = newUser();
		CookieClient client = CookieClient.signedIn(this.port, username, PASSWORD, "Enrolling");
		String secret = find(SECRET, client.get("/account/second-factor").body()).get(0);
		client.post("/account/second-factor", Map.of("code", code(secret, TestClock.get().instant())));
		List<String> recovery = find(RECOVERY, client.get("/account/second-factor").body());
		assertThat(recovery).hasSize(10);
		return new Enrolled(username, secret, recovery);
	}

	private String newUser() {
		String username = "totp-" + UUID.randomUUID().toString().substring(0, 8);
		this.accounts.provisionIfAbsent(username, PASSWORD, "TOTP Test", Role.PEER_WORKER, aarhus(), null);
		return username;
	}

	private long aarhus() {
		return this.jdbc.sql("select id from organisation where name = 'Aarhus Kommune'").query(Long.class).single();
	}

	static String code(String secret, Instant at) {
		try {
			Key key = new SecretKeySpec(new Base32().decode(secret), TOTP.getAlgorithm());
			return TOTP.generateOneTimePasswordString(key, at, Locale.ROOT);
		}
		catch (java.security.InvalidKeyException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static List<String> find(Pattern pattern, String body) {
		List<String> found = new ArrayList<>();
		Matcher matcher = pattern.matcher(body);
		while (matcher.find()) {
			found.add(matcher.group(1));
		}
		return found;
	}

	record Enrolled(String username, String secret, List<String> recoveryCodes) {
	}

}
