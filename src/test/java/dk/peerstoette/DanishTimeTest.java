package dk.peerstoette;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.TimeZone;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import dk.peerstoette.TestProgramme.Recipient;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Time is Danish on a server that runs in UTC: the day, the time of day, "in the future",
 * what is due today, the week and the dashboard's year are those of Copenhagen, in winter
 * (UTC+1) and in summer (UTC+2). Each test stops the application's clock
 * ({@link TestClock}) at an instant given in UTC.
 */
@IntegrationTest
class DanishTimeTest {

	private static final Pattern CONTACT = Pattern.compile("/contacts/(\\d+)");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	TestProgramme programme;

	String tag;

	long copenhagen;

	long peer;

	Recipient recipient;

	@BeforeEach
	void aRecipientInThePeerWorkersCaseloadSinceJanuary() {
		this.programme = new TestProgramme(this.jdbc);
		this.tag = TestProgramme.tag();
		this.copenhagen = this.programme.organisation(TestProgramme.COPENHAGEN);
		this.peer = this.programme.peerWorkerOfUser("peer", this.copenhagen);
		this.recipient = recipientWithConsents("Tid " + this.tag);
		course(this.recipient, LocalDate.of(2026, 1, 1));
	}

	@Test
	void theServerRunsInUtc() {
		// The premise of every test here (surefire starts the JVM with
		// -Duser.timezone=UTC).
		assertThat(TimeZone.getDefault().getRawOffset()).isZero();
		assertThat(TimeZone.getDefault().useDaylightTime()).isFalse();
	}

	@Nested
	class NewYearsEve {

		@BeforeEach
		void halfPastElevenUtc() {
			TestClock.get().set(Instant.parse("2026-12-31T23:30:00Z"));
		}

		@Test
		void aContactIsRecordedOnNewYearsDayInDenmark() throws Exception {
			Document form = page(get("/contacts/new"), "peer");
			assertThat(dayIn(form, "occurredOn")).isEqualTo(LocalDate.of(2027, 1, 1));
			assertThat(form.selectFirst("input[name=startsAt]").val()).isEqualTo("00:30");

			long id = save(form, "peer", LocalDate.of(2027, 1, 1), "00:30");
			assertThat(
					jdbc.sql("select occurred_on from contact where id = ?").param(id).query(LocalDate.class).single())
				.isEqualTo(LocalDate.of(2027, 1, 1));

			Document week = page(get("/contacts/week"), "peer");
			assertThat(week.selectFirst("#day-2027-01-01").text()).contains(recipient.alias());
			assertThat(week.select("[aria-current=date]")).singleElement()
				.satisfies((today) -> assertThat(today.closest("[id^=day-]").id()).isEqualTo("day-2027-01-01"));

			MvcResult dashboard = mvc.perform(get("/dashboard").with(user(users.loadUserByUsername("koordinator"))))
				.andExpect(status().isOk())
				.andReturn();
			assertThat(dashboard.getModelAndView().getModel().get("period"))
				.hasToString("Period[from=2027-01-01, " + "to=2027-12-31]");
			assertThat(Jsoup.parse(dashboard.getResponse().getContentAsString())
				.selectFirst("#year option[selected]")
				.val()).isEqualTo("2027");
			assertThat(jdbc.sql("""
					select count(*) from contact_summary_stale where organisation_id = ? and month = date '2027-01-01'
					""").param(copenhagen).query(Integer.class).single()).as("the summary month marked stale").isOne();
		}

		@Test
		void whatStartedOnNewYearsEveIsOverdueAndWhatStartsOnNewYearsDayIsDueToday() throws Exception {
			Recipient late = recipientWithConsents("Sent " + tag);
			course(late, LocalDate.of(2026, 12, 31));
			Recipient early = recipientWithConsents("Nu " + tag);
			course(early, LocalDate.of(2027, 1, 1));
			Document due = page(get("/outcomes/due").param("q", tag), "peer");
			assertThat(baseline(due, late).text()).contains("Overskredet");
			assertThat(baseline(due, early).text()).contains("Kommende");
		}

	}

	@Nested
	class Winter {

		@Test
		void theQuickEntryOffersTheLastQuarterOfTheDanishHour() throws Exception {
			TestClock.get().set(Instant.parse("2026-12-07T05:46:00Z"));
			Document form = page(get("/contacts/new"), "peer");
			assertThat(dayIn(form, "occurredOn")).isEqualTo(LocalDate.of(2026, 12, 7));
			// 06:46 in Copenhagen; the entry offers the quarter that has begun.
			assertThat(form.selectFirst("input[name=startsAt]").val()).isEqualTo("06:45");
		}

		@Test
		void aPhoneCallThatBeganTenMinutesAgoIsAccepted() throws Exception {
			TestClock.get().set(Instant.parse("2026-12-07T13:00:00Z"));
			Document form = page(get("/contacts/new"), "peer");
			long id = save(form, "peer", LocalDate.of(2026, 12, 7), "13:50");
			assertThat(jdbc.sql("select kind, occurred_on, starts_at from contact where id = ?")
				.param(id)
				.query((rs, row) -> rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3))
				.single()).isEqualTo("PHONE 2026-12-07 13:50:00");
		}

		@Test
		void aCallThatBeginsInTenMinutesIsRefused() throws Exception {
			TestClock.get().set(Instant.parse("2026-12-07T13:00:00Z"));
			Document form = page(get("/contacts/new"), "peer");
			mvc.perform(entry(form, "peer", LocalDate.of(2026, 12, 7), "14:10")).andExpect(status().isOk()).andReturn();
			assertThat(jdbc.sql("select count(*) from contact where recipient_id = ?")
				.param(recipient.id())
				.query(Integer.class)
				.single()).isZero();
		}

	}

	@Nested
	class Summer {

		@Test
		void halfPastTenUtcIsHalfPastTwelveTheNextDay() throws Exception {
			TestClock.get().set(Instant.parse("2026-07-15T22:30:00Z"));
			Document form = page(get("/contacts/new"), "peer");
			assertThat(dayIn(form, "occurredOn")).isEqualTo(LocalDate.of(2026, 7, 16));
			assertThat(form.selectFirst("input[name=startsAt]").val()).isEqualTo("00:30");
			long id = save(form, "peer", LocalDate.of(2026, 7, 16), "00:30");
			assertThat(
					jdbc.sql("select occurred_on from contact where id = ?").param(id).query(LocalDate.class).single())
				.isEqualTo(LocalDate.of(2026, 7, 16));
		}

		@Test
		void fiveToTenUtcIsStillTheSameDay() throws Exception {
			TestClock.get().set(Instant.parse("2026-07-15T21:55:00Z"));
			Document form = page(get("/contacts/new"), "peer");
			assertThat(dayIn(form, "occurredOn")).isEqualTo(LocalDate.of(2026, 7, 15));
			assertThat(form.selectFirst("input[name=startsAt]").val()).isEqualTo("23:45");
			Document week = page(get("/contacts/week"), "peer");
			assertThat(week.select("[aria-current=date]")).singleElement()
				.satisfies((today) -> assertThat(today.closest("[id^=day-]").id()).isEqualTo("day-2026-07-15"));
		}

	}

	private Recipient recipientWithConsents(String alias) {
		Recipient recipient = this.programme.recipient(this.copenhagen, alias);
		this.programme.consent(recipient.id(), "REGISTRATION", LocalDate.of(2025, 12, 1));
		this.programme.consent(recipient.id(), "OUTCOME_MEASUREMENT", LocalDate.of(2025, 12, 1));
		return recipient;
	}

	private void course(Recipient recipient, LocalDate startsOn) {
		this.programme.course(this.copenhagen, recipient.id(), this.peer, startsOn);
	}

	private Document page(MockHttpServletRequestBuilder request, String username) throws Exception {
		MvcResult result = this.mvc.perform(request.with(user(this.users.loadUserByUsername(username))))
			.andExpect(status().isOk())
			.andReturn();
		return Jsoup.parse(result.getResponse().getContentAsString());
	}

	/** The day a date field shows, in the Danish form or ISO. */
	private static LocalDate dayIn(Document form, String name) {
		String value = form.selectFirst("input[name=" + name + "]").val();
		return value.contains(".") ? LocalDate.parse(value, DateTimeFormatter.ofPattern("dd.MM.uuuu"))
				: LocalDate.parse(value);
	}

	/** A phone call of 15 minutes with the test's recipient, on the form's token. */
	private MockHttpServletRequestBuilder entry(Document form, String username, LocalDate day, String time) {
		return post("/contacts").with(csrf())
			.with(user(this.users.loadUserByUsername(username)))
			.param("token", form.selectFirst("input[name=token]").val())
			.param("recipientId", String.valueOf(this.recipient.id()))
			.param("kind", "PHONE")
			.param("occurredOn", day.toString())
			.param("startsAt", LocalTime.parse(time).toString())
			.param("durationMinutes", "15");
	}

	private long save(Document form, String username, LocalDate day, String time) throws Exception {
		String location = this.mvc.perform(entry(form, username, day, time))
			.andExpect(redirectedUrlPattern("/contacts/*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		Matcher matcher = CONTACT.matcher(location);
		assertThat(matcher.find()).isTrue();
		return Long.parseLong(matcher.group(1));
	}

	private static Element baseline(Document due, Recipient recipient) {
		return due.select("tr[data-due$=:BASELINE]")
			.stream()
			.filter((row) -> row.attr("data-due").startsWith(recipient.id() + ":"))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no baseline due for " + recipient.alias()));
	}

}
