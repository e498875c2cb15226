package dk.peerstoette.browser;

import java.util.Map;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dk.peerstoette.IntegrationTest;
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
 * A recipient's network and a bridge-building course's destination (issue 18, items 5 and
 * 6) on a phone in real Chromium: the network form names its problem at the top and at
 * the field, keeps what was typed, saves, and the recipient's and the course's pages show
 * what was noted; every page passes axe and none scrolls sideways.
 */
@IntegrationTest
class NetworkBrowserTest {

	private static final Map<String, String> LABELS = Map.of("JOB_CENTRE", "Jobcenter", "GENERAL_PRACTITIONER",
			"Egen læge", "HOUSING", "Bolig", "EDUCATION", "Uddannelse", "ASSOCIATION", "Forening", "OTHER", "Andet");

	@RegisterExtension
	static final BrowserSession browser = new BrowserSession();

	@Autowired
	JdbcClient jdbc;

	@Test
	void aCoordinatorNotesANetworkOnAPhoneAndSeesABridgeCoursesDestination() {
		long recipient = jdbc.sql("""
				select r.id from recipient r join organisation o on o.id = r.organisation_id
				where o.name = 'Københavns Kommune' and r.anonymised_on is null
				  and not exists (select 1 from recipient_network n where n.recipient_id = r.id)
				order by r.id limit 1
				""").query(Long.class).single();
		Map<String, Object> course = jdbc.sql("""
				select c.id, c.bridge_to from course c join organisation o on o.id = c.organisation_id
				where o.name = 'Københavns Kommune' and c.bridge_to is not null order by c.id limit 1
				""").query().singleRow();
		Page page = browser.open(Viewport.PHONE);
		signIn(page, "koordinator");
		page.navigate("/recipients/" + recipient);
		link(page, "Ret netværk").click();
		field(page, "Forældre").fill("25");
		field(page, "Søskende").fill("1");
		button(page, "Gem").click();
		assertThat(page.locator(".error-summary")).isFocused();
		assertThat(field(page, "Forældre")).hasAttribute("aria-invalid", "true");
		assertThat(field(page, "Søskende")).hasValue("1");
		assertNoSeriousViolations(page);
		assertNoHorizontalScroll(page);
		browser.screenshot(page, "network-form-phone");

		field(page, "Forældre").fill("2");
		button(page, "Gem").click();
		assertThat(page.locator("#network")).isVisible();
		assertThat(page.getByText("Netværket er gemt.")).isVisible();
		assertThat(page.locator("dt", new Page.LocatorOptions().setHasText("Søskende"))).isVisible();
		assertNoSeriousViolations(page);
		assertNoHorizontalScroll(page);

		page.navigate("/courses/" + course.get("id"));
		assertThat(page.locator("#bridge-to")).hasText(LABELS.get((String) course.get("bridge_to")));
		assertNoSeriousViolations(page);
		page.navigate("/courses/" + course.get("id") + "/edit");
		assertThat(field(page, "Bro til")).hasValue((String) course.get("bridge_to"));
		assertNoSeriousViolations(page);
		assertNoHorizontalScroll(page);
	}

}
