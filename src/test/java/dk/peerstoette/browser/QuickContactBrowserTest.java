package dk.peerstoette.browser;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dk.peerstoette.IntegrationTest;
import dk.peerstoette.browser.BrowserSession.Viewport;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dk.peerstoette.browser.Accessibility.assertNoSeriousViolations;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The peer worker's quick entry on a phone (390 × 844): from the start page to a saved
 * contact in a few taps, and the contact in 'my week'. Prints how many taps and seconds
 * the entry took.
 */
@IntegrationTest
class QuickContactBrowserTest {

	@RegisterExtension
	static final BrowserSession browser = new BrowserSession();

	@Autowired
	JdbcClient jdbc;

	String alias;

	int clicks;

	int fills;

	@BeforeEach
	void aRecipientInTheDemoPeerWorkersCaseload() {
		this.alias = "Browser " + UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);
		long copenhagen = this.jdbc.sql("select id from organisation where name = 'Københavns Kommune'")
			.query(Long.class)
			.single();
		long recipient = this.jdbc.sql("""
				insert into recipient (internal_number, alias, organisation_id, unit_id, target_group_id)
				values ('B-' || substr(md5(random()::text), 1, 8), ?, ?,
				        (select min(id) from unit where organisation_id = ? and active),
				        (select id from lookup_value where list_name = 'TARGET_GROUP' and code = 'OTHER'))
				returning id
				""").params(this.alias, copenhagen, copenhagen).query(Long.class).single();
		this.jdbc.sql("""
				insert into consent (recipient_id, kind, given_on, method) values (?, 'REGISTRATION', ?, 'WRITTEN')
				""").params(recipient, LocalDate.now().minusMonths(2)).update();
		long course = this.jdbc.sql("""
				insert into course (kind, organisation_id, unit_id, starts_on)
				select 'INDIVIDUAL', organisation_id, unit_id, ? from recipient where id = ? returning id
				""").params(LocalDate.now().minusMonths(1), recipient).query(Long.class).single();
		this.jdbc.sql("insert into course_recipient (course_id, recipient_id) values (?, ?)")
			.params(course, recipient)
			.update();
		this.jdbc
			.sql("""
					insert into course_peer (course_id, peer_worker_id)
					select ?, pw.id from peer_worker pw join staff_user u on u.id = pw.staff_user_id where u.username = 'peer'
					""")
			.param(course)
			.update();
	}

	@Test
	void aPeerWorkerLogsAContactOnAPhoneAndFindsItInTheirWeek() {
		Page page = browser.open(Viewport.PHONE);
		page.setViewportSize(390, 844);
		List<String> problems = new ArrayList<>();
		// Script errors and policy violations; the browser's own favicon request may 404.
		page.onConsoleMessage((message) -> {
			if ("error".equals(message.type()) && message.text().contains("Content Security Policy")) {
				problems.add(message.text());
			}
		});
		page.onPageError(problems::add);
		page.navigate("/");
		page.getByLabel("Brugernavn", new Page.GetByLabelOptions().setExact(true)).fill("peer");
		page.getByLabel("Adgangskode", new Page.GetByLabelOptions().setExact(true)).fill("demo");
		button(page, "Log ind").click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Velkommen, Peter Peer")))
			.isVisible();

		long started = System.nanoTime();
		tap(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Registrér kontakt").setExact(true))
			.first());
		assertThat(page).hasURL(Pattern.compile("/contacts/new$"));
		assertNoHorizontalScroll(page);
		tap(page.locator("#contact-form label.list-group-item", new Page.LocatorOptions().setHasText(this.alias)));
		tap(page.locator("label.btn", new Page.LocatorOptions().setHasText(Pattern.compile("^45 min$"))));
		tap(page.locator("label.btn", new Page.LocatorOptions().setHasText(Pattern.compile("^Håb$"))));
		// The picture is not part of the entry's time.
		long pictured = System.nanoTime();
		browser.screenshot(page, "phone-quick-entry");
		started += System.nanoTime() - pictured;
		tap(button(page, "Gem kontakten"));
		assertThat(page.getByRole(AriaRole.STATUS)).hasText("Kontakten er gemt.");
		double seconds = (System.nanoTime() - started) / 1e9;
		browser.screenshot(page, "phone-contact-saved");

		assertThat(page.locator("main")).containsText(this.alias);
		assertThat(page.locator("main")).containsText("45 min");
		assertThat(page.locator("main")).containsText("Håb");
		assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Registrér en til"))).isVisible();
		// Audited after the clock stopped; the form itself at the end.
		assertNoSeriousViolations(page);
		System.out.printf("Quick entry at 390x844: %d taps (%d clicks, %d fills) and %.1f seconds, from the start "
				+ "page to the saved contact%n", this.clicks + this.fills, this.clicks, this.fills, seconds);

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Min uge").setExact(true))
			.and(page.locator("main a"))
			.click();
		assertThat(page).hasURL(Pattern.compile("/contacts/week$"));
		Locator today = page.locator("#day-" + LocalDate.now());
		assertThat(today).containsText(this.alias);
		assertThat(today).containsText("45 min");
		assertNoHorizontalScroll(page);
		browser.screenshot(page, "phone-my-week");
		assertNoSeriousViolations(page);
		page.navigate("/contacts/new");
		assertNoSeriousViolations(page);
		assertThat(problems).isEmpty();
	}

	private void tap(Locator target) {
		target.click();
		this.clicks++;
	}

	private static Locator button(Page page, String name) {
		return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
	}

	private static void assertNoHorizontalScroll(Page page) {
		List<?> widths = (List<?>) page.evaluate("() => [document.documentElement.scrollWidth, window.innerWidth]");
		assertThat(((Number) widths.get(0)).intValue()).as("page width (scrollWidth) at %s", page.url())
			.isLessThanOrEqualTo(((Number) widths.get(1)).intValue());
	}

}
