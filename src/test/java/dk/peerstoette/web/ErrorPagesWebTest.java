package dk.peerstoette.web;

import java.net.http.HttpResponse;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dk.peerstoette.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every error page a user can meet (400, 403, 404, 405, 500), in Danish and in English,
 * over real HTTP so that the servlet container's error dispatch renders it: a translated
 * title and heading, no message key left untranslated ({@code ??…??}, as the reason
 * phrase once became), and a way back.
 */
@IntegrationTest
class ErrorPagesWebTest {

	/** What each page is titled in Danish and in English. */
	private static final Map<Integer, Map<String, String>> TITLES = Map.of(400,
			Map.of("da", "Det kunne ikke læses", "en", "That could not be read"), 403,
			Map.of("da", "Ingen adgang", "en", "No access"), 404,
			Map.of("da", "Siden findes ikke", "en", "Page not found"), 405,
			Map.of("da", "Handlingen er ikke mulig", "en", "Not possible"), 500,
			Map.of("da", "Noget gik galt", "en", "Something went wrong"));

	@LocalServerPort
	int port;

	@Autowired
	WebServerApplicationContext context;

	@ParameterizedTest
	@ValueSource(strings = { "da", "en" })
	void everyErrorPageIsTranslatedAndLeadsBack(String language) throws Exception {
		FailingServlet.addTo(this.context);
		HttpVisitor peer = HttpVisitor.signedIn(this.port, "peer");
		peer.get("/?lang=" + language);
		// A malformed parameter, a page of another role, a record that does not exist, a
		// change asked for with GET, and a bug.
		check(peer.get("/quotes?q=Jens%00Hansen"), 400, language);
		check(peer.get("/admin/users"), 403, language);
		check(peer.get("/recipients/999999999"), 404, language);
		check(peer.get("/outcomes/assessments/1/discard"), 405, language);
		check(peer.get(FailingServlet.PATH), 500, language);
	}

	@ParameterizedTest
	@ValueSource(strings = { "da", "en" })
	void aVisitorWhoIsNotSignedInGetsTheSamePages(String language) throws Exception {
		HttpVisitor visitor = HttpVisitor.anonymous(this.port);
		visitor.get("/login?lang=" + language);
		check(visitor.get("/login?q=Jens%00Hansen"), 400, language);
		check(visitor.get("/assets/no-such-file.css"), 404, language);
	}

	private static void check(HttpResponse<String> response, int status, String language) {
		assertThat(response.statusCode()).as("status").isEqualTo(status);
		Document page = Jsoup.parse(response.body());
		String expected = TITLES.get(status).get(language);
		assertThat(page.html()).as(status + " " + language).doesNotContain("??");
		assertThat(page.selectFirst("html").attr("lang")).isEqualTo(language);
		assertThat(page.title()).as("title of " + status).startsWith(expected);
		assertThat(page.select("h1").text()).isEqualTo(expected);
		assertThat(page.select("main a[href=/]")).as("a way back from " + status).isNotEmpty();
	}

}
