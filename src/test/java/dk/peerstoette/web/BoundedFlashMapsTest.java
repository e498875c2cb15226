package dk.peerstoette.web;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dk.peerstoette.CookieClient;
import dk.peerstoette.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A client that sends form after form without following the redirects (a script, or a
 * benchmark) leaves a message behind for each: the session keeps only the newest few, so
 * its row does not grow with every form sent. Over real HTTP, with the session in the
 * database.
 */
@IntegrationTest
class BoundedFlashMapsTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void formsSentWithoutFollowingTheirRedirectsKeepOnlyTheNewestMessages() {
		CookieClient peer = CookieClient.signedIn(this.port, "peer", "demo", "flash");
		List<String> redirects = new ArrayList<>();
		List<Integer> stored = new ArrayList<>();
		for (int i = 0; i < BoundedFlashMaps.KEPT + 5; i++) {
			HttpResponse<String> saved = QuickEntrySubmission.send(peer, peer.get("/contacts/new").body(), "flash");
			assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
			redirects.add(CookieClient.location(saved));
			stored.add(storedMessagesSize(peer));
		}
		// The session's messages stopped growing once KEPT were waiting.
		assertThat(stored.get(stored.size() - 1)).isLessThanOrEqualTo(stored.get(BoundedFlashMaps.KEPT - 1) + 64);
		assertThat(stored.get(BoundedFlashMaps.KEPT - 1)).isGreaterThan(stored.get(0));
		// The oldest message is gone; the newest still waits for its page.
		assertThat(peer.get(redirects.get(0)).body()).doesNotContain("alert-success");
		assertThat(peer.get(redirects.get(redirects.size() - 1)).body()).contains("alert-success");
	}

	private int storedMessagesSize(CookieClient client) {
		return this.jdbc
			.sql("select length(a.attribute_bytes) from spring_session s "
					+ "join spring_session_attributes a on a.session_primary_id = s.primary_id "
					+ "where s.session_id = ? and a.attribute_name like '%FLASH_MAPS'")
			.param(client.sessionId())
			.query(Integer.class)
			.single();
	}

}
