package dk.peerstoette;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Sheet;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The attack of issue 12, item 1: an administrator or a manager walks every page, search
 * box, JSON endpoint and export they can reach — every peer worker, user and structure
 * record by id, a sample of every person record by id, and every link the pages offer —
 * and no response may carry the alias or the internal number of any recipient.
 */
@IntegrationTest
class RecipientExposureTest {

	/** How many pages one walk follows at most. */
	private static final int MAX_PAGES = 2500;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	@ParameterizedTest
	@ValueSource(strings = { "admin", "leder" })
	void noPageSearchOrExportShowsARecipientToAnAdministratorOrAManager(String username) throws Exception {
		Identities identities = identities();
		Map<String, List<String>> leaks = new HashMap<>();
		Walk walk = new Walk(username);
		walk.seed(seeds());
		while (walk.hasNext()) {
			String url = walk.next();
			MockHttpServletResponse response = mvc.perform(get(url).with(as(username))).andReturn().getResponse();
			String text = text(response);
			List<String> found = identities
				.foundIn(identities.withoutWhatWasTyped(url, text + "\n" + response.getHeader("Location")));
			if (!found.isEmpty()) {
				leaks.put(url, found);
			}
			walk.follow(url, response, text);
		}
		assertThat(walk.visited()).as("pages walked").isGreaterThan(300);
		assertThat(leaks).as("recipients shown to " + username).isEmpty();
	}

	/**
	 * The walk's matcher finds what it looks for: a coordinator does see the same
	 * recipients on the same pages.
	 */
	@Test
	void theMatcherFindsRecipientsWhereACoordinatorMaySeeThem() throws Exception {
		Identities identities = identities();
		long peerWorker = jdbc.sql("""
				select cp.peer_worker_id from course_peer cp join course c on c.id = cp.course_id
				join organisation o on o.id = c.organisation_id
				where o.name = ? and (c.ended_on is null or c.ended_on > current_date)
				group by cp.peer_worker_id order by count(*) desc limit 1
				""").param(TestProgramme.COPENHAGEN).query(Long.class).single();
		String page = text(
				mvc.perform(get("/peers/{id}", peerWorker).with(as("koordinator"))).andReturn().getResponse());
		assertThat(identities.foundIn(page)).isNotEmpty();
		String recipients = text(mvc.perform(get("/recipients").with(as("koordinator"))).andReturn().getResponse());
		assertThat(identities.foundIn(recipients)).hasSizeGreaterThan(10);
	}

	/** Every id worth typing into the address bar, whether or not a page links to it. */
	private List<String> seeds() {
		List<String> urls = new ArrayList<>(List.of("/", "/peers", "/peers/me", "/peers/new", "/recipients",
				"/recipients/new", "/recipients?q=R-0", "/courses", "/courses/new", "/courses?rule=mentor",
				"/recipients/search?q=R-0", "/recipients/search?q=.", "/courses/search", "/courses/search?q=R-0",
				"/contacts", "/contacts/week", "/contacts/new", "/contacts?number=R-000001", "/contacts/group/new",
				"/contacts/activities/new", "/contacts/planned/new", "/outcomes/due", "/outcomes/due?q=R",
				"/outcomes/assessments/new", "/quotes", "/quotes?q=e", "/quotes/new",
				"/courses/search?q=.&group=true&started=true", "/contacts/new?q=R-0", "/contacts/group/new?q=R",
				"/checkins", "/checkins/new", "/checkins/supervision", "/admin/users", "/admin/users?q=a",
				"/admin/users/new", "/admin/instruments", "/admin/instruments/import", "/admin/partnerships",
				"/admin/organisations", "/admin/units", "/admin/models", "/admin/lists", "/dashboard",
				"/dashboard/report", "/dashboard/export.xlsx", "/dashboard/report.pdf"));
		// A number or alias typed into a search must not come back in a refusal or an
		// error.
		String number = jdbc.sql("select min(internal_number) from recipient where external_reference like 'DEMO-%'")
			.query(String.class)
			.single();
		for (String typed : List.of(number, "A.B.")) {
			for (String search : List.of("/recipients?q=", "/contacts?recipient=", "/courses?q=", "/outcomes/due?q=",
					"/quotes?q=", "/peers?q=", "/admin/users?q=", "/recipients/search?q=", "/courses/search?q=",
					"/contacts/new?q=")) {
				urls.add(search + typed);
			}
		}
		for (long id : ids("select id from peer_worker")) {
			urls.add("/peers/" + id);
			urls.add("/peers/" + id + "/edit");
			urls.add("/recipients?peerWorker=" + id);
		}
		for (long id : ids("select id from staff_user")) {
			urls.add("/admin/users/" + id);
			urls.add("/admin/users/" + id + "/password");
		}
		for (long id : ids("select id from organisation")) {
			urls.add("/admin/organisations/" + id);
		}
		for (long id : ids("select id from unit")) {
			urls.add("/admin/units/" + id);
		}
		for (long id : ids("select id from partnership")) {
			urls.add("/admin/partnerships/" + id);
		}
		for (long id : ids("select id from instrument")) {
			urls.add("/admin/instruments/" + id);
			urls.add("/admin/instruments/" + id + "/edit");
		}
		for (long id : ids("select id from recipient where id % 17 = 0")) {
			urls.add("/recipients/" + id);
			urls.add("/recipients/" + id + "/edit");
			urls.add("/outcomes/recipients/" + id);
			urls.add("/courses/new?recipientId=" + id);
		}
		for (long id : ids("select id from course where id % 17 = 0")) {
			urls.add("/courses/" + id);
			urls.add("/courses/" + id + "/edit");
			urls.add("/contacts/new?courseId=" + id);
		}
		for (long id : ids("select id from contact where id % 211 = 0")) {
			urls.add("/contacts/" + id);
			urls.add("/contacts/" + id + "/edit");
			urls.add("/contacts/" + id + "/delete");
			urls.add("/contacts/group/" + id + "/edit");
			urls.add("/contacts/activities/" + id + "/edit");
			urls.add("/contacts/planned/" + id + "/held");
			urls.add("/contacts/planned/" + id + "/not-held");
		}
		for (List<Long> pair : jdbc.sql("select id, recipient_id, course_id from assessment where id % 23 = 0")
			.query((rs, row) -> List.of(rs.getLong(1), rs.getLong(2), rs.getLong(3)))
			.list()) {
			urls.add("/outcomes/assessments/" + pair.get(0));
			urls.add("/outcomes/assessments/new?recipient=" + pair.get(1) + "&course=" + pair.get(2));
		}
		for (long id : ids("select id from quote")) {
			urls.add("/quotes/" + id + "/edit");
		}
		return urls;
	}

	private List<Long> ids(String sql) {
		return jdbc.sql(sql + " order by 1").query(Long.class).list();
	}

	/**
	 * The aliases of the demo's recipients and the internal numbers of every recipient,
	 * read from the database before the walk.
	 */
	private Identities identities() {
		List<String> aliases = jdbc.sql("select distinct alias from recipient where external_reference like 'DEMO-%'")
			.query(String.class)
			.list();
		List<String> numbers = jdbc.sql("select internal_number from recipient").query(String.class).list();
		assertThat(aliases).as("demo aliases").hasSizeGreaterThan(50);
		assertThat(numbers).as("internal numbers").hasSizeGreaterThan(200);
		return new Identities(aliases, numbers);
	}

	private RequestPostProcessor as(String username) {
		return user(users.loadUserByUsername(username));
	}

	/**
	 * What a reader gets out of a response: the page's text, a sheet's cells or a PDF's
	 * text.
	 */
	private static String text(MockHttpServletResponse response) throws Exception {
		byte[] body = response.getContentAsByteArray();
		String type = String.valueOf(response.getContentType());
		if (type.contains("spreadsheetml") && body.length > 0) {
			StringBuilder text = new StringBuilder();
			try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(body))) {
				for (Sheet sheet : workbook.getSheets().toList()) {
					// A sheet's empty cells come as nulls.
					sheet.read()
						.forEach((row) -> row
							.forEach((cell) -> text.append((cell != null) ? cell.getRawValue() : "").append('\t')));
				}
			}
			return text.toString();
		}
		if (type.contains("pdf") && body.length > 0) {
			try (PDDocument document = Loader.loadPDF(body)) {
				return new PDFTextStripper().getText(document);
			}
		}
		return new String(body, StandardCharsets.UTF_8);
	}

	/** Recipients' aliases and numbers, matched as whole words. */
	private record Identities(List<String> aliases, List<String> numbers) {

		List<String> foundIn(String text) {
			Set<String> found = new LinkedHashSet<>();
			for (String number : this.numbers) {
				if (text.contains(number) && whole(number).matcher(text).find()) {
					found.add(number);
				}
			}
			for (String alias : this.aliases) {
				if (text.contains(alias) && whole(alias).matcher(text).find()) {
					found.add(alias);
				}
			}
			return List.copyOf(found);
		}

		/**
		 * A recipient's number or alias that the user typed into the URL may come back to
		 * them (in a search box, say): that shows them nothing they did not know.
		 */
		String withoutWhatWasTyped(String url, String text) {
			String cleaned = text;
			int query = url.indexOf('?');
			if (query >= 0) {
				for (String parameter : url.substring(query + 1).split("&")) {
					String value = parameter.substring(parameter.indexOf('=') + 1);
					if (this.numbers.contains(value) || this.aliases.contains(value)) {
						cleaned = cleaned.replace(value, "");
					}
				}
			}
			return cleaned;
		}

		private static Pattern whole(String word) {
			return Pattern.compile("(?<![\\p{L}\\p{N}.-])" + Pattern.quote(word) + "(?![\\p{L}\\p{N}])");
		}

	}

	/**
	 * A breadth-first walk of the links a user is offered, on this application only,
	 * without signing out and without following every sort order of every list.
	 */
	private static final class Walk {

		private static final Pattern SKIP = Pattern.compile("^/(logout|assets/|webjars/|login|actuator)");

		private final Deque<String> queue = new ArrayDeque<>();

		private final Set<String> seen = new LinkedHashSet<>();

		private final Map<String, Integer> shapes = new HashMap<>();

		private final String username;

		private int visited;

		Walk(String username) {
			this.username = username;
		}

		void seed(List<String> urls) {
			urls.forEach(this::offer);
		}

		boolean hasNext() {
			return !this.queue.isEmpty() && this.visited < MAX_PAGES;
		}

		String next() {
			this.visited++;
			return this.queue.removeFirst();
		}

		int visited() {
			return this.visited;
		}

		void follow(String url, MockHttpServletResponse response, String text) {
			String location = response.getRedirectedUrl();
			if (location != null) {
				offer(location);
			}
			if (String.valueOf(response.getContentType()).contains("html")) {
				for (Element link : Jsoup.parse(text).select("a[href]")) {
					offer(link.attr("href"));
				}
			}
		}

		private void offer(String href) {
			// The same page in the other language shows the same records.
			if (!href.startsWith("/") || href.startsWith("//") || SKIP.matcher(href).find() || href.contains("lang=")) {
				return;
			}
			String url = href.replace("&amp;", "&");
			int hash = url.indexOf('#');
			if (hash >= 0) {
				url = url.substring(0, hash);
			}
			// Each list in at most a few sort orders, languages and pages.
			String shape = url.replaceAll("[0-9]+", "N");
			Matcher query = Pattern.compile("\\?(.*)").matcher(shape);
			if (query.find()) {
				shape = shape.substring(0, query.start()) + "?"
						+ List.of(query.group(1).split("&"))
							.stream()
							.map((part) -> part.split("=")[0])
							.sorted()
							.collect(Collectors.joining("&"));
			}
			if (this.seen.add(url) && this.shapes.merge(shape, 1, Integer::sum) <= 60) {
				this.queue.addLast(url);
			}
		}

		@Override
		public String toString() {
			return this.username + " walked " + this.visited;
		}

	}

}
