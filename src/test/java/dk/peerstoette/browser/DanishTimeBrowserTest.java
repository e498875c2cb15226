package dk.peerstoette.browser;

import java.time.Instant;
import java.time.LocalDate;
import java.util.TimeZone;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dk.peerstoette.IntegrationTest;
import dk.peerstoette.TestClock;
import dk.peerstoette.TestProgramme;
import dk.peerstoette.browser.BrowserSession.Viewport;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A peer worker in Copenhagen records a contact from the quick entry of a server that
 * runs in UTC, five minutes either side of midnight on New Year's Eve in Danish time: the
 * form offers the Danish day and time, and the contact lands on that day in their week.
 */
@IntegrationTest
class DanishTimeBrowserTest {

	@RegisterExtension
	static final BrowserSession browser = new BrowserSession();

	@Autowired
	JdbcClient jdbc;

	String alias;

	@BeforeEach
	void aRecipientInTheDemoPeerWorkersCaseloadAllYear() {
		TestProgramme programme = new TestProgramme(this.jdbc) {
		};
		long copenhagen = programme.organisation(TestProgramme.COPENHAGEN);
		long peer = programme.peerWorkerOfUser("peer", copenhagen);
		this.alias = "Midnat " + TestProgramme.tag();
		long recipient = programme.recipient(copenhagen, this.alias).id();
		programme.consent(recipient, "REGISTRATION", LocalDate.of(2025, 12, 1));
		programme.course(copenhagen, recipient, peer, LocalDate.of(2026, 1, 1));
	}

	@Test
	void theServerRunsInUtcAndTheBrowserInDenmark() {
		assertThat(TimeZone.getDefault().getRawOffset()).as("the server's zone").isZero();
		assertThat(TimeZone.getDefault().useDaylightTime()).isFalse();
		Page page = browser.open(Viewport.DESKTOP);
		assertThat(page.evaluate("() => Intl.DateTimeFormat().resolvedOptions().timeZone"))
			.isEqualTo("Europe/Copenhagen");
	}

	@Test
	void aContactFiveMinutesAfterMidnightIsOnNewYearsDay() {
		TestClock.get().set(Instant.parse("2026-12-31T23:05:00Z"));
		Page page = signedIn();
		record(page, "01.01.2027", "00:00");
		Locator day = week(page).locator("#day-2027-01-01");
		assertThat(day).containsText(this.alias);
		assertThat(day.locator("[aria-current=date]")).isVisible();
		assertThat(page.locator("#day-2026-12-31")).not().containsText(this.alias);
	}

	@Test
	void aContactFiveMinutesBeforeMidnightIsOnNewYearsEve() {
		TestClock.get().set(Instant.parse("2026-12-31T22:55:00Z"));
		Page page = signedIn();
		record(page, "31.12.2026", "23:45");
		Locator day = week(page).locator("#day-2026-12-31");
		assertThat(day).containsText(this.alias);
		assertThat(day.locator("[aria-current=date]")).isVisible();
		assertThat(page.locator("#day-2027-01-01")).not().containsText(this.alias);
	}

	private Page signedIn() {
		Page page = browser.open(Viewport.PHONE);
		page.navigate("/");
		page.getByLabel("Brugernavn", new Page.GetByLabelOptions().setExact(true)).fill("peer");
		page.getByLabel("Adgangskode", new Page.GetByLabelOptions().setExact(true)).fill("demo");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log ind")).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Velkommen, Peter Peer")))
			.isVisible();
		return page;
	}

	/** The quick entry as the form offers it: its day and time, untouched. */
	private void record(Page page, String day, String time) {
		// The recipient is new, so not among the most recently met: found by searching.
		page.navigate("/contacts/new?q=" + this.alias.replace(' ', '+'));
		assertThat(page.getByLabel("Dato", new Page.GetByLabelOptions().setExact(true))).hasValue(day);
		assertThat(page.getByLabel("Start", new Page.GetByLabelOptions().setExact(true))).hasValue(time);
		page.getByLabel(this.alias).check();
		page.locator("label.btn", new Page.LocatorOptions().setHasText(Pattern.compile("^15 min$"))).click();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gem kontakten").setExact(true)).click();
		assertThat(page.getByRole(AriaRole.STATUS)).hasText("Kontakten er gemt.");
	}

	private static Page week(Page page) {
		page.navigate("/contacts/week");
		return page;
	}

}
