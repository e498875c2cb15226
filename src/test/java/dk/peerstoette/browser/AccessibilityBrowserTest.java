package dk.peerstoette.browser;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dk.peerstoette.IntegrationTest;
import dk.peerstoette.browser.BrowserSession.Viewport;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dk.peerstoette.browser.Accessibility.assertNoSeriousViolations;
import static dk.peerstoette.browser.JourneySteps.heading;
import static dk.peerstoette.browser.JourneySteps.link;
import static dk.peerstoette.browser.JourneySteps.signIn;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page of each role's menu, user menu and start page, and the pages a signed-out
 * visitor reaches, audited with axe-core in Danish and English on a phone and a desktop:
 * no serious or critical violation of WCAG 2.1 AA.
 */
@IntegrationTest
class AccessibilityBrowserTest {

	@RegisterExtension
	static final BrowserSession browser = new BrowserSession();

	/** The pages the role sweeps have audited, across the roles. */
	private static final Set<String> AUDITED = ConcurrentHashMap.newKeySet();

	@ParameterizedTest
	@ValueSource(strings = { "admin", "leder", "koordinator", "peer" })
	void everyPageOfTheRolesMenusPassesAxe(String username) {
		Page page = browser.open(Viewport.DESKTOP);
		signIn(page, username);
		Set<String> addresses = new LinkedHashSet<>();
		addresses.add("/");
		for (Object href : (List<?>) page.evaluate(
				"() => [...document.querySelectorAll('header a[href^=\"/\"], main a[href^=\"/\"]')].map((a) => a.getAttribute('href'))")) {
			String address = (String) href;
			// The pages of the menus and of the start page's buttons; one record's page
			// (a contact, a plan to mark held) is the journeys' to audit.
			if (!address.contains("lang=") && !address.matches(".*\\d.*")) {
				addresses.add(address);
			}
		}
		if (username.equals("koordinator")) {
			// Reached from the recipient list, not from a menu.
			addresses.add("/retention");
		}
		// A page another role's sweep has audited already is left out: its content is the
		// same, and this role's menus are audited on its own start page and other pages.
		addresses.removeIf((address) -> !address.equals("/") && !AUDITED.add(address));
		List<String> problems = new ArrayList<>();
		for (String address : addresses) {
			page.navigate(address);
			problems.addAll(Accessibility.seriousViolations(page));
		}
		System.out.printf("axe-core: %s, %d pages × 2 languages × 2 widths, %d serious or critical violations%n",
				username, addresses.size(), problems.size());
		assertThat(problems).as("axe-core: serious or critical violations").isEmpty();
	}

	@Test
	void thePagesOfASignedOutVisitorPassAxe() {
		Page page = browser.open(Viewport.PHONE);
		List<String> problems = new ArrayList<>();
		for (String address : List.of("/login", "/login?error", "/login?refused", "/login?logout", "/accessibility")) {
			page.navigate(address);
			problems.addAll(Accessibility.seriousViolations(page));
		}
		System.out.printf("axe-core: signed out, %d serious or critical violations%n", problems.size());
		assertThat(problems).as("axe-core: serious or critical violations").isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "da", "en" })
	void aSignedOutVisitorFindsTheAccessibilityStatementInTheLoginPagesFooter(String language) {
		Page page = browser.open(Viewport.PHONE);
		page.navigate("/login?lang=" + language);
		boolean danish = "da".equals(language);
		link(page, danish ? "Tilgængelighedserklæring" : "Accessibility statement").click();
		assertThat(page).hasURL(Pattern.compile("/accessibility$"));
		assertThat(heading(page, danish ? "Tilgængelighedserklæring" : "Accessibility statement")).isVisible();
		assertThat(page.locator("main")).containsText("WCAG 2.1");
		assertThat(page.locator("main")).containsText("axe-core");
		assertThat(page.locator("#accessibility-contact")).containsText(
				danish ? "Den organisation, der har givet dig adgang" : "The organisation that gave you access");
		assertThat(page.locator("#accessibility-complaint")).hasAttribute("href",
				"https://digst.dk/digital-inklusion/webtilgaengelighed/oplever-du-ikke-tilgaengeligt-indhold/");
		assertThat(page.locator("#accessibility-complaint")).containsText("Digitaliseringsstyrelsen");
		assertThat(page.locator("#accessibility-date")).containsText("2026");
		browser.screenshot(page, "phone-accessibility-statement-" + language);
		assertNoSeriousViolations(page);

		page.navigate("/was");
		assertThat(page).hasURL(Pattern.compile("/accessibility$"));
	}

	@Test
	void everySignedInPageLinksTheStatementInItsFooter() {
		Page page = browser.open(Viewport.DESKTOP);
		signIn(page, "leder");
		page.navigate("/dashboard");
		assertThat(page.locator("footer a")).hasAttribute("href", "/accessibility");
		page.navigate("/no-such-page");
		assertThat(page.locator("footer a")).hasAttribute("href", "/accessibility");
		link(page, "Tilgængelighedserklæring").click();
		assertThat(heading(page, "Tilgængelighedserklæring")).isVisible();
		// Signed in, the menu stays.
		assertThat(page.locator("#user-menu")).isAttached();
	}

	/**
	 * With the keyboard alone: the first Tab reaches the skip link, which leads past the
	 * menu to the content; on a phone a folded section opens with Enter, and a table
	 * wider than the screen takes the focus, so that the arrow keys scroll it.
	 */
	@Test
	void theKeyboardSkipsToTheContentAndScrollsAWideTable() {
		Page page = browser.open(Viewport.PHONE);
		signIn(page, "leder");
		page.navigate("/dashboard");
		page.keyboard().press("Tab");
		assertThat(page.locator(":focus")).hasText("Spring til indhold");
		page.keyboard().press("Enter");
		assertThat(page).hasURL(Pattern.compile("#main$"));

		// The section folds on a phone: Enter on its heading opens it; the next Tab is
		// its
		// CSV link, the one after it the table's region.
		page.locator("#section-chime-role summary").focus();
		page.keyboard().press("Enter");
		page.keyboard().press("Tab");
		page.keyboard().press("Tab");
		Locator region = page.locator("#section-chime-role [role=region]");
		assertThat(region).isFocused();
		assertThat(region).hasAttribute("aria-label", Pattern.compile("^CHIME efter rolle"));
		Object wide = region.evaluate("(element) => element.scrollWidth > element.clientWidth");
		assertThat(wide).as("the table is wider than a phone").isEqualTo(true);
		page.keyboard().press("ArrowRight");
		page.keyboard().press("ArrowRight");
		page.keyboard().press("ArrowRight");
		// Chromium scrolls smoothly: the position grows over a few frames.
		page.waitForFunction("(element) => element.scrollLeft > 0", region.elementHandle());
	}

	/**
	 * With the keyboard alone on a desktop: Tab reaches every link of the menu in order,
	 * and the CHIME menu opens with Enter and its first item takes the focus.
	 */
	@Test
	void theKeyboardReachesEveryMenuItem() {
		Page page = browser.open(Viewport.DESKTOP);
		signIn(page, "koordinator");
		List<?> menu = (List<?>) page.evaluate(
				"() => [...document.querySelectorAll('#main-nav > ul > li > a')].map((a) => a.textContent.trim())");
		List<String> reached = new ArrayList<>();
		for (int tab = 0; tab < 2 * menu.size() + 5 && reached.size() < menu.size() + 1; tab++) {
			page.keyboard().press("Tab");
			Object focused = page.evaluate(
					"() => document.activeElement.closest('#main-nav') ? document.activeElement.textContent.trim() : null");
			if (focused != null) {
				reached.add((String) focused);
			}
		}
		assertThat(reached).containsSubsequence(menu.stream().map(String::valueOf).toList());

		page.locator("#chime-menu").focus();
		page.keyboard().press("Enter");
		assertThat(page.locator("#chime-menu")).hasAttribute("aria-expanded", "true");
		page.keyboard().press("ArrowDown");
		assertThat(page.locator("#chime-menu + .dropdown-menu a").first()).isFocused();
		page.keyboard().press("Escape");
		assertThat(page.locator("#chime-menu")).hasAttribute("aria-expanded", "false");
	}

	@Test
	void anErrorPagePassesAxe() {
		Page page = browser.open(Viewport.PHONE);
		signIn(page, "koordinator");
		page.navigate("/recipients/999999999");
		List<String> problems = Accessibility.seriousViolations(page);
		System.out.printf("axe-core: error page, %d serious or critical violations%n", problems.size());
		assertThat(problems).as("axe-core: serious or critical violations").isEmpty();
	}

}
