package dk.peerstoette.browser;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dk.peerstoette.IntegrationTest;
import dk.peerstoette.browser.BrowserSession.Viewport;

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
			if (!address.contains("lang=")) {
				addresses.add(address);
			}
		}
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
		for (String address : List.of("/login", "/login?error", "/login?logout")) {
			page.navigate(address);
			problems.addAll(Accessibility.seriousViolations(page));
		}
		System.out.printf("axe-core: signed out, %d serious or critical violations%n", problems.size());
		assertThat(problems).as("axe-core: serious or critical violations").isEmpty();
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
