package dk.peerstoette.browser;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dk.peerstoette.IntegrationTest;
import dk.peerstoette.browser.BrowserSession.Viewport;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dk.peerstoette.browser.Accessibility.assertNoSeriousViolations;
import static dk.peerstoette.browser.Accessibility.assertNoSeriousViolationsHere;
import static dk.peerstoette.browser.JourneySteps.assertNoHorizontalScroll;
import static dk.peerstoette.browser.JourneySteps.button;
import static dk.peerstoette.browser.JourneySteps.field;
import static dk.peerstoette.browser.JourneySteps.signIn;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A round of the staff survey: the coordinator opens it for a unit and copies the five
 * links; five staff members answer, each in a browser of their own without signing in (on
 * a phone by keyboard alone, in English, and by tapping); the results stay hidden at four
 * answers and while the round is open, and show once it is closed with five. A link used
 * already leads to a page that says so.
 */
@IntegrationTest
class StaffSurveyBrowserTest {

	@RegisterExtension
	static final BrowserSession browser = new BrowserSession();

	/** The answers of each staff member, by item, from 0 (strongly disagree) to 4. */
	private static final int[][] ANSWERS = { { 3, 2, 4, 1, 0, 2, 3, 4, 1, 2 }, { 2, 2, 2, 2, 2, 2, 2, 2, 2, 2 },
			{ 4, 3, 3, 3, 4, 3, 3, 2, 4, 3 }, { 1, 1, 2, 1, 3, 2, 1, 1, 2, 1 }, { 3, 3, 3, 3, 3, 3, 3, 3, 3, 3 } };

	@Autowired
	JdbcClient jdbc;

	String unit;

	@BeforeEach
	void aUnitWithoutRounds() {
		this.unit = "Botilbud " + UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);
		this.jdbc
			.sql("""
					insert into unit (organisation_id, name, kind, sector)
					values ((select id from organisation where name = 'Københavns Kommune'), ?, 'RESIDENTIAL_FACILITY', 'MUNICIPAL')
					""")
			.param(this.unit)
			.update();
	}

	@Test
	void aCoordinatorSendsLinksFiveStaffAnswerAndTheResultsShowOnceFiveHaveAnsweredAndTheRoundIsClosed() {
		Page coordinator = browser.open(Viewport.DESKTOP);
		signIn(coordinator, "koordinator");
		coordinator.navigate("/staff-survey");
		assertNoSeriousViolations(coordinator);
		coordinator.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Åbn en runde").setExact(true))
			.click();
		assertNoSeriousViolationsHere(coordinator);
		coordinator.locator("#unitId").selectOption(new SelectOption().setLabel(this.unit));
		field(coordinator, "Antal links").fill("5");
		button(coordinator, "Åbn runden og lav links").click();
		Locator links = field(coordinator, "Links, ét pr. linje");
		assertThat(links).isVisible();
		List<String> sent = links.inputValue().lines().toList();
		assertThat(sent).hasSize(5)
			.allSatisfy((link) -> assertThat(link).matches(".*/staff-survey/answer/[A-Za-z0-9_-]{43}"));
		assertNoSeriousViolationsHere(coordinator);
		coordinator.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Jeg har kopieret linkene")).click();
		String round = coordinator.url();

		answerByKeyboardOnAPhone(sent.get(0), ANSWERS[0]);
		answerByTapping(sent.get(1), ANSWERS[1], true);
		answerByTapping(sent.get(2), ANSWERS[2], false);
		answerByTapping(sent.get(3), ANSWERS[3], false);

		coordinator.navigate(round);
		assertThat(coordinator.locator("#round-answered")).hasText("4");
		assertThat(coordinator.locator("#results-hidden")).isVisible();
		assertThat(coordinator.locator("#dimension-results")).not().isAttached();

		answerByTapping(sent.get(4), ANSWERS[4], false);
		coordinator.navigate(round);
		assertThat(coordinator.locator("#round-answered")).hasText("5");
		assertThat(coordinator.locator("#results-hidden")).isVisible();
		button(coordinator, "Luk runden").click();
		assertThat(coordinator.getByRole(AriaRole.STATUS).first()).hasText("Runden er lukket.");
		assertThat(coordinator.locator("#results-hidden")).not().isAttached();
		Locator dimensions = coordinator.locator("#dimension-results");
		assertThat(dimensions).isVisible();
		// Connection: items 1 and 2, the mean of each person's mean.
		assertThat(dimensions.locator("tr[data-dimension=CONNECTION] td").first()).hasText("2,40");
		assertThat(coordinator.locator("#item-results tbody tr")).hasCount(10);
		assertThat(coordinator.locator("#compared-with"))
			.hasText("Der er ingen tidligere runde med resultater at sammenligne med.");
		assertNoSeriousViolations(coordinator);
		browser.screenshot(coordinator, "staff-survey-results");

		Page again = browser.open(Viewport.PHONE);
		again.navigate(sent.get(2));
		assertThat(again.locator("#link-unavailable")).isVisible();
		assertThat(again.locator("form#answer-form")).not().isAttached();
	}

	/**
	 * Tab into each statement, arrows to the answer (space for the first), Enter sends.
	 */
	private void answerByKeyboardOnAPhone(String link, int[] answers) {
		Page page = browser.open(Viewport.PHONE);
		page.navigate(link);
		assertNoHorizontalScroll(page);
		assertNoSeriousViolations(page);
		for (int tabs = 0; tabs < 20 && !focusedIsAnswer(page); tabs++) {
			page.keyboard().press("Tab");
		}
		for (int item = 0; item < answers.length; item++) {
			assertThat(focusedIsAnswer(page)).as("statement %d has the focus", item + 1).isTrue();
			if (answers[item] == 0) {
				page.keyboard().press("Space");
			}
			for (int step = 0; step < answers[item]; step++) {
				page.keyboard().press("ArrowRight");
			}
			page.keyboard().press("Tab");
		}
		assertThat(page.locator(":focus")).hasText("Send mine svar");
		page.keyboard().press("Enter");
		assertThat(page.locator("#answer-received")).hasText("Dine svar er modtaget.");
		browser.screenshot(page, "staff-survey-answered-phone");
	}

	/**
	 * Taps each answer's button within the statement's group, and checks that the radio
	 * button a screen reader announces by that name is the one chosen.
	 */
	private void answerByTapping(String link, int[] answers, boolean english) {
		Page page = browser.open(english ? Viewport.PHONE : Viewport.DESKTOP);
		page.navigate(link + (english ? "?lang=en" : ""));
		List<String> labels = english
				? List.of("Strongly disagree", "Disagree", "Neither agree nor disagree", "Agree", "Strongly agree")
				: List.of("Helt uenig", "Uenig", "Hverken enig eller uenig", "Enig", "Helt enig");
		Locator statements = page.getByRole(AriaRole.GROUP);
		assertThat(statements).hasCount(answers.length);
		for (int item = 0; item < answers.length; item++) {
			String label = labels.get(answers[item]);
			statements.nth(item)
				.locator("label.btn", new Locator.LocatorOptions().setHasText(Pattern.compile("^" + label + "$")))
				.click();
			assertThat(statements.nth(item)
				.getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions().setName(label).setExact(true))).isChecked();
		}
		if (english) {
			assertThat(statements.first()).hasAccessibleName(Pattern.compile("^1 of 10\\. We count the citizens"));
			button(page, "Send my answers").click();
			assertThat(page.locator("#answer-received")).hasText("Your answers have been received.");
		}
		else {
			button(page, "Send mine svar").click();
			assertThat(page.locator("#answer-received")).hasText("Dine svar er modtaget.");
		}
	}

	private static boolean focusedIsAnswer(Page page) {
		return Boolean.TRUE.equals(page.evaluate(
				"() => document.activeElement?.type === 'radio' && document.activeElement.name.startsWith('answers[')"));
	}

}
