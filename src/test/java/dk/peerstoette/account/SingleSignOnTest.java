package dk.peerstoette.account;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import dk.peerstoette.CookieClient;
import dk.peerstoette.IntegrationTest;
import dk.peerstoette.TestClock;
import dk.peerstoette.TestProgramme;
import dk.peerstoette.security.Role;
import dk.peerstoette.security.TestOpenIdProvider;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;

/**
 * Single sign-on through a real OpenID provider ({@link TestOpenIdProvider}), over real
 * HTTP: the authorization code flow with the provider's sign-in page, the back-channel
 * token exchange and the ID token's checks. Two providers are configured:
 * {@code test-idp} signs in existing accounts only, {@code test-idp-new} may also create
 * accounts in Aarhus Kommune.
 */
@IntegrationTest
@WithUserDetails("admin")
class SingleSignOnTest {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

	private static final Pattern SECRET = Pattern.compile("id=\"second-factor-secret\">([A-Z2-7]+)<");

	private static final String BROWSER = "Single sign-on test";

	@LocalServerPort
	int port;

	@Autowired
	StaffAccountService accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@DynamicPropertySource
	static void providers(DynamicPropertyRegistry registry) {
		String issuer = TestOpenIdProvider.issuer();
		Map<String, String> clients = Map.of("test-idp", TestOpenIdProvider.CLIENT, "test-idp-new",
				TestOpenIdProvider.CLIENT_WITH_NEW_ACCOUNTS);
		clients.forEach((registration, client) -> {
			String prefix = "spring.security.oauth2.client.registration." + registration;
			registry.add(prefix + ".client-id", () -> client);
			registry.add(prefix + ".client-secret", () -> TestOpenIdProvider.secretOf(client));
			registry.add(prefix + ".scope", () -> "openid,profile");
			registry.add(prefix + ".client-name",
					() -> registration.equals("test-idp") ? "Test Kommune" : "Test Region");
			registry.add("spring.security.oauth2.client.provider." + registration + ".issuer-uri", () -> issuer);
			registry.add("app.security.single-sign-on.providers." + registration + ".username-claim",
					() -> "preferred_username");
		});
		// Aarhus's provider signs in Aarhus's staff only.
		registry.add("app.security.single-sign-on.providers.test-idp.organisations", () -> TestProgramme.AARHUS);
		registry.add("app.security.single-sign-on.providers.test-idp-new.new-accounts.organisation",
				() -> "Aarhus Kommune");
		registry.add("app.security.single-sign-on.providers.test-idp-new.new-accounts.role", () -> "PEER_WORKER");
	}

	@Test
	void theLoginPageOffersEveryConfiguredProvider() {
		String page = new CookieClient(this.port, BROWSER).get("/login").body();
		assertThat(page).contains("href=\"/oauth2/authorization/test-idp\"", "Test Kommune",
				"href=\"/oauth2/authorization/test-idp-new\"", "Test Region");
	}

	@Test
	void aKnownUserSignsInIntoTheSameSessionsAsWithAPasswordAndDeactivationEndsThem() throws Exception {
		String username = account("sso-coordinator", Role.COORDINATOR);
		SignIn signIn = signInThrough("test-idp", "sso-coordinator");
		assertThat(signIn.landedOn()).isEqualTo("/");
		CookieClient browser = CookieClient.holding(this.port, signIn.cookie(), BROWSER);
		assertThat(browser.get("/recipients").statusCode()).isEqualTo(200);
		assertThat(sessionsOf(username)).isOne();
		assertThat(lastSignIn(username)).isEqualTo("SUCCESS PATH=OIDC;PROVIDER=test-idp");

		this.mvc
			.perform(post("/admin/users/{id}/active", id(username)).with(csrf())
				.param("active", "false")
				.param("version", version(username)))
			.andExpect(flash().attribute("success", "user.deactivated"));

		assertThat(CookieClient.location(browser.get("/recipients"))).endsWith("/login");
		assertThat(sessionsOf(username)).isZero();
		// The provider still vouches for them; this application does not let them in.
		SignIn again = signInThrough("test-idp", "sso-coordinator");
		assertThat(again.landedOn()).isEqualTo("/login?refused");
		assertThat(lastSignIn(username)).isEqualTo("DENIED PATH=OIDC;PROVIDER=test-idp;REASON=DEACTIVATED");
		assertThat(CookieClient.holding(this.port, again.cookie(), BROWSER).isSignedIn()).isFalse();
	}

	@Test
	void aUserTheProviderKnowsButThisApplicationDoesNotIsRefusedAndGetsNoAccount() {
		SignIn signIn = signInThrough("test-idp", "sso-stranger");
		assertThat(signIn.landedOn()).isEqualTo("/login?refused");
		assertThat(CookieClient.holding(this.port, signIn.cookie(), BROWSER).isSignedIn()).isFalse();
		assertThat(this.jdbc.sql("select count(*) from staff_user where username like 'sso-stranger%'")
			.query(Long.class)
			.single()).isZero();
		assertThat(this.jdbc.sql("""
				select count(*) from audit_event where action = 'LOGIN' and outcome = 'DENIED'
				  and actor_id is null and detail = 'PATH=OIDC;PROVIDER=test-idp;REASON=UNKNOWN_USER'
				  and request_id = ?""").param(signIn.callbackRequestId()).query(Long.class).single()).isOne();
	}

	@Test
	void aProviderCannotSignInAnotherOrganisationsStaffOfTheSameName() {
		String username = account("sso-outsider", Role.COORDINATOR, TestProgramme.COPENHAGEN);
		SignIn signIn = signInThrough("test-idp", username);
		assertThat(signIn.landedOn()).isEqualTo("/login?refused");
		assertThat(lastSignIn(username)).isEqualTo("DENIED PATH=OIDC;PROVIDER=test-idp;REASON=OUTSIDE_PROVIDER");
		assertThat(CookieClient.holding(this.port, signIn.cookie(), BROWSER).isSignedIn()).isFalse();
		assertThat(sessionsOf(username)).isZero();
	}

	@Test
	void anExpiredIdTokenIsRefused() {
		account(TestOpenIdProvider.EXPIRED, Role.COORDINATOR);
		SignIn signIn = signInThrough("test-idp", TestOpenIdProvider.EXPIRED);
		assertRefusedWithoutNamingAnyone(signIn);
	}

	@Test
	void anIdTokenSignedWithAKeyTheProviderDoesNotPublishIsRefused() {
		account(TestOpenIdProvider.WRONG_KEY, Role.COORDINATOR);
		SignIn signIn = signInThrough("test-idp", TestOpenIdProvider.WRONG_KEY);
		assertRefusedWithoutNamingAnyone(signIn);
	}

	@Test
	void aProviderAllowedToCreateAccountsCreatesThemInItsOrganisationWithItsRole() {
		SignIn signIn = signInThrough("test-idp-new", "sso-newcomer");
		assertThat(signIn.landedOn()).isEqualTo("/");
		Map<String, Object> created = this.jdbc.sql("""
				select s.role, o.name as organisation, s.full_name, s.active from staff_user s
				  join organisation o on o.id = s.organisation_id where s.username = 'sso-newcomer'""")
			.query()
			.singleRow();
		assertThat(created).containsEntry("role", "PEER_WORKER")
			.containsEntry("organisation", "Aarhus Kommune")
			.containsEntry("full_name", "Anna Test")
			.containsEntry("active", true);
		assertThat(this.jdbc.sql("""
				select count(*) from audit_event where action = 'CREATE' and entity_type = 'USER'
				  and entity_id = ? and detail = 'VIA=OIDC;PROVIDER=test-idp-new'""")
			.param(String.valueOf(id("sso-newcomer")))
			.query(Long.class)
			.single()).isOne();
		assertThat(CookieClient.holding(this.port, signIn.cookie(), BROWSER).get("/").statusCode()).isEqualTo(200);
	}

	@Test
	void anEnrolledSecondFactorIsAskedForAfterTheProviderToo() {
		String username = account("sso-with-factor", Role.COORDINATOR);
		CookieClient first = CookieClient.holding(this.port, signInThrough("test-idp", username).cookie(), BROWSER);
		Matcher secret = SECRET.matcher(first.get("/account/second-factor").body());
		assertThat(secret.find()).isTrue();
		assertThat(CookieClient.location(first.post("/account/second-factor",
				Map.of("code", SecondFactorWebTest.code(secret.group(1), TestClock.get().instant())))))
			.isEqualTo("/account/second-factor");

		SignIn later = signInThrough("test-idp", username);
		assertThat(lastSignIn(username)).isEqualTo("SUCCESS PATH=OIDC;PROVIDER=test-idp;SECOND_FACTOR_DUE");
		CookieClient browser = CookieClient.holding(this.port, later.cookie(), BROWSER);
		assertThat(CookieClient.location(browser.get("/recipients"))).startsWith("/login/second-factor");
		browser.get("/login/second-factor");
		// The code of the next time step: the enrolment used this one's.
		String code = SecondFactorWebTest.code(secret.group(1), TestClock.get().instant().plusSeconds(30));
		assertThat(CookieClient.location(browser.post("/login/second-factor", Map.of("code", code))))
			.doesNotStartWith("/login");
		assertThat(browser.get("/recipients").statusCode()).isEqualTo(200);
	}

	private void assertRefusedWithoutNamingAnyone(SignIn signIn) {
		assertThat(signIn.landedOn()).isEqualTo("/login?refused");
		assertThat(CookieClient.holding(this.port, signIn.cookie(), BROWSER).isSignedIn()).isFalse();
		assertThat(this.jdbc.sql("""
				select count(*) from audit_event where action = 'LOGIN' and outcome = 'FAILURE'
				  and actor_id is null and detail = 'PATH=OIDC;PROVIDER=test-idp;REASON=invalid_id_token'
				  and request_id = ?""").param(signIn.callbackRequestId()).query(Long.class).single()).isOne();
	}

	/** Where a sign-in through the provider ended, and the session cookie it left. */
	record SignIn(String landedOn, String cookie, String callbackRequestId) {

	}

	/**
	 * Follows the authorization code flow as a browser does: from the login page's button
	 * to the provider, its sign-in form, back to this application's callback and on to
	 * where the callback sends the user.
	 */
	private SignIn signInThrough(String registration, String providerUser) {
		CookieManager cookies = new CookieManager();
		HttpClient http = HttpClient.newBuilder()
			.cookieHandler(cookies)
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
		String app = "http://127.0.0.1:" + this.port;
		URI next = URI.create(app + "/oauth2/authorization/" + registration);
		String requestId = "";
		for (int step = 0; step < 12; step++) {
			HttpResponse<String> answer = send(http, HttpRequest.newBuilder(next).GET());
			if (next.getPath().startsWith("/login/oauth2/code/")) {
				requestId = answer.headers().firstValue("X-Request-Id").orElseThrow();
				String landed = CookieClient.location(answer);
				return new SignIn(landed, sessionCookie(cookies, app), requestId);
			}
			if (answer.statusCode() == 200 && next.getPath().equals("/login")) {
				// The provider's own sign-in form.
				Matcher token = CSRF.matcher(answer.body());
				assertThat(token.find()).as("provider's sign-in form").isTrue();
				String form = "username=" + encode(providerUser) + "&password=" + encode(TestOpenIdProvider.PASSWORD)
						+ "&_csrf=" + encode(token.group(1));
				answer = send(http,
						HttpRequest.newBuilder(next)
							.header("Content-Type", "application/x-www-form-urlencoded")
							.POST(HttpRequest.BodyPublishers.ofString(form)));
			}
			assertThat(answer.statusCode()).as("step %s, %s", step, next).isEqualTo(302);
			next = next.resolve(answer.headers().firstValue("Location").orElseThrow());
		}
		throw new AssertionError("the flow did not come back to the application");
	}

	private static String sessionCookie(CookieManager cookies, String app) {
		return cookies.getCookieStore()
			.get(URI.create(app))
			.stream()
			.filter((cookie) -> cookie.getName().equals(CookieClient.SESSION_COOKIE))
			.map(HttpCookie::getValue)
			.findFirst()
			.orElse("");
	}

	private static HttpResponse<String> send(HttpClient http, HttpRequest.Builder request) {
		try {
			return http.send(request.header("User-Agent", BROWSER).header("Accept", "text/html").build(),
					HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	/** An account named as the provider names the user, in Aarhus Kommune. */
	private String account(String username, Role role) {
		return account(username, role, TestProgramme.AARHUS);
	}

	private String account(String username, Role role, String organisationName) {
		long organisation = this.jdbc.sql("select id from organisation where name = ?")
			.param(organisationName)
			.query(Long.class)
			.single();
		this.accounts.provisionIfAbsent(username, "Local-Password-Unused-" + UUID.randomUUID(), "Sofie SSO", role,
				organisation, null);
		return username;
	}

	private long id(String username) {
		return this.jdbc.sql("select id from staff_user where username = ?").param(username).query(Long.class).single();
	}

	private String version(String username) {
		return String.valueOf(this.jdbc.sql("select version from staff_user where username = ?")
			.param(username)
			.query(Long.class)
			.single());
	}

	private long sessionsOf(String username) {
		return this.jdbc.sql("select count(*) from spring_session where principal_name = ?")
			.param(username)
			.query(Long.class)
			.single();
	}

	/** The outcome and detail of the user's last sign-in row. */
	private String lastSignIn(String username) {
		return this.jdbc.sql("""
				select outcome || ' ' || detail from audit_event where action = 'LOGIN' and actor_username = ?
				order by id desc limit 1""").param(username).query(String.class).single();
	}

}
