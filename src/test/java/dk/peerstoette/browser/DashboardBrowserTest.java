package dk.peerstoette.browser;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dk.peerstoette.IntegrationTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dk.peerstoette.browser.Accessibility.assertNoSeriousViolations;
import static dk.peerstoette.browser.JourneySteps.assertNoHorizontalScroll;
import static dk.peerstoette.browser.JourneySteps.button;
import static dk.peerstoette.browser.JourneySteps.field;
import static dk.peerstoette.browser.JourneySteps.menuLink;
import static dk.peerstoette.browser.JourneySteps.signIn;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo manager opens the dashboard from the menu, changes the period and the role,
 * and sees every table and its chart drawn under the content security policy, without a
 * script error, on a desktop and on a phone 390 pixels wide.
 */
@IntegrationTest
class DashboardBrowserTest {

	@RegisterExtension
	static final BrowserSession browser = new BrowserSession();

	@ParameterizedTest(name = "{0} x {1}")
	@CsvSource({ "1280, 800", "390, 844" })
	void theManagerFiltersTheDashboardAndSeesTablesAndCharts(int width, int height) {
		Page page = browser.open(BrowserSession.Viewport.DESKTOP);
		page.setViewportSize(width, height);
		List<String> problems = new ArrayList<>();
		page.onConsoleMessage((message) -> {
			// A missing favicon is reported as a console error without its address; every
			// response of the page is checked below.
			if ("error".equals(message.type()) && !message.text().startsWith("Failed to load resource")) {
				problems.add(message.text());
			}
		});
		page.onPageError(problems::add);
		page.onResponse((response) -> {
			if (response.status() >= 400) {
				problems.add(response.status() + " " + response.url());
			}
		});
		signIn(page, "leder");
		if (page.locator(".navbar-toggler").isVisible()) {
			page.locator(".navbar-toggler").click();
		}
		menuLink(page, "Dashboard").click();
		assertThat(page).hasURL(Pattern.compile("/dashboard$"));
		assertDrawn(page);

		field(page, "Periode").selectOption("QUARTER");
		field(page, "Kvartal").selectOption("1");
		field(page, "Rolle").selectOption("SUPPLEMENTARY");
		button(page, "Vis").click();
		assertThat(page).hasURL(Pattern.compile("/dashboard\\?.*period=QUARTER.*role=SUPPLEMENTARY"));
		assertThat(field(page, "Rolle")).hasValue("SUPPLEMENTARY");
		assertThat(page.locator("#dashboard-period")).containsText("1. jan.");
		assertDrawn(page);
		assertNoHorizontalScroll(page);
		assertNoSeriousViolations(page);
		browser.screenshot(page, "dashboard-" + width);
		assertThat(problems).isEmpty();
	}

	private static void assertDrawn(Page page) {
		assertThat(page.locator("table.dashboard-table")).hasCount(9);
		for (String id : List.of("reach", "contacts", "hours", "caseload", "chime-role", "months")) {
			assertThat(page.locator("#chart-box-" + id)).isVisible();
			assertThat(page.locator("#chart-" + id)).hasAttribute("data-drawn", "true");
			Object width = page.evaluate("(id) => document.getElementById(id).width", "chart-" + id);
			assertThat(((Number) width).intValue()).as(id).isPositive();
		}
		// Conventional, supplementary and total side by side (a "no model" column joins
		// them
		// only when courses without a model exist).
		assertThat(page.locator("#figures-reach thead th").first()).hasText("Konventionel");
		assertThat(page.locator("#figures-reach thead th").last()).hasText("I alt");
	}

}
