package dk.peerstoette.account;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import dk.peerstoette.CookieClient;
import dk.peerstoette.IntegrationTest;
import dk.peerstoette.TestClock;
import dk.peerstoette.security.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code app.security.second-factor.required-roles}: a user of a listed role without a
 * factor gets only the enrolment after the password; other roles sign in as before. The
 * one test class with this setting (its own application context, as under {@code prod}
 * every role is listed).
 */
@IntegrationTest
@TestPropertySource(properties = "app.security.second-factor.required-roles=COORDINATOR")
class RequiredSecondFactorWebTest {

	private static final String PASSWORD = "Required-factor-test-42";

	private static final Pattern SECRET = Pattern.compile("id=\"second-factor-secret\">([A-Z2-7]+)<");

	@LocalServerPort
	int port;

	@Autowired
	StaffAccountService accounts;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aRequiredRoleWithoutAFactorGetsOnlyTheEnrolment() {
		String username = newUser(Role.COORDINATOR);
		CookieClient client = new CookieClient(this.port, "Coordinator");
		assertThat(CookieClient.location(client.signIn(username, PASSWORD))).isEqualTo("/");
		for (String page : List.of("/", "/recipients", "/account/sessions", "/courses")) {
			assertThat(CookieClient.location(client.get(page))).as(page).startsWith("/login/second-factor?");
		}
		assertThat(CookieClient.location(client.get("/login/second-factor"))).isEqualTo("/account/second-factor");
		String page = client.get("/account/second-factor").body();
		Matcher secret = SECRET.matcher(page);
		assertThat(secret.find()).isTrue();

		assertThat(CookieClient.location(client.post("/account/second-factor",
				Map.of("code", SecondFactorWebTest.code(secret.group(1), TestClock.get().instant())))))
			.isEqualTo("/account/second-factor");
		assertThat(client.get("/recipients").statusCode()).isEqualTo(200);

		// From now on the code is asked for at every sign-in.
		CookieClient later = new CookieClient(this.port, "Coordinator later");
		later.signIn(username, PASSWORD);
		assertThat(CookieClient.location(later.get("/login/second-factor"))).isEmpty();
		assertThat(later.get("/login/second-factor").statusCode()).isEqualTo(200);
	}

	@Test
	void aRoleNotListedSignsInWithThePasswordAlone() {
		String username = newUser(Role.PEER_WORKER);
		CookieClient client = CookieClient.signedIn(this.port, username, PASSWORD, "Peer worker");
		assertThat(client.get("/").statusCode()).isEqualTo(200);
	}

	/**
	 * An administrator's reset of a user of a required role who has no factor yet: the
	 * one-time password opens only the enrolment, then only the change of password, then
	 * the pages.
	 */
	@Test
	void aOneTimePasswordLeadsThroughTheEnrolmentToTheChangeOfPassword() {
		String username = newUser(Role.COORDINATOR);
		long id = this.jdbc.sql("select id from staff_user where username = ?")
			.param(username)
			.query(Long.class)
			.single();
		CookieClient admin = CookieClient.signedIn(this.port, "admin", "demo", "Administrator");
		admin.get("/admin/users/" + id + "/password");
		String oneTime = "Handed-Over-Once-73";
		assertThat(CookieClient.location(admin.post("/admin/users/" + id + "/password",
				Map.of("password", oneTime, "passwordRepeat", oneTime, "version",
						String.valueOf(this.jdbc.sql("select version from staff_user where id = ?")
							.param(id)
							.query(Long.class)
							.single())))))
			.isEqualTo("/admin/users/" + id);

		CookieClient client = new CookieClient(this.port, "Coordinator");
		client.signIn(username, oneTime);
		assertThat(CookieClient.location(client.get("/recipients"))).isEqualTo("/account/password");
		assertThat(CookieClient.location(client.get("/account/password"))).startsWith("/login/second-factor");
		assertThat(CookieClient.location(client.get("/login/second-factor"))).isEqualTo("/account/second-factor");
		Matcher secret = SECRET.matcher(client.get("/account/second-factor").body());
		assertThat(secret.find()).isTrue();
		client.post("/account/second-factor",
				Map.of("code", SecondFactorWebTest.code(secret.group(1), TestClock.get().instant())));

		assertThat(CookieClient.location(client.get("/recipients"))).isEqualTo("/account/password");
		assertThat(client.get("/account/password").statusCode()).isEqualTo(200);
		String own = "Chosen-By-Myself-Lake-64";
		assertThat(CookieClient.location(client.post("/account/password",
				Map.of("currentPassword", oneTime, "password", own, "passwordRepeat", own))))
			.isEqualTo("/account/sessions");
		assertThat(client.get("/recipients").statusCode()).isEqualTo(200);
	}

	private String newUser(Role role) {
		String username = "required-" + UUID.randomUUID().toString().substring(0, 8);
		long organisation = this.jdbc.sql("select id from organisation where name = 'Aarhus Kommune'")
			.query(Long.class)
			.single();
		this.accounts.provisionIfAbsent(username, PASSWORD, "Required Test", role, organisation, null);
		return username;
	}

}
