package dk.peerstoette.browser;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dk.peerstoette.IntegrationTest;
import dk.peerstoette.browser.BrowserSession.Viewport;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dk.peerstoette.browser.JourneySteps.assertNoHorizontalScroll;
import static dk.peerstoette.browser.JourneySteps.button;
import static dk.peerstoette.browser.JourneySteps.field;
import static dk.peerstoette.browser.JourneySteps.heading;
import static dk.peerstoette.browser.JourneySteps.signIn;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A self-report on a tablet (820 × 1180): the peer worker starts a baseline, hands the
 * device over, the recipient answers every statement and is thanked, the locked screen
 * holds when someone tries to leave it, and only the peer worker's password leads back to
 * the result.
 */
@IntegrationTest
class SelfReportBrowserTest {

	@RegisterExtension
	static final BrowserSession browser = new BrowserSession();

	@Autowired
	JdbcClient jdbc;

	String alias;

	long recipient;

	long course;

	@BeforeEach
	void aRecipientWhoConsentedInThePeerWorkersCourse() {
		this.alias = "Self " + UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);
		long copenhagen = this.jdbc.sql("select id from organisation where name = 'Københavns Kommune'")
			.query(Long.class)
			.single();
		this.recipient = this.jdbc.sql("""
				insert into recipient (internal_number, alias, organisation_id, unit_id, target_group_id)
				values ('S-' || substr(md5(random()::text), 1, 8), ?, ?,
				        (select min(id) from unit where organisation_id = ? and active),
				        (select id from lookup_value where list_name = 'TARGET_GROUP' and code = 'OTHER'))
				returning id
				""").params(this.alias, copenhagen, copenhagen).query(Long.class).single();
		for (String kind : List.of("REGISTRATION", "OUTCOME_MEASUREMENT")) {
			this.jdbc.sql("insert into consent (recipient_id, kind, given_on, method) values (?, ?, ?, 'WRITTEN')")
				.params(this.recipient, kind, LocalDate.now().minusMonths(2))
				.update();
		}
		this.course = this.jdbc.sql("""
				insert into course (kind, organisation_id, unit_id, starts_on)
				select 'INDIVIDUAL', organisation_id, unit_id, ? from recipient where id = ? returning id
				""").params(LocalDate.now().minusMonths(1), this.recipient).query(Long.class).single();
		this.jdbc.sql("insert into course_recipient (course_id, recipient_id) values (?, ?)")
			.params(this.course, this.recipient)
			.update();
		this.jdbc
			.sql("""
					insert into course_peer (course_id, peer_worker_id)
					select ?, pw.id from peer_worker pw join staff_user u on u.id = pw.staff_user_id where u.username = 'peer'
					""")
			.param(this.course)
			.update();
	}

	@Test
	void theRecipientAnswersOnALockedScreenAndThePeerWorkerUnlocksWithTheirPassword() {
		Page page = browser.open(Viewport.DESKTOP);
		page.setViewportSize(820, 1180);
		List<String> problems = new ArrayList<>();
		page.onConsoleMessage((message) -> {
			if ("error".equals(message.type()) && message.text().contains("Content Security Policy")) {
				problems.add(message.text());
			}
		});
		page.onPageError(problems::add);
		signIn(page, "peer");

		page.navigate("/outcomes/assessments/new?recipient=" + this.recipient + "&course=" + this.course);
		assertThat(heading(page, "Ny CHIME-måling")).isVisible();
		page.locator("label.btn", new Page.LocatorOptions().setHasText(Pattern.compile("^Baseline$"))).click();
		assertThat(page.getByLabel("Selvrapporteret")).isChecked();
		button(page, "Start målingen").click();
		assertThat(page).hasURL(Pattern.compile("/outcomes/assessments/\\d+$"));
		String assessmentPath = page.url().replaceFirst("^http://[^/]+", "");
		assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.STATUS))
			.containsText("Målingen er startet");

		button(page, "Giv enheden til modtageren").click();
		assertThat(page).hasURL(Pattern.compile("/outcomes/self-report$"));
		assertThat(heading(page, "Dine svar")).isVisible();
		assertThat(page.locator("nav")).hasCount(0);
		assertThat(page.locator("a")).hasCount(0);
		assertThat(page.locator("body")).not().containsText(this.alias);
		assertNoHorizontalScroll(page);
		Locator items = page.locator("fieldset.answer-item");
		assertThat(items).hasCount(10);
		for (int i = 0; i < 10; i++) {
			Locator choice = items.nth(i)
				.locator("label.btn", new Locator.LocatorOptions().setHasText(Pattern.compile("^Meget$")));
			choice.click();
			double height = choice.boundingBox().height;
			assertThat(height).as("touch target height").isGreaterThanOrEqualTo(44);
		}
		browser.screenshot(page, "tablet-self-report");
		button(page, "Jeg er færdig").click();
		assertThat(heading(page, "Tak for dine svar")).isVisible();
		assertThat(page.locator("main")).containsText("Giv venligst enheden tilbage til din peer-medarbejder.");

		// The recipient tries to leave the screen.
		page.navigate("/recipients");
		assertThat(page).hasURL(Pattern.compile("/outcomes/self-report$"));
		assertThat(heading(page, "Tak for dine svar")).isVisible();

		field(page, "Din adgangskode").fill("not-the-password");
		button(page, "Lås op").click();
		assertThat(page).hasURL(Pattern.compile("/outcomes/self-report$"));
		assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.ALERT))
			.containsText("Forkert adgangskode. 4 forsøg tilbage");

		field(page, "Din adgangskode").fill(JourneySteps.DEMO_PASSWORD);
		button(page, "Lås op").click();
		assertThat(page).hasURL(Pattern.compile(assessmentPath + "$"));
		// Every answer 'A lot' (3): the reversed items 2 and 8 count as 1.
		assertThat(page.locator("[data-dimension=CONNECTION]")).hasText("2,00");
		assertThat(page.locator("[data-dimension=HOPE]")).hasText("3,00");
		assertThat(page.locator("[data-dimension=IDENTITY]")).hasText("3,00");
		assertThat(page.locator("[data-dimension=MEANING]")).hasText("2,00");
		assertThat(page.locator("[data-dimension=EMPOWERMENT]")).hasText("3,00");
		assertThat(page.locator("main")).containsText(this.alias);
		browser.screenshot(page, "tablet-self-report-result");

		page.navigate("/recipients");
		assertThat(page).hasURL(Pattern.compile("/recipients$"));
		assertThat(problems).isEmpty();
	}

}
