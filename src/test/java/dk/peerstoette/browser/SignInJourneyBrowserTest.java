package dk.peerstoette.browser;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dk.peerstoette.IntegrationTest;
import dk.peerstoette.browser.BrowserSession.Viewport;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dk.peerstoette.browser.Accessibility.assertNoSeriousViolations;
import static dk.peerstoette.browser.JourneySteps.LOGIN_PAGE;
import static dk.peerstoette.browser.JourneySteps.START_PAGE;
import static dk.peerstoette.browser.JourneySteps.assertNoHorizontalScroll;
import static dk.peerstoette.browser.JourneySteps.button;
import static dk.peerstoette.browser.JourneySteps.field;
import static dk.peerstoette.browser.JourneySteps.heading;
import static dk.peerstoette.browser.JourneySteps.link;
import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class SignInJourneyBrowserTest {

	@RegisterExtension
	static final BrowserSession browser = new BrowserSession();

	@Test
	void aCoordinatorSignsInSwitchesToEnglishAndSignsOut() {
		Page page = browser.open(Viewport.DESKTOP);
		submitLogin(page, "koordinator", "demo");

		assertThat(page).hasURL(START_PAGE);
		assertThat(page.locator("html")).hasAttribute("lang", "da");
		assertThat(heading(page, "Velkommen, Karen Koordinator")).isVisible();
		assertThat(page.locator("main")).containsText("Koordinator");
		assertThat(page.locator("main")).containsText("Københavns Kommune");

		link(page, "English").click();
		assertThat(page.locator("html")).hasAttribute("lang", "en");
		assertThat(heading(page, "Welcome, Karen Koordinator")).isVisible();
		assertThat(page.locator("main")).containsText("Coordinator");
		browser.screenshot(page, "desktop-home-en");

		page.navigate("/");
		assertThat(page.locator("html")).hasAttribute("lang", "en");
		assertThat(heading(page, "Welcome, Karen Koordinator")).isVisible();
		assertThat(link(page, "Dansk")).isVisible();

		page.locator("#user-menu").click();
		button(page, "Sign out").click();
		assertThat(page).hasURL(Pattern.compile("/login\\?logout$"));
		assertThat(page.getByRole(AriaRole.STATUS)).hasText("You are signed out.");
		assertNoSeriousViolations(page);

		page.navigate("/");
		assertThat(page).hasURL(LOGIN_PAGE);
		assertThat(heading(page, "Sign in")).isVisible();
	}

	@Test
	void onAPhoneTheNavigationFoldsIntoTheTogglerAndNothingScrollsSideways() {
		Page page = browser.open(Viewport.PHONE);
		page.navigate("/login");
		assertNoHorizontalScroll(page);
		assertNoSeriousViolations(page);
		submitLogin(page, "koordinator", "demo");
		assertThat(heading(page, "Velkommen, Karen Koordinator")).isVisible();
		assertNoHorizontalScroll(page);
		assertNoSeriousViolations(page);
		browser.screenshot(page, "phone-home");

		Locator toggler = page.locator(".navbar-toggler");
		Locator homeLink = link(page, "Forside");
		Locator userMenu = page.locator("#user-menu");
		assertThat(toggler).isVisible();
		assertThat(toggler).hasAttribute("aria-expanded", "false");
		assertThat(homeLink).isHidden();
		assertThat(userMenu).isHidden();

		toggler.click();
		assertThat(toggler).hasAttribute("aria-expanded", "true");
		assertThat(page.locator("#main-nav")).hasClass(Pattern.compile("\\bshow\\b"));
		assertThat(homeLink).isVisible();
		assertNoHorizontalScroll(page);
		assertNoSeriousViolations(page);
		userMenu.click();
		assertThat(userMenu).hasAttribute("aria-expanded", "true");
		button(page, "Log ud").click();

		assertThat(page).hasURL(Pattern.compile("/login\\?logout$"));
		assertThat(page.getByRole(AriaRole.STATUS)).hasText("Du er logget ud.");
	}

	@Test
	void theStartPageRaisesNoConsoleErrorsOrContentSecurityPolicyViolations() {
		Page page = browser.open(Viewport.DESKTOP);
		List<String> problems = new ArrayList<>();
		page.onConsoleMessage((message) -> {
			if ("error".equals(message.type())) {
				problems.add(message.text());
			}
		});
		page.onPageError(problems::add);

		submitLogin(page, "koordinator", "demo");
		assertThat(heading(page, "Velkommen, Karen Koordinator")).isVisible();
		// The dropdown only opens if Bootstrap's script loaded under the policy.
		page.locator("#user-menu").click();
		assertThat(button(page, "Log ud")).isVisible();

		assertThat(problems).isEmpty();
	}

	@Nested
	class Refused {

		@ParameterizedTest
		@ValueSource(strings = { "koordinator", "ingen.saadan.bruger" })
		void aWrongPasswordOrUnknownUsernameGetsOneNeutralMessageAndKeepsTheUsername(String username) {
			Page page = browser.open(Viewport.DESKTOP);
			submitLogin(page, username, "forkert-adgangskode");

			assertThat(page).hasURL(Pattern.compile("/login\\?error$"));
			assertThat(page.getByRole(AriaRole.ALERT)).hasText("Brugernavn eller adgangskode er forkert.");
			assertThat(field(page, "Brugernavn")).hasValue(username);
			assertThat(field(page, "Adgangskode")).hasValue("");
			assertNoSeriousViolations(page);
		}

	}

	/** From the start page, which sends a signed-out visitor to the Danish login form. */
	private static void submitLogin(Page page, String username, String password) {
		page.navigate("/");
		assertThat(page).hasURL(LOGIN_PAGE);
		field(page, "Brugernavn").fill(username);
		field(page, "Adgangskode").fill(password);
		button(page, "Log ind").click();
	}

}
