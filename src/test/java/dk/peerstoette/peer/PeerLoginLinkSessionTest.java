package dk.peerstoette.peer;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import dk.peerstoette.CookieClient;
import dk.peerstoette.IntegrationTest;
import dk.peerstoette.TestProgramme;
import dk.peerstoette.account.StaffAccountService;
import dk.peerstoette.security.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;

/**
 * The peer-worker record a login is linked to is part of who is asking, worked out at
 * sign-in; a coordinator who links the login to another record, or unlinks it, changes
 * what the peer worker's open session reaches at once (issue 12, item 3).
 */
@IntegrationTest
class PeerLoginLinkSessionTest {

	private static final String PASSWORD = "Peer-link-pass-7";

	private static final String PHONE = "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 "
			+ "(KHTML, like Gecko) Chrome/126.0.0.0 Mobile Safari/537.36";

	@LocalServerPort
	int port;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	StaffAccountService accounts;

	@Autowired
	UserDetailsService users;

	@Test
	void unlinkingAndRelinkingReachesThePeerWorkersOpenSession() throws Exception {
		TestProgramme programme = new TestProgramme(this.jdbc) {
		};
		long copenhagen = programme.organisation(TestProgramme.COPENHAGEN);
		String login = "s3.peer." + TestProgramme.tag().toLowerCase(Locale.ROOT);
		this.accounts.provisionIfAbsent(login, PASSWORD, "Petra Link", Role.PEER_WORKER, copenhagen, null);
		long first = programme.peerWorkerOfUser(login, copenhagen);
		TestProgramme.Recipient recipient = programme.recipient(copenhagen, "Linked " + TestProgramme.tag());
		programme.course(copenhagen, recipient.id(), first);

		CookieClient phone = CookieClient.signedIn(port, login, PASSWORD, PHONE);
		assertThat(phone.get("/recipients/" + recipient.id()).body()).contains(recipient.alias());
		assertThat(phone.get("/peers/me").headers().firstValue("Location"))
			.hasValueSatisfying((to) -> assertThat(to).endsWith("/peers/" + first));

		// The coordinator takes the login off the record: the course's recipient is no
		// longer the peer worker's.
		mvc.perform(post("/peers/{id}/edit", first).with(csrf())
			.with(user(this.users.loadUserByUsername("koordinator")))
			.param("fullName", "Petra Link")
			.param("employmentForm", "PAID")
			.param("peerRole", "SUPPLEMENTARY")
			.param("startsOn", "2024-01-15")
			.param("version", "0")).andExpect(redirectedUrlPattern("/peers/*"));
		assertThat(phone.get("/recipients/" + recipient.id()).statusCode()).isEqualTo(404);
		assertThat(phone.get("/peers/me").statusCode()).isEqualTo(200);

		// ... and links it to a new record.
		MvcResult created = mvc
			.perform(post("/peers").with(csrf())
				.with(user(this.users.loadUserByUsername("koordinator")))
				.param("fullName", "Petra Link Again")
				.param("employmentForm", "PAID")
				.param("peerRole", "SUPPLEMENTARY")
				.param("startsOn", "2024-01-15")
				.param("staffUserId", String.valueOf(programme.userId(login))))
			.andExpect(redirectedUrlPattern("/peers/*"))
			.andReturn();
		String second = created.getResponse().getRedirectedUrl();
		assertThat(phone.get("/peers/me").headers().firstValue("Location"))
			.hasValueSatisfying((to) -> assertThat(to).endsWith(second));
		assertThat(phone.isSignedIn()).isTrue();
	}

}
