package dk.peerstoette.browser;

import java.util.List;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Steps the browser tests share: signing in through the Danish login form, finding
 * fields, headings, links and buttons by their exact accessible name, and checking that
 * nothing scrolls sideways.
 */
final class JourneySteps {

	/** The password of every demo user. */
	static final String DEMO_PASSWORD = "demo";

	static final Pattern LOGIN_PAGE = Pattern.compile("/login$");

	static final Pattern START_PAGE = Pattern.compile("^http://[^/]+/(\\?.*)?$");

	private JourneySteps() {
	}

	/**
	 * Signs a demo user in from the start page and waits until the start page is shown,
	 * so that the next navigation cannot cut the sign-in short.
	 */
	static void signIn(Page page, String username) {
		page.navigate("/");
		assertThat(page).hasURL(LOGIN_PAGE);
		field(page, "Brugernavn").fill(username);
		field(page, "Adgangskode").fill(DEMO_PASSWORD);
		button(page, "Log ind").click();
		assertThat(page).hasURL(START_PAGE);
		assertThat(page.locator("#user-menu")).isAttached();
	}

	static void assertNoHorizontalScroll(Page page) {
		List<?> widths = (List<?>) page.evaluate("() => [document.documentElement.scrollWidth, window.innerWidth]");
		assertThat(((Number) widths.get(0)).intValue()).as("page width (scrollWidth) at %s", page.url())
			.isLessThanOrEqualTo(((Number) widths.get(1)).intValue());
	}

	static Locator field(Page page, String label) {
		return page.getByLabel(label, new Page.GetByLabelOptions().setExact(true));
	}

	static Locator heading(Page page, String name) {
		return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(name).setExact(true));
	}

	static Locator link(Page page, String name) {
		return page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true));
	}

	/** A link of the main menu, which the start page repeats as buttons. */
	static Locator menuLink(Page page, String name) {
		return page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Hovedmenu"))
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(name).setExact(true));
	}

	static Locator button(Page page, String name) {
		return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
	}

}
