package dk.peerstoette.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dk.peerstoette.IntegrationTest;
import dk.peerstoette.TestClock;
import dk.peerstoette.TestProgramme;
import dk.peerstoette.TestProgramme.Recipient;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Date fields are written and read in the page's language, never the browser's: a text
 * field showing dd.mm.åååå on a Danish page and ISO on an English one, its format under
 * its label, a number pad on a phone; ISO (links, bookmarks) is read on both, and a date
 * that cannot be read comes back as typed with a message that says how to write it.
 */
@IntegrationTest
class DateFieldsWebTest {

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	@Test
	void noTemplateOffersTheBrowsersOwnDateField() throws IOException {
		List<String> found = new ArrayList<>();
		try (Stream<Path> templates = Files.walk(TEMPLATES)) {
			for (Path template : templates.filter((path) -> path.toString().endsWith(".html")).toList()) {
				String html = Files.readString(template);
				if (html.contains("type=\"date\"") || html.contains("'date', 'off'")) {
					found.add(TEMPLATES.relativize(template).toString());
				}
			}
		}
		assertThat(found).isEmpty();
	}

	@ParameterizedTest
	@CsvSource({ "peer, /contacts/new", "peer, /checkins/new", "peer, /contacts/activities/new",
			"koordinator, /recipients/new", "koordinator, /courses/new", "koordinator, /quotes/new",
			"koordinator, /contacts", "koordinator, /quotes", "koordinator, /peers/new",
			"admin, /admin/partnerships/new" })
	void everyDateFieldIsATextFieldWithItsFormatUnderItsLabel(String username, String path) throws Exception {
		for (String language : new String[] { "da", "en" }) {
			Document page = page(get(path).param("lang", language), username);
			assertThat(page.select("input[type=date]")).as(path).isEmpty();
			List<Element> dates = page.select("input[data-date-format]");
			assertThat(dates).as(path).isNotEmpty();
			for (Element field : dates) {
				assertThat(field.attr("type")).isEqualTo("text");
				assertThat(field.attr("inputmode")).isEqualTo("numeric");
				assertThat(field.attr("data-date-format"))
					.isEqualTo("da".equals(language) ? "dd.mm.åååå" : "yyyy-mm-dd");
				Element hint = page.getElementById(field.attr("aria-describedby").split(" ")[0]);
				assertThat(hint).as("%s %s hint", path, field.attr("name")).isNotNull();
				assertThat(hint.text()).startsWith(field.attr("data-date-format"));
				Element label = page.selectFirst("label[for=" + field.id() + "]");
				assertThat(label).as("%s %s label", path, field.attr("name")).isNotNull();
				if (!field.val().isEmpty()) {
					assertThat(field.val())
						.matches("da".equals(language) ? "\\d{2}\\.\\d{2}\\.\\d{4}" : "\\d{4}-\\d{2}-\\d{2}");
				}
			}
		}
	}

	@Test
	void listFiltersReadTheDanishWayAndOldIsoBookmarks() throws Exception {
		Document typed = page(get("/contacts").param("from", "1.12.2026").param("to", "31.12.2026"), "koordinator");
		assertThat(typed.getElementById("from").val()).isEqualTo("01.12.2026");
		assertThat(typed.getElementById("to").val()).isEqualTo("31.12.2026");
		Document bookmark = page(get("/quotes").param("from", "2026-12-01"), "koordinator");
		assertThat(bookmark.getElementById("from").val()).isEqualTo("01.12.2026");
		Document english = page(get("/quotes").param("from", "2026-12-01").param("lang", "en"), "koordinator");
		assertThat(english.getElementById("from").val()).isEqualTo("2026-12-01");
		Document week = page(get("/contacts/week").param("date", "2026-12-01"), "peer");
		assertThat(week.getElementById("day-2026-12-01")).isNotNull();
	}

	@Nested
	class QuickEntry {

		TestProgramme programme;

		Recipient recipient;

		@BeforeEach
		void aRecipientOfThePeerWorkerOnTheTenthOfDecember() {
			TestClock.get().set(Instant.parse("2026-12-10T09:00:00Z"));
			this.programme = new TestProgramme(jdbc) {
			};
			long copenhagen = this.programme.organisation(TestProgramme.COPENHAGEN);
			long peer = this.programme.peerWorkerOfUser("peer", copenhagen);
			this.recipient = this.programme.recipient(copenhagen, "Dato " + TestProgramme.tag());
			this.programme.consent(this.recipient.id(), "REGISTRATION", LocalDate.of(2025, 12, 1));
			this.programme.course(copenhagen, this.recipient.id(), peer, LocalDate.of(2026, 1, 1));
		}

		@Test
		void aDayTypedTheDanishWayIsSavedAsThatDay() throws Exception {
			for (String typed : new String[] { "5.12.2026", "05-12-2026", "05122026", "2026-12-05" }) {
				String location = mvc.perform(entry(typed, "da"))
					.andExpect(redirectedUrlPattern("/contacts/*"))
					.andReturn()
					.getResponse()
					.getRedirectedUrl();
				long id = Long.parseLong(location.replaceAll("\\D", ""));
				assertThat(jdbc.sql("select occurred_on from contact where id = ?")
					.param(id)
					.query(LocalDate.class)
					.single()).as(typed).isEqualTo(LocalDate.of(2026, 12, 5));
			}
		}

		@Test
		void aDayThatCannotBeReadComesBackAsTypedWithHowToWriteIt() throws Exception {
			Document danish = Jsoup.parse(mvc.perform(entry("31.02.2026", "da"))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString());
			Element field = danish.selectFirst("input[name=occurredOn]");
			assertThat(field.val()).isEqualTo("31.02.2026");
			assertThat(field.attr("aria-invalid")).isEqualTo("true");
			assertThat(field.attr("aria-describedby")).isEqualTo("occurredOn-hint occurredOn-error");
			assertThat(danish.getElementById("occurredOn-error").text())
				.isEqualTo("Datoen kan ikke læses. Skriv den som dd.mm.åååå, f.eks. 24.12.2026.");

			Document english = Jsoup.parse(mvc.perform(entry("05/12/2026", "en"))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString());
			assertThat(english.selectFirst("input[name=occurredOn]").val()).isEqualTo("05/12/2026");
			assertThat(english.getElementById("occurredOn-error").text())
				.isEqualTo("This date cannot be read. Write it as yyyy-mm-dd, e.g. 2026-12-24.");
			assertThat(jdbc.sql("select count(*) from contact where recipient_id = ?")
				.param(this.recipient.id())
				.query(Integer.class)
				.single()).isZero();
		}

		private MockHttpServletRequestBuilder entry(String day, String language) throws Exception {
			Document form = page(get("/contacts/new"), "peer");
			return post("/contacts").with(csrf())
				.with(user(users.loadUserByUsername("peer")))
				.param("lang", language)
				.param("token", form.selectFirst("input[name=token]").val())
				.param("recipientId", String.valueOf(this.recipient.id()))
				.param("kind", "INDIVIDUAL_CONVERSATION")
				.param("occurredOn", day)
				.param("startsAt", "09:00")
				.param("durationMinutes", "30");
		}

	}

	private Document page(MockHttpServletRequestBuilder request, String username) throws Exception {
		return Jsoup.parse(this.mvc.perform(request.with(user(this.users.loadUserByUsername(username))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

}
