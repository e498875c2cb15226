package dk.peerstoette.browser;

import java.time.Instant;
import java.time.LocalDate;
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
 * A Danish page in a Chromium whose own language is American English: the date fields
 * still show and take the Danish dd.mm.åååå (an {@code <input type="date">} would show
 * mm/dd/yyyy, the browser's order, not the page's).
 */
@IntegrationTest
class DateFieldsBrowserTest {

	@RegisterExtension
	static final BrowserSession browser = BrowserSession.inLanguage("en-US");

	@Autowired
	JdbcClient jdbc;

	String alias;

	long recipient;

	@BeforeEach
	void aRecipientInTheDemoPeerWorkersCaseload() {
		TestClock.get().set(Instant.parse("2026-12-10T09:00:00Z"));
		TestProgramme programme = new TestProgramme(this.jdbc) {
		};
		long copenhagen = programme.organisation(TestProgramme.COPENHAGEN);
		long peer = programme.peerWorkerOfUser("peer", copenhagen);
		this.alias = "Dato " + TestProgramme.tag();
		this.recipient = programme.recipient(copenhagen, this.alias).id();
		programme.consent(this.recipient, "REGISTRATION", LocalDate.of(2025, 12, 1));
		programme.course(copenhagen, this.recipient, peer, LocalDate.of(2026, 1, 1));
	}

	@Test
	void anAmericanBrowserShowsAndTakesDanishDatesOnADanishPage() {
		Page page = browser.open(Viewport.PHONE);
		assertThat(page.evaluate("() => navigator.language")).isEqualTo("en-US");
		page.navigate("/");
		page.getByLabel("Brugernavn", new Page.GetByLabelOptions().setExact(true)).fill("peer");
		page.getByLabel("Adgangskode", new Page.GetByLabelOptions().setExact(true)).fill("demo");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log ind")).click();
		assertThat(page.locator("html")).hasAttribute("lang", "da");

		// The recipient is new, so not among the most recently met: found by searching.
		page.navigate("/contacts/new?q=" + this.alias.replace(' ', '+'));
		Locator day = page.getByLabel("Dato", new Page.GetByLabelOptions().setExact(true));
		assertThat(day).hasValue("10.12.2026");
		assertThat(day).hasAttribute("type", "text");
		assertThat(day).hasAttribute("inputmode", "numeric");
		assertThat(page.locator("#occurredOn-hint")).hasText("dd.mm.åååå, f.eks. 24.12.2026");
		browser.screenshot(page, "date-field-en-US-browser");

		// A day that does not exist comes back as typed, with how to write one.
		day.fill("31.11.2026");
		choose(page);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gem kontakten").setExact(true)).click();
		day = page.getByLabel("Dato", new Page.GetByLabelOptions().setExact(true));
		assertThat(day).hasValue("31.11.2026");
		assertThat(day).hasAttribute("aria-invalid", "true");
		assertThat(page.locator("#occurredOn-error"))
			.hasText("Datoen kan ikke læses. Skriv den som dd.mm.åååå, f.eks. 24.12.2026.");

		day.fill("5.12.2026");
		choose(page);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gem kontakten").setExact(true)).click();
		assertThat(page.getByRole(AriaRole.STATUS)).hasText("Kontakten er gemt.");
		assertThat(page.locator("main")).containsText("5. december 2026");
		assertThat(this.jdbc.sql("select occurred_on from contact where recipient_id = ?")
			.param(this.recipient)
			.query(LocalDate.class)
			.single()).isEqualTo(LocalDate.of(2026, 12, 5));
	}

	/** The recipient and 15 minutes (kept after a refusal, chosen again to be sure). */
	private void choose(Page page) {
		page.getByLabel(this.alias).check();
		page.locator("label.btn", new Page.LocatorOptions().setHasText(Pattern.compile("^15 min$"))).click();
	}

}
