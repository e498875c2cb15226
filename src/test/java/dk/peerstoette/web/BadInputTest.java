package dk.peerstoette.web;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.jsoup.Connection.KeyVal;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.FormElement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dk.peerstoette.IntegrationTest;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sends what no form of ours sends to every list and every form a demo user reaches,
 * found by following the links from their start page: a NUL byte and other control
 * characters, bytes that are not UTF-8, a lone {@code %}, sort keys that do not exist,
 * page numbers and sizes past any bound, numbers past any type, dates past any calendar.
 * Over real HTTP, so that Tomcat decodes what is sent. Every answer must be a clear one,
 * nothing in the 5xx range.
 */
@IntegrationTest
class BadInputTest {

	/** Refused by the request's decoding whatever the parameter: sent once per form. */
	static final List<String> MALFORMED = List.of("%00", "a%00b", "%01", "%1B", "%7F", "%C3%28", "%FF", "%E2%82", "%",
			"%ZZ");

	/** Wrong for a list's filters, its page, size and sort: sent to each parameter. */
	static final List<String> WRONG = List.of("-1", "2147483648", "99999999999999999999", "%2B999999999-12-31",
			"0000-00-00", "UNKNOWN", ";drop", "%25", ",desc", "%27%22%3C%3E", "x".repeat(3000));

	/**
	 * Wrong for a field of a form whatever else is sent, so that no demo record changes:
	 * a number past any type for a field that holds a number, and dates past any calendar
	 * for a date field. (Text fields take any text, so they get only malformed values.)
	 */
	static final List<String> UNSAVABLE_NUMBERS = List.of("99999999999999999999", "-99999999999999999999");

	static final List<String> UNSAVABLE_DATES = List.of("%2B999999999-12-31", "-999999999-01-01", "0000-00-00");

	private static final Pattern NUMBER = Pattern.compile("-?\\d+");

	/** The parameters every list takes, whether or not its filter form shows them. */
	static final List<String> LIST_PARAMETERS = List.of("q", "sort", "page", "size");

	// Links not to follow: leaving, switching language, files, and the dashboard's
	// exports (the same filter as the page's, whose refusals DashboardExportWebTest
	// sends to every export).
	private static final Pattern NOT_FOLLOWED = Pattern
		.compile("^/(logout|assets/|webjars/|dashboard/export|dashboard/report|admin/instruments/examples/).*"
				+ "|.*[?&]lang=.*");

	private static final Pattern ID = Pattern.compile("/\\d+(?=/|$)");

	@LocalServerPort
	int port;

	/**
	 * The pages and forms probed so far, across the roles: a form that several roles
	 * reach (the dashboard's filter, the quotes' search) binds the same way for each, and
	 * is probed once, by the first role that reaches it.
	 */
	private static final Set<String> PROBED = ConcurrentHashMap.newKeySet();

	@ParameterizedTest
	@ValueSource(strings = { "admin", "leder", "koordinator", "peer" })
	void noBadInputGetsAServerError(String username) throws Exception {
		HttpVisitor visitor = HttpVisitor.signedIn(port, username);
		Map<String, Document> pages = crawl(visitor);
		List<String> failures = new ArrayList<>();
		int sent = 0;
		for (Map.Entry<String, Document> page : pages.entrySet()) {
			if (PROBED.add("PAGE " + kind(page.getKey()))) {
				sent += probePath(visitor, page.getKey(), failures);
			}
			for (FormElement form : page.getValue().forms()) {
				String action = action(form, page.getKey());
				if (NOT_FOLLOWED.matcher(action).matches() || !PROBED.add(form.attr("method") + kind(action))) {
					continue;
				}
				sent += form.attr("method").equalsIgnoreCase("post") ? probePost(visitor, action, form, failures)
						: probeGet(visitor, action, form, failures);
			}
		}
		assertThat(pages).as("pages found").hasSizeGreaterThan(5);
		assertThat(failures).as("%d requests sent as %s to %s", sent, username, pages.keySet()).isEmpty();
	}

	@Test
	void malformedInputGetsA400PageThatSaysSoAndAWrongSortOrPageGetsTheList() throws Exception {
		HttpVisitor visitor = HttpVisitor.signedIn(port, "koordinator");
		for (String query : List.of("q=a%00b", "q=%C3%28", "q=%FF", "sort=%", "sort=%25", "sort=name%25,asc",
				"q=ok&x%01=1", "from=%2B999999999-12-31")) {
			HttpVisitor.RawResponse response = visitor.raw("GET", "/quotes?" + query, "");
			assertThat(response.status()).as(query).isEqualTo(400);
			assertThat(response.body()).as(query).contains("Det kunne ikke læses").contains("Reference: ");
		}
		for (String query : List.of("sort=unknown", "sort=;drop", "sort=name,sideways", "page=2147483647&size=-5",
				"page=99999999999&size=100000")) {
			assertThat(visitor.raw("GET", "/recipients?" + query, "").status()).as(query).isEqualTo(200);
		}
		// A period of any length is a filter like any other; one that ends before it
		// begins finds nothing.
		for (String list : List.of("/contacts", "/quotes")) {
			for (String period : List.of("from=0001-01-01&to=9999-12-31", "from=9999-12-31&to=0001-01-01")) {
				assertThat(visitor.raw("GET", list + "?" + period, "").status()).as(list + period).isEqualTo(200);
			}
		}
	}

	@Test
	void theSignInFormAnswersBadInputClearly() throws Exception {
		HttpVisitor visitor = HttpVisitor.anonymous(port);
		List<String> failures = new ArrayList<>();
		Document login = visitor.page("/login");
		FormElement form = login.forms().get(0);
		probePost(visitor, "/login", form, failures);
		assertThat(failures).isEmpty();
	}

	/** The pages reachable by links, one of each kind (ids replaced by {id}). */
	private static Map<String, Document> crawl(HttpVisitor visitor) throws IOException, InterruptedException {
		Map<String, Document> pages = new LinkedHashMap<>();
		Set<String> kinds = new LinkedHashSet<>();
		Deque<String> queue = new ArrayDeque<>(List.of("/"));
		while (!queue.isEmpty() && pages.size() < 80) {
			String path = queue.poll();
			if (!kinds.add(kind(path))) {
				continue;
			}
			var response = visitor.get(path);
			if (response.statusCode() != 200
					|| !response.headers().firstValue("Content-Type").orElse("").startsWith("text/html")) {
				continue;
			}
			Document page = org.jsoup.Jsoup.parse(response.body(), "http://localhost" + path);
			pages.put(path, page);
			for (Element link : page.select("a[href]")) {
				String href = link.attr("href");
				if (href.startsWith("/") && !NOT_FOLLOWED.matcher(href).matches() && !kinds.contains(kind(href))) {
					queue.add(href);
				}
			}
		}
		return pages;
	}

	private static String kind(String pathAndQuery) {
		String path = pathAndQuery.replaceFirst("[?#].*", "");
		return ID.matcher(path).replaceAll("/{id}");
	}

	/** A record's page asked for with an id that is none. */
	private static int probePath(HttpVisitor visitor, String page, List<String> failures) throws IOException {
		String path = page.replaceFirst("[?#].*", "");
		if (!ID.matcher(path).find()) {
			return 0;
		}
		int sent = 0;
		for (String id : List.of("%00", "%FF", "abc", "-1", "0", "99999999999999999999")) {
			check(visitor, "GET", ID.matcher(path).replaceFirst("/" + id), "", failures);
			sent++;
		}
		return sent;
	}

	/**
	 * The list's search gets malformed values; each of its parameters, and those every
	 * list takes, each wrong value in turn.
	 */
	private static int probeGet(HttpVisitor visitor, String action, FormElement form, List<String> failures)
			throws IOException {
		Set<String> names = new LinkedHashSet<>(LIST_PARAMETERS);
		form.formData().stream().map(KeyVal::key).forEach(names::add);
		int sent = 0;
		for (String value : List.of("a%00b", "%C3%28", "%")) {
			check(visitor, "GET", action + "?q=" + value, "", failures);
			sent++;
		}
		for (String name : names) {
			for (String value : WRONG) {
				check(visitor, "GET", action + "?" + name + "=" + value, "", failures);
				sent++;
			}
		}
		return sent;
	}

	/**
	 * Each field of the form in turn gets malformed values, and a number or date field
	 * unsavable ones, the other fields keeping what the page put there; the first field
	 * gets every malformed value. Fields that differ only by an index (the items of a
	 * list) count once.
	 */
	private static int probePost(HttpVisitor visitor, String action, FormElement form, List<String> failures)
			throws IOException {
		List<KeyVal> data = form.formData();
		Set<String> shapes = new LinkedHashSet<>();
		int sent = 0;
		for (KeyVal field : data) {
			if (field.key().equals("_csrf") || !shapes.add(field.key().replaceAll("\\d+", "n"))) {
				continue;
			}
			List<String> values = new ArrayList<>((shapes.size() == 1) ? MALFORMED : List.of("a%00b", "%C3%28"));
			values.addAll(unsavable(form, field));
			for (String value : values) {
				String body = data.stream()
					.map((other) -> other.key() + "=" + ((other == field) ? value : HttpVisitor.encode(other.value())))
					.collect(Collectors.joining("&"));
				check(visitor, "POST", action, body, failures);
				sent++;
			}
		}
		return sent;
	}

	/**
	 * What the field cannot hold: dates for a date input, numbers past any type for a
	 * field whose value, or each of whose options, is a number; nothing for a text, or
	 * for Spring's markers of checkboxes (whose value nobody reads).
	 */
	private static List<String> unsavable(FormElement form, KeyVal field) {
		Element input = form.select("[name=\"" + field.key() + "\"]").first();
		if (input == null || field.key().startsWith("_")) {
			return List.of();
		}
		if (input.hasAttr("data-date-format")) {
			return UNSAVABLE_DATES;
		}
		boolean number = input.tagName().equals("select")
				? input.select("option[value]")
					.stream()
					.allMatch((option) -> option.val().isEmpty() || NUMBER.matcher(option.val()).matches())
				: input.attr("type").equals("number") || NUMBER.matcher(field.value()).matches();
		return (number && !input.tagName().equals("textarea")) ? UNSAVABLE_NUMBERS : List.of();
	}

	private static void check(HttpVisitor visitor, String method, String pathAndQuery, String body,
			List<String> failures) throws IOException {
		HttpVisitor.RawResponse response = visitor.raw(method, pathAndQuery, body);
		if (response.status() >= 500) {
			failures.add(response.status() + " " + method + " " + abbreviated(pathAndQuery) + " " + abbreviated(body));
		}
	}

	private static String action(FormElement form, String page) {
		String action = form.attr("action");
		String resolved = action.isEmpty() ? page : URI.create("http://localhost" + page).resolve(action).getRawPath();
		return resolved.replaceFirst("[?#].*", "");
	}

	private static String abbreviated(String text) {
		return (text.length() <= 160) ? text : text.substring(0, 160) + "…";
	}

}
