package dk.peerstoette.browser;

import java.util.ArrayList;
import java.util.List;

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
import static dk.peerstoette.browser.JourneySteps.signIn;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The outcome pages on a phone in real Chromium: the trajectory chart is drawn under the
 * site's content security policy (no errors on the console), and neither page scrolls
 * sideways.
 */
@IntegrationTest
class OutcomeViewBrowserTest {

	@RegisterExtension
	static final BrowserSession browser = new BrowserSession();

	@Autowired
	JdbcClient jdbc;

	@Test
	void aCoordinatorSeesADemoRecipientsTrajectoryDrawnAsAChartBesideItsTable() {
		long recipient = this.jdbc.sql("""
				select a.recipient_id from assessment a join recipient r on r.id = a.recipient_id
				join organisation o on o.id = r.organisation_id and o.name = 'Københavns Kommune'
				where a.status = 'COMPLETED' and r.external_reference like 'DEMO-%'
				group by a.recipient_id having count(*) >= 2 order by a.recipient_id limit 1
				""").query(Long.class).single();
		Page page = browser.open(Viewport.PHONE);
		List<String> errors = new ArrayList<>();
		// A refused script shows as an error on the console; a missing file as a failed
		// response (the browser's own request for a favicon aside).
		page.onConsoleMessage((message) -> {
			if ("error".equals(message.type()) && !message.text().startsWith("Failed to load resource")) {
				errors.add(message.text());
			}
		});
		page.onResponse((response) -> {
			if (response.status() >= 400 && !response.url().endsWith("/favicon.ico")) {
				errors.add(response.status() + " " + response.url());
			}
		});
		signIn(page, "koordinator");
		page.navigate("/outcomes/recipients/" + recipient);
		assertThat(page.locator("#trajectory-table tbody tr").first()).isVisible();
		page.waitForFunction("() => window.Chart && Chart.getChart(document.getElementById('trajectory-chart'))");
		Object datasets = page
			.evaluate("() => Chart.getChart(document.getElementById('trajectory-chart')).data.datasets.length");
		assertThat(((Number) datasets).intValue()).isEqualTo(5);
		assertThat(page.locator("#change-table [data-change]").first()).isVisible();
		assertNoHorizontalScroll(page);
		assertNoSeriousViolations(page);
		browser.screenshot(page, "outcome-view-phone");

		page.navigate("/outcomes/due?show=OVERDUE");
		assertThat(page.locator("tr[data-due]").first()).isVisible();
		assertNoHorizontalScroll(page);
		assertNoSeriousViolations(page);
		browser.screenshot(page, "outcome-due-phone");
		assertThat(errors).isEmpty();
	}

}
