package dk.peerstoette.browser;

import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dk.peerstoette.IntegrationTest;
import dk.peerstoette.browser.BrowserSession.Viewport;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dk.peerstoette.browser.Accessibility.assertNoSeriousViolations;
import static dk.peerstoette.browser.JourneySteps.DEMO_PASSWORD;
import static dk.peerstoette.browser.JourneySteps.LOGIN_PAGE;
import static dk.peerstoette.browser.JourneySteps.assertNoHorizontalScroll;
import static dk.peerstoette.browser.JourneySteps.button;
import static dk.peerstoette.browser.JourneySteps.field;
import static dk.peerstoette.browser.JourneySteps.link;
import static dk.peerstoette.browser.JourneySteps.signIn;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A coordinator opens a recipient's record and hands the citizen their access log, on
 * screen and as PDF; the data protection officer, on a phone, then finds who opened that
 * record and marks the access reviewed. axe-core checks the officer's pages, with and
 * without problems, and the citizen's document.
 */
@IntegrationTest
class AccessLogBrowserTest {

	@RegisterExtension
	static final BrowserSession browser = new BrowserSession();

	@Autowired
	JdbcClient jdbc;

	@Test
	void theOfficerFindsWhoOpenedARecordTheCoordinatorHandedTheCitizensLogFor() {
		long recipient = this.jdbc.sql("""
				select r.id from recipient r join organisation o on o.id = r.organisation_id
				where o.name = 'Københavns Kommune' order by r.id limit 1
				""").query(Long.class).single();
		String number = this.jdbc.sql("select internal_number from recipient where id = ?")
			.param(recipient)
			.query(String.class)
			.single();

		Page coordinator = browser.open(Viewport.DESKTOP);
		signIn(coordinator, "koordinator");
		coordinator.navigate("/recipients/" + recipient);
		link(coordinator, "Adgangslog til borgeren").click();
		assertThat(coordinator.getByRole(com.microsoft.playwright.options.AriaRole.HEADING,
				new Page.GetByRoleOptions().setName("Hvem har set dine oplysninger")))
			.isVisible();
		assertThat(coordinator.locator("table.access-log")).containsText("Koordinator, Københavns Kommune");
		assertThat(coordinator.locator("body")).not().containsText("Karen Koordinator");
		assertNoSeriousViolations(coordinator);
		Download download = coordinator.waitForDownload(() -> link(coordinator, "Hent som PDF").click());
		assertThat(download.suggestedFilename()).isEqualTo("adgangslog-" + number + ".pdf");
		// And everything held about them (GDPR Art. 15), PDF and JSON in one zip.
		coordinator.navigate("/recipients/" + recipient);
		Download export = coordinator
			.waitForDownload(() -> link(coordinator, "Indsigt: alle oplysninger (PDF og JSON)").click());
		assertThat(export.suggestedFilename()).isEqualTo("indsigt-" + number + ".zip");

		Page officer = browser.open(Viewport.PHONE);
		officer.navigate("/");
		assertThat(officer).hasURL(LOGIN_PAGE);
		field(officer, "Brugernavn").fill("auditor");
		field(officer, "Adgangskode").fill(DEMO_PASSWORD);
		button(officer, "Log ind").click();
		assertThat(officer).hasURL(Pattern.compile("/audit$"));
		assertNoHorizontalScroll(officer);
		assertNoSeriousViolations(officer);

		// A question with two problems names both, and keeps what was typed.
		field(officer, "Borgerens interne nummer").fill("R-12");
		officer.locator("#from").fill("31.13.2026");
		button(officer, "Søg").click();
		assertThat(officer.locator(".error-summary li")).hasCount(2);
		assertThat(field(officer, "Borgerens interne nummer")).hasValue("R-12");
		assertNoSeriousViolations(officer);

		field(officer, "Borgerens interne nummer").fill(number);
		officer.locator("#from").fill("");
		button(officer, "Søg").click();
		officer.locator("th a", new Page.LocatorOptions().setHasText("Tidspunkt")).click();
		officer.locator("th a", new Page.LocatorOptions().setHasText("Tidspunkt")).click();
		Locator opened = officer.locator("#entries tbody tr")
			.filter(new Locator.FilterOptions().setHasText("Karen Koordinator"))
			.filter(new Locator.FilterOptions().setHasText("Udtrukket"))
			.first();
		assertThat(opened).containsText("Københavns Kommune");
		assertNoHorizontalScroll(officer);
		assertNoSeriousViolations(officer);

		String comment = "Udlevering til borgeren " + UUID.randomUUID().toString().substring(0, 6);
		opened.locator("textarea").fill(comment);
		opened
			.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
					new Locator.GetByRoleOptions().setName("Markér som kontrolleret"))
			.click();
		assertThat(officer.locator(".alert-success")).containsText("markeret som kontrolleret");
		assertThat(officer.locator("#entries")).containsText(comment);
		assertThat(officer).hasURL(Pattern.compile("recipient=" + number));

		// Another organisation's coordinator tries the record: the refusal is in the log,
		// and the list of refusals reads as well as any.
		Page outsider = browser.open(Viewport.DESKTOP);
		signIn(outsider, "koordinator.aarhus");
		outsider.navigate("/recipients/" + recipient);
		officer.navigate("/audit?recipient=" + number + "&refusals=true");
		assertThat(officer.locator("#entries tbody tr").first()).containsText("koordinator.aarhus");
		assertNoSeriousViolations(officer);
	}

}
