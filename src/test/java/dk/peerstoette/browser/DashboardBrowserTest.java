package dk.peerstoette.browser;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;
import com.microsoft.playwright.options.LoadState;
import org.junit.jupiter.api.Test;
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
		unfoldEverything(page);
		assertDrawn(page);

		field(page, "Periode").selectOption("QUARTER");
		field(page, "Kvartal").selectOption("1");
		field(page, "Rolle").selectOption("SUPPLEMENTARY");
		button(page, "Vis").click();
		assertThat(page).hasURL(Pattern.compile("/dashboard\\?.*period=QUARTER.*role=SUPPLEMENTARY"));
		assertThat(field(page, "Rolle")).hasValue("SUPPLEMENTARY");
		assertThat(page.locator("#dashboard-period")).containsText("1. jan.");
		unfoldEverything(page);
		assertDrawn(page);
		assertNoHorizontalScroll(page);
		assertNoSeriousViolations(page);
		browser.screenshot(page, "dashboard-" + width);
		assertThat(problems).isEmpty();
	}

	/**
	 * On a phone (390 × 844): the headline figures lead, within the first screen, and are
	 * the tables' own figures; the filter and the sections start folded and open on a
	 * tap; the filter shows only the fields of the chosen period kind; and no chart has a
	 * value where its table shows a suppressed figure.
	 */
	@Test
	void onAPhoneTheHeadlineLeadsTheSectionsFoldAndNoChartDrawsASuppressedFigure() {
		Page page = browser.open(BrowserSession.Viewport.PHONE);
		page.setViewportSize(390, 844);
		signIn(page, "leder");
		page.navigate("/dashboard");

		Locator headline = page.locator("#dashboard-headline");
		assertThat(headline).isVisible();
		BoundingBox box = headline.boundingBox();
		assertThat(box.y + box.height).as("bottom of the headline figures").isLessThanOrEqualTo(844);
		assertThat(text(page, "#headline-recipients dd"))
			.isEqualTo(text(page, "#figures-reach tbody tr:first-child td:last-child"));
		assertThat(text(page, "#headline-contacts dd"))
			.isEqualTo(text(page, "#figures-contacts tbody tr:last-child td:last-child"));
		assertThat(text(page, "#headline-hours dd"))
			.isEqualTo(text(page, "#figures-hours tbody tr:last-child td:last-child"));
		Locator dimensions = page.locator("#headline-chime li strong");
		assertThat(dimensions).hasCount(5);
		for (int i = 0; i < 5; i++) {
			// The mean change: the second figure of the CHIME table's row.
			assertThat(dimensions.nth(i).textContent().strip())
				.isEqualTo(text(page, "#figures-chime tbody tr:nth-child(" + (i + 1) + ") td:nth-of-type(2)"));
		}

		browser.screenshot(page, "phone-dashboard-folded");
		Locator folds = page.locator("details.dashboard-fold");
		assertThat(folds).hasCount(22);
		for (int i = 0; i < 22; i++) {
			assertThat(folds.nth(i)).not().hasAttribute("open", "");
		}
		assertThat(page.locator("#figures-caseload")).isHidden();
		page.locator("#section-caseload summary").click();
		assertThat(page.locator("#figures-caseload")).isVisible();
		assertThat(page.locator("#chart-caseload")).hasAttribute("data-drawn", "true");
		page.locator("#section-caseload")
			.screenshot(new Locator.ScreenshotOptions()
				.setPath(BrowserSession.SCREENSHOTS.resolve("phone-dashboard-caseload.png")));
		page.locator("#section-caseload summary").click();
		assertThat(page.locator("#figures-caseload")).isHidden();

		page.locator("#dashboard-filter-box summary").click();
		assertThat(field(page, "Periode")).hasValue("YEAR");
		assertPeriodFields(page, "År");
		field(page, "Periode").selectOption("MONTH");
		assertPeriodFields(page, "År", "Måned");
		field(page, "Periode").selectOption("QUARTER");
		assertPeriodFields(page, "År", "Kvartal");
		field(page, "Periode").selectOption("CUSTOM");
		assertPeriodFields(page, "Fra måned", "Til måned");
		field(page, "Periode").selectOption("YEAR");
		assertNoHorizontalScroll(page);
		assertNoSeriousViolations(page);

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Evalueringsrapport").setExact(true)).click();
		assertThat(page).hasURL(Pattern.compile("/dashboard/report\\?"));
		assertThat(page.locator("footer a")).hasAttribute("href", "/accessibility");
		assertNoSeriousViolations(page);
		page.goBack();

		unfoldEverything(page);
		Object suppressed = page.evaluate("() => document.querySelectorAll("
				+ "'table[data-chart] tbody tr:not([data-total]) td[data-shown=SMALL]').length");
		assertThat(((Number) suppressed).intValue()).as("suppressed figures in charted tables").isPositive();
		assertThat(chartValuesOfSuppressedFigures(page)).isEmpty();
	}

	private static void assertPeriodFields(Page page, String... shown) {
		List<String> all = List.of("År", "Måned", "Kvartal", "Fra måned", "Til måned");
		for (String label : all) {
			if (List.of(shown).contains(label)) {
				assertThat(field(page, label)).isVisible();
			}
			else {
				assertThat(field(page, label)).isHidden();
			}
		}
	}

	/**
	 * Every value a chart holds where its table shows no figure (SMALL, HIDDEN), as
	 * "chart/row/series: value", read from the Chart.js instances of the page.
	 */
	private static List<String> chartValuesOfSuppressedFigures(Page page) {
		List<?> found = (List<?>) page.evaluate(
				"""
						() => {
							const problems = [];
							document.querySelectorAll('table.dashboard-table[data-chart]').forEach((table) => {
								const chart = Chart.getChart(document.getElementById(table.dataset.canvas));
								const rows = [...table.querySelectorAll('tbody tr')].filter((row) => row.dataset.total !== 'true');
								const headers = [...table.querySelectorAll('thead th[data-series]')];
								headers.forEach((header, series) => {
									rows.forEach((row, index) => {
										const cell = row.cells[header.cellIndex];
										const value = chart.data.datasets[series].data[index];
										if (cell.dataset.shown !== 'VALUE' && value !== null && value !== undefined) {
											problems.push(table.id + '/' + index + '/' + series + ': ' + JSON.stringify(value));
										}
									});
								});
							});
							return problems;
						}""");
		return found.stream().map(String::valueOf).toList();
	}

	private static String text(Page page, String selector) {
		return page.locator(selector).textContent().strip();
	}

	/** Opens every folded part of the page: the filter and each table's section. */
	private static void unfoldEverything(Page page) {
		// The page's script folds on a phone once it has loaded; unfold after that.
		page.waitForLoadState(LoadState.LOAD);
		Locator closed = page.locator("details.dashboard-fold:not([open]) > summary");
		while (closed.count() > 0) {
			closed.first().click();
		}
	}

	private static void assertDrawn(Page page) {
		assertThat(page.locator("table.dashboard-table")).hasCount(21);
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
