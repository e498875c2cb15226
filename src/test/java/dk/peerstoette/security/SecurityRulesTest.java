package dk.peerstoette.security;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dk.peerstoette.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class SecurityRulesTest {

	@Autowired
	MockMvc mvc;

	@Nested
	class Anonymous {

		@Test
		void isSentToTheLoginPageFromTheStartPage() throws Exception {
			mvc.perform(get("/")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
		}

		@Test
		void isSentToTheLoginPageFromAnAdminPage() throws Exception {
			mvc.perform(get("/admin/users")).andExpect(redirectedUrl("/login"));
		}

		@Test
		void seesTheLoginFormWithACsrfToken() throws Exception {
			mvc.perform(get("/login"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("name=\"_csrf\"")))
				.andExpect(content().string(containsString("name=\"username\"")))
				.andExpect(content().string(containsString("name=\"password\"")));
		}

		@Test
		void seesHealthWithoutDetails() throws Exception {
			mvc.perform(get("/actuator/health"))
				.andExpect(status().isOk())
				.andExpect(content().json("{\"status\":\"UP\"}", org.springframework.test.json.JsonCompareMode.STRICT));
		}

		@Test
		void reachesStaticAssets() throws Exception {
			mvc.perform(get("/assets/css/app.css")).andExpect(status().isOk());
			mvc.perform(get("/webjars/bootstrap/css/bootstrap.min.css")).andExpect(status().isOk());
		}

		@Test
		void cannotReachOtherActuatorEndpoints() throws Exception {
			mvc.perform(get("/actuator/metrics")).andExpect(status().isFound());
		}

	}

	@Nested
	class Roles {

		@ParameterizedTest
		@CsvSource({ "ADMIN, 200", "MANAGER, 403", "COORDINATOR, 403", "PEER_WORKER, 403" })
		void onlyAnAdministratorReachesUserAdministration(Role role, int expected) throws Exception {
			mvc.perform(get("/admin/users").with(user("someone").roles(role.name()))).andExpect(status().is(expected));
		}

		@ParameterizedTest
		@CsvSource({ "ADMIN, 200", "MANAGER, 403", "COORDINATOR, 403", "PEER_WORKER, 403" })
		void onlyAnAdministratorReachesActuatorMetrics(Role role, int expected) throws Exception {
			mvc.perform(get("/actuator/metrics").with(user("someone").roles(role.name())))
				.andExpect(status().is(expected));
		}

		@ParameterizedTest
		@CsvSource({ "admin", "leder", "koordinator", "koordinator.aarhus", "peer", "peer.aarhus" })
		void everyDemoUserReachesTheStartPage(String username) throws Exception {
			mvc.perform(formLogin("/login").user(username).password("demo")).andExpect(redirectedUrl("/"));
		}

		@Test
		@WithUserDetails("koordinator")
		void theStartPageGreetsByNameRoleAndOrganisation() throws Exception {
			mvc.perform(get("/"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Karen Koordinator")))
				.andExpect(content().string(containsString("Koordinator")))
				.andExpect(content().string(containsString("Københavns Kommune")));
		}

		@Test
		@WithUserDetails("leder")
		void aManagerSeesTheirPartnership() throws Exception {
			mvc.perform(get("/").param("lang", "en"))
				.andExpect(content().string(containsString("Manager")))
				.andExpect(content().string(containsString("Partnerskab Region Hovedstaden")));
		}

	}

	@Nested
	class Csrf {

		@Test
		@WithUserDetails("admin")
		void aPostWithoutTokenIsRefused() throws Exception {
			mvc.perform(post("/admin/users").param("username", "no.token").param("fullName", "No Token"))
				.andExpect(status().isForbidden());
		}

		@Test
		void aLoginWithoutTokenIsRefused() throws Exception {
			mvc.perform(post("/login").param("username", "admin").param("password", "demo"))
				.andExpect(status().isForbidden());
		}

		@Test
		@WithUserDetails("admin")
		void aLogoutNeedsAToken() throws Exception {
			mvc.perform(post("/logout")).andExpect(status().isForbidden());
			mvc.perform(post("/logout").with(csrf())).andExpect(redirectedUrl("/login?logout"));
		}

	}

	@Nested
	class Headers {

		@Test
		void everyPageCarriesTheSecurityHeaders() throws Exception {
			mvc.perform(get("/login"))
				.andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")))
				.andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")))
				.andExpect(header().string("Content-Security-Policy", not(containsString("unsafe-inline"))))
				.andExpect(header().string("X-Frame-Options", "DENY"))
				.andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"))
				.andExpect(header().string("X-Content-Type-Options", "nosniff"))
				.andExpect(header().exists("X-Request-Id"));
		}

		@Test
		void noHstsOutsideProduction() throws Exception {
			mvc.perform(get("/login").secure(true)).andExpect(header().doesNotExist("Strict-Transport-Security"));
		}

		@Test
		void aWellFormedRequestIdFromATrustedProxyIsKept() throws Exception {
			// Tomcat's RemoteIpValve marks a request from one of its internal proxies.
			mvc.perform(get("/login").header("X-Request-Id", "proxy-given-id-123")
				.requestAttr("org.apache.tomcat.request.forwarded", Boolean.TRUE))
				.andExpect(header().string("X-Request-Id", "proxy-given-id-123"));
			// A marker no generated id (hexadecimal) can hold by chance, as "bad" could.
			mvc.perform(get("/login").header("X-Request-Id", "wrong id\nwith newline")
				.requestAttr("org.apache.tomcat.request.forwarded", Boolean.TRUE))
				.andExpect(header().string("X-Request-Id", not(containsString("wrong"))));
		}

		@Test
		void aRequestIdFromAnyoneElseIsNotTaken() throws Exception {
			mvc.perform(get("/login").header("X-Request-Id", "client-given-id-123"))
				.andExpect(header().string("X-Request-Id", not(containsString("client-given"))));
		}

	}

	@Nested
	class OverRealHttp {

		@LocalServerPort
		int port;

		private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

		@Test
		void theSessionIdChangesAtSignIn() throws Exception {
			HttpResponse<String> loginPage = loginPage();
			String before = sessionCookie(loginPage);
			HttpResponse<String> signedIn = signIn(loginPage, "peer");
			assertThat(signedIn.statusCode()).isEqualTo(302);
			assertThat(signedIn.headers().firstValue("Location"))
				.hasValueSatisfying((l) -> assertThat(l).endsWith("/"));
			assertThat(sessionCookie(signedIn)).isNotBlank().isNotEqualTo(before);
		}

		@Test
		void aMissingPageAnswers404WithTheLayoutAndARequestReference() throws Exception {
			HttpResponse<String> signedIn = signIn(loginPage(), "admin");
			HttpResponse<String> missing = client
				.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/admin/users/987654321"))
					.header("Cookie", "SESSION=" + sessionCookie(signedIn))
					.header("X-Request-Id", "missing-page-check")
					.header("Accept", "text/html")
					.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(missing.statusCode()).isEqualTo(404);
			// The id is the server's own: the client's is not taken.
			String requestId = missing.headers().firstValue("X-Request-Id").orElseThrow();
			assertThat(requestId).isNotEqualTo("missing-page-check");
			assertThat(missing.body()).contains("<html lang=\"da\"")
				.contains("Siden findes ikke")
				.contains("Reference: " + requestId)
				.contains("Log ud");
		}

		private HttpResponse<String> loginPage() throws Exception {
			return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).build(),
					HttpResponse.BodyHandlers.ofString());
		}

		/**
		 * Posts the login form of {@code loginPage} as a demo user, with its session and
		 * token.
		 */
		private HttpResponse<String> signIn(HttpResponse<String> loginPage, String username) throws Exception {
			Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(loginPage.body());
			assertThat(token.find()).isTrue();
			return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.header("Cookie", "SESSION=" + sessionCookie(loginPage))
				.POST(HttpRequest.BodyPublishers
					.ofString("username=" + username + "&password=demo&_csrf=" + token.group(1)))
				.build(), HttpResponse.BodyHandlers.ofString());
		}

		private static String sessionCookie(HttpResponse<?> response) {
			return response.headers()
				.allValues("Set-Cookie")
				.stream()
				.filter((c) -> c.startsWith("SESSION="))
				.map((c) -> c.substring("SESSION=".length(), c.indexOf(';')))
				.findFirst()
				.orElse("");
		}

	}

	@Test
	void aWrongPasswordIsRefusedWithANeutralMessage() throws Exception {
		mvc.perform(formLogin("/login").user("koordinator").password("wrong"))
			.andExpect(redirectedUrlPattern("/login?error*"));
	}

}
