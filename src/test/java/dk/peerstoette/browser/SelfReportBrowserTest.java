package dk.peerstoette.browser;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.WaitUntilState;
import org.junit.jupiter.api.BeforeEach;
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
import static dk.peerstoette.browser.JourneySteps.heading;
import static dk.peerstoette.browser.JourneySteps.signIn;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A self-report on a tablet (820 × 1180): the peer worker starts a baseline, hands the
 * device over, the recipient answers every statement and is thanked, the locked screen
 * holds when someone tries to leave it, and only the peer worker's password leads back to
 * the result. The Back button and addresses typed in lead back to the locked screen.
 */
@IntegrationTest
class SelfReportBrowserTest {

	@RegisterExtension
	static final BrowserSession browser = BrowserSession.withBackForwardCache();

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
				.params(this.recipient, kind, TestClock.today().minusMonths(2))
				.update();
		}
		this.course = this.jdbc.sql("""
				insert into course (kind, organisation_id, unit_id, starts_on)
				select 'INDIVIDUAL', organisation_id, unit_id, ? from recipient where id = ? returning id
				""").params(TestClock.today().minusMonths(1), this.recipient).query(Long.class).single();
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
		assertNoSeriousViolations(page);
		page.locator("label.btn", new Page.LocatorOptions().setHasText(Pattern.compile("^Baseline$"))).click();
		assertThat(page.getByLabel("Selvrapporteret")).isChecked();
		button(page, "Start målingen").click();
		assertThat(page).hasURL(Pattern.compile("/outcomes/assessments/\\d+$"));
		String assessmentPath = page.url().replaceFirst("^http://[^/]+", "");
		assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.STATUS))
			.containsText("Målingen er startet");
		assertNoSeriousViolations(page);

		button(page, "Giv enheden til modtageren").click();
		assertThat(page).hasURL(Pattern.compile("/outcomes/self-report$"));
		assertThat(heading(page, "Dine svar")).isVisible();
		assertThat(page.locator("nav")).hasCount(0);
		// Its one link: the accessibility statement, on a page of the screen's kind.
		assertThat(page.locator("a")).hasCount(1);
		Page statement = page.waitForPopup(() -> page.locator("footer a").click());
		assertThat(heading(statement, "Tilgængelighedserklæring")).isVisible();
		assertThat(statement.locator("body")).not().containsText("Peter Peer");
		assertThat(statement.locator("nav")).hasCount(0);
		assertNoSeriousViolations(statement);
		statement.close();
		assertThat(page.locator("body")).not().containsText(this.alias);
		assertNoHorizontalScroll(page);
		assertNoSeriousViolations(page);
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
		assertNoSeriousViolations(page);

		// The recipient tries to leave the screen.
		page.navigate("/recipients");
		assertThat(page).hasURL(Pattern.compile("/outcomes/self-report$"));
		assertThat(heading(page, "Tak for dine svar")).isVisible();

		field(page, "Din adgangskode").fill("not-the-password");
		button(page, "Lås op").click();
		assertThat(page).hasURL(Pattern.compile("/outcomes/self-report$"));
		assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.ALERT))
			.containsText("Forkert adgangskode. 4 forsøg tilbage");
		Accessibility.assertNoSeriousViolationsHere(page);

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
		assertNoSeriousViolations(page);

		page.navigate("/recipients");
		assertThat(page).hasURL(Pattern.compile("/recipients$"));
		assertThat(problems).isEmpty();
	}

	/**
	 * The recipient holding the device presses Back: Chromium would restore the pages
	 * before it (the recipient's record, the assessment) from its back/forward cache
	 * without asking the server. Each must come from the server again, which shows the
	 * locked screen.
	 */
	@Test
	void theBackButtonLeadsOnlyToTheLockedScreen() {
		Page page = browser.open(Viewport.DESKTOP);
		signIn(page, "peer");
		page.navigate("/recipients/" + this.recipient);
		assertThat(page.locator("main")).containsText(this.alias);
		handTheDeviceOver(page);

		for (int back = 1; back <= 4; back++) {
			page.goBack(new Page.GoBackOptions().setWaitUntil(WaitUntilState.COMMIT));
			assertThat(page).hasURL(SELF_REPORT);
			assertLockedScreen(page);
		}
	}

	/**
	 * An address typed in while locked that is no page (404) or no page for a GET (405)
	 * shows the locked screen, not the staff member's menu and name; one below the
	 * screen's own address says so on a page of the screen's kind. Each attempt is in the
	 * access log.
	 */
	@Test
	void anErrorPageWhileLockedShowsTheLockedScreen() {
		Page page = browser.open(Viewport.DESKTOP);
		signIn(page, "peer");
		long assessment = handTheDeviceOver(page);

		List<String> addresses = List.of("/no-such-page", "/recipients/" + this.recipient + "/no-such-page",
				"/outcomes/assessments/" + assessment + "/discard", "/error");
		for (String address : addresses) {
			page.navigate(address);
			assertThat(page).hasURL(SELF_REPORT);
			assertLockedScreen(page);
		}
		page.navigate("/outcomes/self-report/no-such-page");
		assertThat(heading(page, "Siden findes ikke")).isVisible();
		assertThat(page.locator("body")).not().containsText("Peter Peer");
		assertThat(page.locator("nav")).hasCount(0);
		Accessibility.assertNoSeriousViolationsHere(page);
		button(page, "Tilbage til spørgsmålene").click();
		assertThat(page).hasURL(SELF_REPORT);
		assertLockedScreen(page);

		assertThat(this.jdbc.sql("""
				select count(*) from audit_event where entity_type = 'ASSESSMENT' and entity_id = ?
				and outcome = 'DENIED' and detail = 'SELF_REPORT=LOCKED'
				""").param(String.valueOf(assessment)).query(Integer.class).single()).isEqualTo(addresses.size());
	}

	private static final Pattern SELF_REPORT = Pattern.compile("/outcomes/self-report\\??$");

	/** Starts a self-reported baseline and hands the device over; the assessment's id. */
	private long handTheDeviceOver(Page page) {
		page.navigate("/outcomes/assessments/new?recipient=" + this.recipient + "&course=" + this.course);
		page.locator("label.btn", new Page.LocatorOptions().setHasText(Pattern.compile("^Baseline$"))).click();
		button(page, "Start målingen").click();
		assertThat(page).hasURL(Pattern.compile("/outcomes/assessments/\\d+$"));
		long assessment = Long.parseLong(page.url().replaceFirst("^.*/", ""));
		assertThat(page.locator("main")).containsText(this.alias);
		button(page, "Giv enheden til modtageren").click();
		assertThat(page).hasURL(SELF_REPORT);
		assertLockedScreen(page);
		return assessment;
	}

	private void assertLockedScreen(Page page) {
		assertThat(heading(page, "Dine svar")).isVisible();
		assertThat(page.locator("body")).not().containsText(this.alias);
		assertThat(page.locator("body")).not().containsText("Peter Peer");
		assertThat(page.locator("nav")).hasCount(0);
	}

}
