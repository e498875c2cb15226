package dk.peerstoette.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dk.peerstoette.DateFields;
import dk.peerstoette.IntegrationTest;
import dk.peerstoette.TestClock;
import dk.peerstoette.browser.BrowserSession.Viewport;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dk.peerstoette.browser.Accessibility.assertNoSeriousViolations;
import static dk.peerstoette.browser.JourneySteps.assertNoHorizontalScroll;
import static dk.peerstoette.browser.JourneySteps.button;
import static dk.peerstoette.browser.JourneySteps.field;
import static dk.peerstoette.browser.JourneySteps.link;
import static dk.peerstoette.browser.JourneySteps.signIn;

/**
 * A coordinator adds a consent on a phone in real Chromium, from the recipient's page to
 * the form's own page and back: the form names every problem at once, at the top and at
 * the fields, keeps what was typed, and the saved consent is in the recipient's table.
 * Each page passes axe and none scrolls sideways.
 */
@IntegrationTest
class ConsentBrowserTest {

	@RegisterExtension
	static final BrowserSession browser = new BrowserSession();

	@Autowired
	JdbcClient jdbc;

	@Test
	void aCoordinatorAddsAConsentOnAPhone() {
		long recipient = jdbc.sql("""
				select r.id from recipient r join organisation o on o.id = r.organisation_id
				where o.name = 'Københavns Kommune' and r.anonymised_on is null
				  and not exists (select 1 from consent c where c.recipient_id = r.id and c.kind = 'ANONYMISED_QUOTES')
				order by r.id desc limit 1
				""").query(Long.class).single();
		Page page = browser.open(Viewport.PHONE);
		signIn(page, "koordinator");
		page.navigate("/recipients/" + recipient);
		link(page, "Tilføj samtykke").click();
		assertThat(page).hasTitle(java.util.regex.Pattern.compile("^Tilføj samtykke"));
		String tomorrow = DateFields.danish(TestClock.today().plusDays(1));
		field(page, "Givet den").fill(tomorrow);
		button(page, "Tilføj samtykke").click();
		assertThat(page.locator(".error-summary")).isFocused();
		assertThat(page.locator(".error-summary li")).hasCount(3);
		assertThat(field(page, "Givet den")).hasAttribute("aria-invalid", "true");
		assertThat(field(page, "Givet den")).hasValue(tomorrow);
		assertNoSeriousViolations(page);
		assertNoHorizontalScroll(page);
		browser.screenshot(page, "consent-form-phone");

		field(page, "Samtykke til").selectOption("ANONYMISED_QUOTES");
		field(page, "Givet den").fill(DateFields.danish(TestClock.today()));
		page.getByLabel("Mundtligt").check();
		button(page, "Tilføj samtykke").click();
		assertThat(page.getByText("Samtykket er tilføjet.")).isVisible();
		Locator consents = page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Samtykker"));
		assertThat(consents).containsText("Brug af anonymiserede citater");
		assertNoSeriousViolations(page);
		assertNoHorizontalScroll(page);
	}

}
