package dk.peerstoette.browser;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dk.peerstoette.IntegrationTest;
import dk.peerstoette.TestClock;
import dk.peerstoette.browser.BrowserSession.Viewport;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dk.peerstoette.browser.Accessibility.assertNoSeriousViolations;
import static dk.peerstoette.browser.JourneySteps.assertNoHorizontalScroll;
import static dk.peerstoette.browser.JourneySteps.button;
import static dk.peerstoette.browser.JourneySteps.field;
import static dk.peerstoette.browser.JourneySteps.signIn;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A coordinator records a quote on a phone (390 × 844), attributed to a recipient of the
 * region its organisation's partnerships name, finding the consenting recipient with the
 * recipient search box (combobox.js); the demo manager then reads it in the list with its
 * attribution and without the recipient.
 */
@IntegrationTest
class QuoteBrowserTest {

	@RegisterExtension
	static final BrowserSession browser = new BrowserSession();

	@Autowired
	JdbcClient jdbc;

	@Test
	void aCoordinatorLinksAConsentingRecipientFoundBySearchAndTheManagerReadsTheQuoteWithoutThem() {
		String tag = UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);
		String alias = "Citat " + tag;
		String number = "QB-" + tag;
		long copenhagen = this.jdbc.sql("select id from organisation where name = 'Københavns Kommune'")
			.query(Long.class)
			.single();
		long recipient = this.jdbc.sql("""
				insert into recipient (internal_number, alias, organisation_id, unit_id, target_group_id)
				values (?, ?, ?, (select min(id) from unit where organisation_id = ? and active),
				        (select id from lookup_value where list_name = 'TARGET_GROUP' and code = 'OTHER'))
				returning id
				""").params(number, alias, copenhagen, copenhagen).query(Long.class).single();
		this.jdbc.sql("""
				insert into consent (recipient_id, kind, given_on, method)
				values (?, 'REGISTRATION', ?, 'WRITTEN'), (?, 'ANONYMISED_QUOTES', ?, 'WRITTEN')
				""")
			.params(recipient, TestClock.today().minusMonths(2), recipient, TestClock.today().minusMonths(2))
			.update();

		Page page = browser.open(Viewport.PHONE);
		page.setViewportSize(390, 844);
		List<String> problems = new ArrayList<>();
		page.onConsoleMessage((message) -> {
			if ("error".equals(message.type()) && message.text().contains("Content Security Policy")) {
				problems.add(message.text());
			}
		});
		page.onPageError(problems::add);
		signIn(page, "koordinator");
		page.navigate("/quotes/new");
		assertNoHorizontalScroll(page);
		assertNoSeriousViolations(page);
		field(page, "Tekst").fill(tag + " Nu tør jeg godt tage bussen alene.");
		page.locator("label", new Page.LocatorOptions().setHasText(Pattern.compile("^Empowerment$"))).click();
		page.locator("#unitId").selectOption(new SelectOption().setIndex(1));
		page.getByLabel("Peer-støttemodtager", new Page.GetByLabelOptions().setExact(true)).check();
		page.getByLabel("Modtagere", new Page.GetByLabelOptions().setExact(true)).check();
		assertThat(page.locator("#quote-region"))
			.hasText("Region: Region Hovedstaden (ud fra organisationens partnerskaber)");
		page.getByRole(AriaRole.COMBOBOX,
				new Page.GetByRoleOptions().setName("Søg efter modtager (alias eller nummer)").setExact(true))
			.fill(tag);
		page.locator("#recipient-search-listbox [role=option]", new Page.LocatorOptions().setHasText(alias)).click();
		assertThat(field(page, "Modtagerens interne nummer")).hasValue(number);
		browser.screenshot(page, "phone-quote-new");
		button(page, "Opret").click();
		assertThat(page.getByRole(AriaRole.STATUS)).hasText("Citatet eller observationen er gemt.");
		assertThat(page.locator("main")).containsText(alias);
		assertNoHorizontalScroll(page);
		assertNoSeriousViolations(page);
		assertThat(this.jdbc.sql("select recipient_id from quote where text like ?")
			.param(tag + "%")
			.query(Long.class)
			.single()).isEqualTo(recipient);

		Page manager = browser.open(Viewport.PHONE);
		manager.setViewportSize(390, 844);
		signIn(manager, "leder");
		manager.navigate("/quotes?q=" + tag);
		assertThat(manager.locator("main")).containsText("Nu tør jeg godt tage bussen alene.");
		assertThat(manager.locator("main")).containsText("(Peer-støttemodtager, Region Hovedstaden)");
		assertThat(manager.locator("main")).not().containsText(alias);
		assertThat(manager.locator("main")).not().containsText(number);
		assertNoHorizontalScroll(manager);
		assertNoSeriousViolations(manager);
		browser.screenshot(manager, "phone-quotes-manager");
		assertThat(problems).isEmpty();
	}

}
