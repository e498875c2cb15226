package dk.peerstoette.browser;

import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dk.peerstoette.IntegrationTest;
import dk.peerstoette.browser.BrowserSession.Viewport;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dk.peerstoette.browser.JourneySteps.button;
import static dk.peerstoette.browser.JourneySteps.field;
import static dk.peerstoette.browser.JourneySteps.signIn;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A refused form on a phone (390 × 844): the summary of its problems is at the top of the
 * screen and has the focus, so that a screen reader reads it and nobody has to look for
 * the first message below the fold; each of its links, in the order of the fields, moves
 * the focus to its field.
 */
@IntegrationTest
class FormProblemsBrowserTest {

	@RegisterExtension
	static final BrowserSession browser = new BrowserSession();

	@Test
	void aNewUserWithFiveProblemsIsAnsweredOnceWithTheSummaryInFocus() {
		Page page = phone();
		signIn(page, "admin");
		page.navigate("/admin/users/new");
		field(page, "Brugernavn").fill("koordinator");
		field(page, "Navn").fill("Kim Hansen");
		field(page, "Rolle").selectOption(new SelectOption().setLabel("Koordinator"));
		field(page, "Adgangskode").fill("kort-1");
		field(page, "Gentag adgangskode").fill("kort-2");
		button(page, "Opret").click();

		Locator summary = summaryInFocusAtTheTop(page, "Der er 5 problemer");
		// In the order of the fields on the page, each leading to its field; "kort-1" is
		// both
		// too short and easy to guess.
		assertThat(linkTargets(summary)).containsExactly("username", "organisationId", "password", "password",
				"passwordRepeat");
		for (String id : List.of("username", "organisationId", "password", "passwordRepeat")) {
			summary.locator("a[href='#" + id + "']").first().click();
			assertThat(page.evaluate("() => document.activeElement.id")).isEqualTo(id);
			assertInView(page, page.locator("#" + id));
		}
		// Everything typed is kept but the passwords.
		assertThat(field(page, "Brugernavn")).hasValue("koordinator");
		assertThat(field(page, "Navn")).hasValue("Kim Hansen");
		assertThat(field(page, "Adgangskode")).hasValue("");
		assertThat(field(page, "Gentag adgangskode")).hasValue("");
	}

	@Test
	void aQuickEntryWithNothingChosenLeadsToTheRecipientsWithoutAnId() {
		Page page = phone();
		signIn(page, "peer");
		page.navigate("/contacts/new");
		field(page, "Dato").fill("");
		button(page, "Gem kontakten").click();

		Locator summary = summaryInFocusAtTheTop(page, null);
		// A group of radio buttons has no id of its own: the link leads to its first one.
		summary.locator("a[data-field=recipientId]").click();
		assertThat(page.evaluate("() => document.activeElement.name")).isEqualTo("recipientId");
	}

	private static Page phone() {
		Page page = browser.open(Viewport.PHONE);
		page.setViewportSize(390, 844);
		return page;
	}

	/** The summary, with the focus, its top within the first quarter of the screen. */
	private static Locator summaryInFocusAtTheTop(Page page, String heading) {
		Locator summary = page.locator(".error-summary");
		assertThat(summary).isVisible();
		if (heading != null) {
			assertThat(summary.locator("h2")).hasText(heading);
		}
		assertThat(summary).isFocused();
		Map<?, ?> box = (Map<?, ?>) page
			.evaluate("() => { const r = document.querySelector('.error-summary').getBoundingClientRect();"
					+ " return { top: r.top, height: window.innerHeight }; }");
		double top = ((Number) box.get("top")).doubleValue();
		assertThat(top).as("the summary's top on the screen").isBetween(-1.0, 844 / 4.0);
		return summary;
	}

	private static List<String> linkTargets(Locator summary) {
		return summary.locator("a").all().stream().map((link) -> link.getAttribute("href").substring(1)).toList();
	}

	private static void assertInView(Page page, Locator element) {
		Map<?, ?> box = (Map<?, ?>) element.evaluate(
				"(e) => { const r = e.getBoundingClientRect(); return { top: r.top, bottom: r.bottom, height: window.innerHeight }; }");
		assertThat(((Number) box.get("top")).doubleValue()).isGreaterThanOrEqualTo(0);
		assertThat(((Number) box.get("bottom")).doubleValue())
			.isLessThanOrEqualTo(((Number) box.get("height")).doubleValue());
	}

}
