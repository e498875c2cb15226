package dk.peerstoette.browser;

import java.time.format.DateTimeFormatter;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dk.peerstoette.IntegrationTest;
import dk.peerstoette.TestClock;
import dk.peerstoette.browser.BrowserSession.Viewport;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dk.peerstoette.browser.Accessibility.assertNoSeriousViolations;
import static dk.peerstoette.browser.JourneySteps.button;
import static dk.peerstoette.browser.JourneySteps.field;
import static dk.peerstoette.browser.JourneySteps.signIn;

/**
 * A coordinator on a phone draws the interview sample from the demo's consents,
 * stratified by unit only, and gets the people to contact with the draw's address, which
 * shows the same draw again; a peer worker records their own consent. Each page passes
 * axe in Danish and English on a phone and a desktop.
 */
@IntegrationTest
class InterviewSampleBrowserTest {

	@RegisterExtension
	static final BrowserSession browser = new BrowserSession();

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

	@Test
	void aCoordinatorDrawsTheSampleAndOpensItAgain() {
		Page page = browser.open(Viewport.PHONE);
		signIn(page, "koordinator");
		page.navigate("/interviews");
		page.getByLabel("Model").uncheck();
		page.getByLabel("Rolle").uncheck();
		button(page, "Træk stikprøve").click();
		assertThat(page.locator("#draw-summary")).containsText("Trukket den");
		assertThat(page.locator("[data-stratum] a[href^='/recipients/']").first()).isVisible();
		String drawn = page.locator("main").innerText();
		assertNoSeriousViolations(page);
		page.locator("#draw-address").click();
		assertThat(page.locator("main")).hasText(drawn);
	}

	/**
	 * The peer worker records their own consent on their page, first with a day that has
	 * not come (the message at the field, the day kept), then as given today.
	 */
	@Test
	void aPeerWorkerRecordsTheirOwnConsentOnTheirPage() {
		Page page = browser.open(Viewport.PHONE);
		signIn(page, "peer");
		page.navigate("/peers/me");
		String tomorrow = DAY.format(TestClock.today().plusDays(1));
		field(page, "Givet den").fill(tomorrow);
		button(page, "Registrér samtykke").click();
		assertThat(page.locator("#givenOn-error")).containsText("fremtiden");
		assertThat(field(page, "Givet den")).hasValue(tomorrow);
		assertNoSeriousViolations(page);
		field(page, "Givet den").fill(DAY.format(TestClock.today()));
		button(page, "Registrér samtykke").click();
		assertThat(page.locator("#consent-table")).containsText("Må kontaktes til evalueringsinterview");
		assertNoSeriousViolations(page);
	}

}
