package dk.peerstoette.browser;

import java.util.Locale;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dk.peerstoette.IntegrationTest;
import dk.peerstoette.TestProgramme;
import dk.peerstoette.account.StaffAccountService;
import dk.peerstoette.browser.BrowserSession.Viewport;
import dk.peerstoette.security.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dk.peerstoette.browser.Accessibility.assertNoSeriousViolations;
import static dk.peerstoette.browser.JourneySteps.LOGIN_PAGE;
import static dk.peerstoette.browser.JourneySteps.START_PAGE;
import static dk.peerstoette.browser.JourneySteps.assertNoHorizontalScroll;
import static dk.peerstoette.browser.JourneySteps.button;
import static dk.peerstoette.browser.JourneySteps.field;
import static dk.peerstoette.browser.JourneySteps.heading;
import static dk.peerstoette.browser.JourneySteps.link;

/**
 * A peer worker signed in on a laptop and a phone ends the laptop's session from the
 * phone, through the user menu, in real Chromium.
 */
@IntegrationTest
class OwnSessionsBrowserTest {

	private static final String PASSWORD = "Browser-sessions-Kite-4";

	@RegisterExtension
	static final BrowserSession browser = new BrowserSession();

	@Autowired
	StaffAccountService accounts;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aPeerWorkerEndsTheLaptopsSessionFromThePhone() {
		String username = "s3.browser." + TestProgramme.tag().toLowerCase(Locale.ROOT);
		this.accounts.provisionIfAbsent(username, PASSWORD, "Birk Browser", Role.PEER_WORKER,
				new TestProgramme(this.jdbc) {
				}.organisation(TestProgramme.COPENHAGEN), null);
		Page laptop = browser.open(Viewport.DESKTOP);
		signIn(laptop, username);
		Page phone = browser.open(Viewport.PHONE);
		signIn(phone, username);

		phone.locator(".navbar-toggler").click();
		phone.locator("#user-menu").click();
		link(phone, "Aktive sessioner").click();
		assertThat(heading(phone, "Aktive sessioner")).isVisible();
		Locator rows = phone.locator("tbody tr");
		assertThat(rows).hasCount(2);
		assertThat(rows.first()).containsText("Denne enhed");
		assertNoHorizontalScroll(phone);
		assertNoSeriousViolations(phone);
		browser.screenshot(phone, "phone-own-sessions");

		Locator end = button(phone, "Afslut sessionen på Chrome på Linux");
		assertThat(end).isInViewport();
		end.click();
		assertThat(phone.getByRole(AriaRole.STATUS)).hasText("Sessionen er afsluttet.");
		assertThat(rows).hasCount(1);
		assertNoSeriousViolations(phone);

		laptop.reload();
		assertThat(laptop).hasURL(LOGIN_PAGE);
		assertNoSeriousViolations(laptop);
	}

	private static void signIn(Page page, String username) {
		page.navigate("/login");
		field(page, "Brugernavn").fill(username);
		field(page, "Adgangskode").fill(PASSWORD);
		button(page, "Log ind").click();
		assertThat(page).hasURL(START_PAGE);
	}

}
