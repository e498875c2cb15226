package dk.peerstoette.web;

import java.net.http.HttpResponse;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import dk.peerstoette.CookieClient;
import dk.peerstoette.IntegrationTest;
import dk.peerstoette.StatementCounter;
import dk.peerstoette.StatementCounter.Sent;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the three pages of the side-by-side benchmark (src/benchmark) cost the database,
 * pinned so that it cannot creep back: statements and commits per request, counted
 * between the application and the real PostgreSQL, over real HTTP with the session in the
 * database, with security, scoping and the access log on. Before they were cut the
 * recipient list sent 10 statements with 8 commits, a recipient's page 14 with 5 and the
 * quick entry's form 10 with 5 (the session read twice and its last access written on
 * every request, the list's query translated anew by Hibernate, a transaction per service
 * call); then a timeline counted its contacts and assessments apart from listing them and
 * the form read the user's last kind and usual duration with two queries.
 */
@IntegrationTest
class PageCostTest {

	private static final Pattern FIRST_RECIPIENT = Pattern.compile("href=\"/recipients/([0-9]+)\"");

	@LocalServerPort
	int port;

	@Test
	void theRecipientListIsOneQueryForItsRowsAndTotal() {
		CookieClient coordinator = CookieClient.signedIn(this.port, "koordinator", "demo", "bench");
		coordinator.get("/recipients");
		Sent sent = StatementCounter.during(() -> ok(coordinator.get("/recipients")));
		assertThat(sent.executed()).as(sent.toString()).isLessThanOrEqualTo(7);
		assertThat(sent.commits()).as(sent.toString()).isLessThanOrEqualTo(2);
	}

	/**
	 * A page in the middle of the peer worker and quote lists: through Spring Data's
	 * paging each took a second statement to count the list.
	 */
	@Test
	void thePeerWorkerAndQuoteListsAreOneQueryForTheirRowsAndTotal() {
		CookieClient coordinator = CookieClient.signedIn(this.port, "koordinator", "demo", "bench");
		coordinator.get("/peers");
		Sent peers = StatementCounter.during(() -> ok(coordinator.get("/peers?size=2")));
		assertThat(peers.executed()).as(peers.toString()).isLessThanOrEqualTo(4);
		assertThat(peers.commits()).as(peers.toString()).isLessThanOrEqualTo(3);
		Sent quotes = StatementCounter.during(() -> ok(coordinator.get("/quotes?size=2")));
		assertThat(quotes.executed()).as(quotes.toString()).isLessThanOrEqualTo(5);
		assertThat(quotes.commits()).as(quotes.toString()).isLessThanOrEqualTo(3);
	}

	@Test
	void aRecipientsPageReadsEachPartOnce() {
		CookieClient coordinator = CookieClient.signedIn(this.port, "koordinator", "demo", "bench");
		String id = QuickEntrySubmission.first(FIRST_RECIPIENT, coordinator.get("/recipients").body());
		coordinator.get("/recipients/" + id);
		Sent sent = StatementCounter.during(() -> ok(coordinator.get("/recipients/" + id)));
		assertThat(sent.executed()).as(sent.toString()).isLessThanOrEqualTo(10);
		assertThat(sent.commits()).as(sent.toString()).isLessThanOrEqualTo(2);
	}

	@Test
	void theQuickEntrysRoundTrip() {
		CookieClient peer = CookieClient.signedIn(this.port, "peer", "demo", "bench");
		peer.get("/contacts/new");
		String[] form = new String[1];
		Sent opened = StatementCounter.during(() -> form[0] = ok(peer.get("/contacts/new")).body());
		Sent saved = StatementCounter.during(() -> {
			HttpResponse<String> answer = QuickEntrySubmission.send(peer, form[0], "bench");
			assertThat(answer.statusCode()).as(answer.body()).isEqualTo(302);
			return answer;
		});
		assertThat(opened.executed()).as(opened.toString()).isLessThanOrEqualTo(6);
		assertThat(opened.commits()).as(opened.toString()).isLessThanOrEqualTo(2);
		assertThat(saved.executed()).as(saved.toString()).isLessThanOrEqualTo(8);
		assertThat(saved.commits()).as(saved.toString()).isLessThanOrEqualTo(3);
	}

	private static HttpResponse<String> ok(HttpResponse<String> answer) {
		assertThat(answer.statusCode()).isEqualTo(200);
		return answer;
	}

}
