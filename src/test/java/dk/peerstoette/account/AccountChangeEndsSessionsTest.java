package dk.peerstoette.account;

import java.net.http.HttpResponse;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import dk.peerstoette.CookieClient;
import dk.peerstoette.IntegrationTest;
import dk.peerstoette.TestProgramme;
import dk.peerstoette.security.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;

/**
 * An administrator's change to an account reaches the sessions the user already has open
 * (issue 12, item 3): each test signs a coordinator in over real HTTP, lets an
 * administrator change the account, and sends the open session's cookie again.
 */
@IntegrationTest
@WithUserDetails("admin")
class AccountChangeEndsSessionsTest {

	private static final String PASSWORD = "Session-test-pass-3";

	private static final String FIREFOX = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Firefox/128.0";

	@LocalServerPort
	int port;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	StaffAccountService accounts;

	@Test
	void aDeactivatedCoordinatorsOpenSessionStopsWorking() throws Exception {
		String username = coordinator(TestProgramme.COPENHAGEN);
		CookieClient browser = CookieClient.signedIn(port, username, PASSWORD, FIREFOX);
		CookieClient copied = browser.sameCookieElsewhere(FIREFOX);
		assertThat(browser.get("/recipients").statusCode()).isEqualTo(200);

		mvc.perform(post("/admin/users/{id}/active", id(username)).with(csrf())
			.param("active", "false")
			.param("version", version(username))).andExpect(flash().attribute("success", "user.deactivated"));

		assertSentToSignIn(browser.get("/recipients"));
		assertSentToSignIn(copied.get("/recipients"));
		assertThat(sessionsOf(username)).isZero();
	}

	@Test
	void aCoordinatorMovedToAnotherOrganisationNoLongerSeesTheOldOnesRecords() throws Exception {
		String username = coordinator(TestProgramme.COPENHAGEN);
		TestProgramme.Recipient copenhagener = programme().recipient(programme().organisation(TestProgramme.COPENHAGEN),
				"Session " + TestProgramme.tag());
		CookieClient browser = CookieClient.signedIn(port, username, PASSWORD, FIREFOX);
		assertThat(browser.get("/recipients/" + copenhagener.id()).body()).contains(copenhagener.alias());

		mvc.perform(edit(username, "Sofie Session").param("role", Role.COORDINATOR.name())
			.param("organisationId", String.valueOf(programme().organisation(TestProgramme.AARHUS))))
			.andExpect(flash().attribute("success", "user.saved"));

		HttpResponse<String> again = browser.get("/recipients/" + copenhagener.id());
		assertSentToSignIn(again);
		assertThat(again.body()).doesNotContain(copenhagener.alias());
		// Signed in anew, the coordinator works in Aarhus.
		CookieClient anew = CookieClient.signedIn(port, username, PASSWORD, FIREFOX);
		assertThat(anew.get("/recipients/" + copenhagener.id()).statusCode()).isEqualTo(404);
	}

	@Test
	void aChangeOfRoleEndsTheOpenSession() throws Exception {
		String username = coordinator(TestProgramme.COPENHAGEN);
		CookieClient browser = CookieClient.signedIn(port, username, PASSWORD, FIREFOX);
		assertThat(browser.get("/recipients/new").statusCode()).isEqualTo(200);

		mvc.perform(edit(username, "Sofie Session").param("role", Role.PEER_WORKER.name())
			.param("organisationId", String.valueOf(programme().organisation(TestProgramme.COPENHAGEN))))
			.andExpect(flash().attribute("success", "user.saved"));

		assertSentToSignIn(browser.get("/recipients/new"));
	}

	@Test
	void aPasswordResetEndsTheOpenSession() throws Exception {
		String username = coordinator(TestProgramme.COPENHAGEN);
		CookieClient browser = CookieClient.signedIn(port, username, PASSWORD, FIREFOX);
		assertThat(browser.isSignedIn()).isTrue();

		mvc.perform(post("/admin/users/{id}/password", id(username)).with(csrf())
			.param("password", "Reset-by-admin-44")
			.param("passwordRepeat", "Reset-by-admin-44")
			.param("version", version(username))).andExpect(flash().attribute("success", "user.passwordReset"));

		assertThat(browser.isSignedIn()).isFalse();
		assertThat(jdbc.sql("""
				select count(*) from audit_event where action = 'LOGOUT' and entity_type = 'USER' and entity_id = ?
				and detail = 'SESSIONS_ENDED;REASON=PASSWORD_RESET'
				""").param(String.valueOf(id(username))).query(Integer.class).single()).isEqualTo(1);
	}

	@Test
	void aNewNameReachesTheOpenSessionWithoutEndingIt() throws Exception {
		String username = coordinator(TestProgramme.COPENHAGEN);
		CookieClient browser = CookieClient.signedIn(port, username, PASSWORD, FIREFOX);
		assertThat(browser.get("/").body()).contains("Sofie Session");

		mvc.perform(edit(username, "Sofie Renamed").param("role", Role.COORDINATOR.name())
			.param("organisationId", String.valueOf(programme().organisation(TestProgramme.COPENHAGEN))))
			.andExpect(flash().attribute("success", "user.saved"));

		HttpResponse<String> start = browser.get("/");
		assertThat(start.statusCode()).isEqualTo(200);
		assertThat(start.body()).contains("Sofie Renamed").doesNotContain("Sofie Session");
	}

	/** The administrator's edit form for the user, with the name given. */
	private MockHttpServletRequestBuilder edit(String username, String fullName) {
		return post("/admin/users/{id}", id(username)).with(csrf())
			.param("fullName", fullName)
			.param("version", version(username));
	}

	private String coordinator(String organisation) {
		String username = "s3.koord." + TestProgramme.tag().toLowerCase(Locale.ROOT);
		this.accounts.provisionIfAbsent(username, PASSWORD, "Sofie Session", Role.COORDINATOR,
				programme().organisation(organisation), null);
		return username;
	}

	private TestProgramme programme() {
		return new TestProgramme(this.jdbc) {
		};
	}

	private long id(String username) {
		return programme().userId(username);
	}

	private String version(String username) {
		return String.valueOf(this.jdbc.sql("select version from staff_user where username = ?")
			.param(username)
			.query(Long.class)
			.single());
	}

	private int sessionsOf(String username) {
		return this.jdbc.sql("select count(*) from spring_session where principal_name = ?")
			.param(username)
			.query(Integer.class)
			.single();
	}

	private static void assertSentToSignIn(HttpResponse<String> response) {
		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location"))
			.hasValueSatisfying((to) -> assertThat(to).endsWith("/login"));
	}

}
