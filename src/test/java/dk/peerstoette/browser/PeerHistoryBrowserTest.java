package dk.peerstoette.browser;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dk.peerstoette.IntegrationTest;
import dk.peerstoette.browser.BrowserSession.Viewport;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dk.peerstoette.browser.Accessibility.assertNoSeriousViolations;
import static dk.peerstoette.browser.JourneySteps.button;
import static dk.peerstoette.browser.JourneySteps.field;
import static dk.peerstoette.browser.JourneySteps.signIn;

/**
 * A coordinator on a phone reads the demo volunteer who became paid, tries to change the
 * employment form without the day it takes effect, and gets the form back with the
 * message at the field; the page with the history and the form that came back pass axe in
 * Danish and English on a phone and a desktop.
 */
@IntegrationTest
class PeerHistoryBrowserTest {

	@RegisterExtension
	static final BrowserSession browser = new BrowserSession();

	@Autowired
	JdbcClient jdbc;

	@Test
	void theHistoryAndAChangeWithoutItsDayAreReadableOnAPhone() {
		long id = jdbc.sql("select peer_worker_id from peer_worker_period where valid_from is not null "
				+ "and recorded_by = (select id from staff_user where username = 'koordinator') order by id limit 1")
			.query(Long.class)
			.single();
		Page page = browser.open(Viewport.PHONE);
		signIn(page, "koordinator");
		page.navigate("/peers/" + id);
		assertThat(page.locator("#history-table tbody tr")).hasCount(2);
		assertNoSeriousViolations(page);
		page.navigate("/peers/" + id + "/edit");
		field(page, "Ansættelsesform").selectOption("MENTOR");
		button(page, "Gem").click();
		assertThat(page.locator("#changedFrom-error")).containsText("Skriv den dato");
		assertThat(field(page, "Ansættelsesform")).hasValue("MENTOR");
		assertNoSeriousViolations(page);
	}

}
