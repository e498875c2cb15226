package dk.peerstoette.browser;

import java.util.ArrayList;
import java.util.List;
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
import static dk.peerstoette.browser.JourneySteps.assertNoHorizontalScroll;
import static dk.peerstoette.browser.JourneySteps.button;
import static dk.peerstoette.browser.JourneySteps.link;
import static dk.peerstoette.browser.JourneySteps.signIn;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A peer worker's own check-ins on a phone (390 wide): the trend drawn as a chart under
 * the page's content security policy, a new check-in in a few taps that they let count in
 * anonymous statistics, taking it out of them and deleting it again; and the supervising
 * coordinator reaching the flags from the start page.
 */
@IntegrationTest
class CheckInBrowserTest {

	@RegisterExtension
	static final BrowserSession browser = new BrowserSession();

	@Autowired
	JdbcClient jdbc;

	/** Tests may have linked the demo login to a peer worker with no check-ins yet. */
	@BeforeEach
	void aTrendToDraw() {
		for (int weeks : new int[] { 8, 4 }) {
			this.jdbc
				.sql("""
						with added as (
						    insert into peer_checkin (peer_worker_id, answered_on, instrument_id)
						    select pw.id, current_date - ?, (select id from instrument where code = 'CHECKIN-7' and version_number = 1)
						    from peer_worker pw join staff_user u on u.id = pw.staff_user_id
						    where u.username = 'peer'
						      and (select count(*) from peer_checkin c where c.peer_worker_id = pw.id) < 2
						    returning id, instrument_id),
						answers as (
						    insert into peer_checkin_answer (checkin_id, item_id, answer)
						    select a.id, i.id, case when i.dimension in ('DEMAND', 'SET_BACK') then 1 else 2 end
						    from added a join instrument_item i on i.instrument_id = a.instrument_id)
						insert into peer_checkin_score (checkin_id, dimension, score)
						select a.id, i.dimension, case when i.dimension in ('DEMAND', 'SET_BACK') then 1 else 2 end
						from added a join instrument_item i on i.instrument_id = a.instrument_id
						""")
				.param(weeks * 7)
				.update();
		}
	}

	@Test
	void aPeerWorkerSeesTheirTrendChecksInAndDeletesIt() {
		Page page = browser.open(Viewport.PHONE);
		page.setViewportSize(390, 844);
		List<String> problems = new ArrayList<>();
		page.onConsoleMessage((message) -> {
			if ("error".equals(message.type()) && message.text().contains("Content Security Policy")) {
				problems.add(message.text());
			}
		});
		page.onPageError(problems::add);
		signIn(page, "peer");
		page.navigate("/checkins");
		assertThat(page.locator("#checkin-chart-box")).isVisible();
		Object drawn = page.evaluate("() => document.getElementById('checkin-chart').width");
		assertThat(((Number) drawn).intValue()).isPositive();
		assertNoHorizontalScroll(page);
		assertNoSeriousViolations(page);
		browser.screenshot(page, "phone-checkins");
		int rows = page.locator("#checkin-table tbody tr").count();

		link(page, "Ny check-in").click();
		assertThat(page).hasURL(Pattern.compile("/checkins/new$"));
		assertNoHorizontalScroll(page);
		assertNoSeriousViolations(page);
		Locator items = page.locator("fieldset.checkin-item");
		assertThat(items).hasCount(7);
		for (int i = 0; i < 7; i++) {
			// The third button of each statement: 2, "Noget".
			items.nth(i).locator("label").nth(2).click();
		}
		page.getByLabel(Pattern.compile("^Ja, denne check-in må tælle med i anonym statistik")).check();
		browser.screenshot(page, "phone-checkin-form");
		button(page, "Gem").click();
		assertThat(page.getByRole(AriaRole.STATUS)).hasText("Din check-in er gemt.");
		Locator table = page.locator("#checkin-table tbody tr");
		assertThat(table).hasCount(rows + 1);
		assertThat(table.first()).containsText("Tæller med");
		assertNoSeriousViolations(page);

		table.first()
			.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(Pattern.compile("^Tag check-in")))
			.click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Check-in er taget ud af anonym statistik.");
		assertThat(table.first()).containsText("Tæller ikke med");

		page.onDialog((dialog) -> dialog.accept());
		table.first()
			.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(Pattern.compile("^Slet")))
			.click();
		assertThat(page.getByRole(AriaRole.STATUS)).hasText("Check-in er slettet.");
		assertThat(page.locator("#checkin-table tbody tr")).hasCount(rows);
		assertThat(problems).isEmpty();
	}

	@Test
	void theSupervisorFollowsTheStartPageLinkToTheFlags() {
		Page page = browser.open(Viewport.PHONE);
		page.setViewportSize(390, 844);
		signIn(page, "koordinator");
		page.locator("#flagged-peers a").click();
		assertThat(page).hasURL(Pattern.compile("/checkins/supervision$"));
		assertThat(page.locator("#flag-rule")).isVisible();
		assertThat(page.locator("#supervision-table .badge").first()).isVisible();
		assertNoHorizontalScroll(page);
		assertNoSeriousViolations(page);
		browser.screenshot(page, "phone-supervision-flags");
	}

}
