package dk.peerstoette.browser;

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
import dk.peerstoette.TestClock;
import dk.peerstoette.browser.BrowserSession.Viewport;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dk.peerstoette.browser.Accessibility.assertNoSeriousViolations;
import static dk.peerstoette.browser.JourneySteps.assertNoHorizontalScroll;
import static dk.peerstoette.browser.JourneySteps.button;
import static dk.peerstoette.browser.JourneySteps.heading;
import static dk.peerstoette.browser.JourneySteps.signIn;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Group meetings and planned meetings on the narrowest phone: a coordinator records a
 * group's attendance in one form, and a peer worker marks yesterday's planned meeting
 * held from the start page. Nothing scrolls sideways and no script or policy error
 * occurs.
 */
@IntegrationTest
class MeetingsBrowserTest {

	@RegisterExtension
	static final BrowserSession browser = new BrowserSession();

	@Autowired
	JdbcClient jdbc;

	String tag;

	long copenhagen;

	long peerWorker;

	List<String> problems = new ArrayList<>();

	@BeforeEach
	void theDemoPeerWorker() {
		this.tag = UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);
		this.copenhagen = this.jdbc.sql("select id from organisation where name = 'Københavns Kommune'")
			.query(Long.class)
			.single();
		this.peerWorker = this.jdbc.sql("""
				select pw.id from peer_worker pw join staff_user u on u.id = pw.staff_user_id where u.username = 'peer'
				""").query(Long.class).single();
	}

	@Test
	void aCoordinatorRecordsAGroupMeetingOnAPhone() {
		List<String> members = List.of("Asta " + this.tag, "Bent " + this.tag, "Cilla " + this.tag);
		long group = course("GROUP", members);
		Page page = open("koordinator");
		page.navigate("/courses/" + group);
		page.locator("#group-meeting-link").click();
		assertThat(heading(page, "Registrér gruppemøde")).isVisible();
		assertNoHorizontalScroll(page);
		assertNoSeriousViolations(page);
		page.locator("label.btn", new Page.LocatorOptions().setHasText(Pattern.compile("^90 min$"))).click();
		String[] answers = { "Til stede", "Til stede", "Meldte afbud" };
		for (int i = 0; i < members.size(); i++) {
			page.locator(".list-group-item", new Page.LocatorOptions().setHasText(members.get(i)))
				.locator("label.btn", new Locator.LocatorOptions().setHasText(Pattern.compile("^" + answers[i] + "$")))
				.click();
		}
		page.locator("label.btn", new Page.LocatorOptions().setHasText(Pattern.compile("^Forbundethed$"))).click();
		browser.screenshot(page, "phone-group-meeting");
		button(page, "Gem gruppemødet").click();
		assertThat(page.getByRole(AriaRole.STATUS)).hasText("Gruppemødet er gemt med fremmødet.");
		Locator attendance = page.locator("#attendance");
		assertThat(attendance).containsText(members.get(2));
		assertThat(attendance).containsText("Meldte afbud");
		assertNoHorizontalScroll(page);
		assertNoSeriousViolations(page);
		browser.screenshot(page, "phone-group-meeting-saved");
		assertThat(this.problems).isEmpty();
	}

	@Test
	void aPeerWorkerMarksYesterdaysPlanHeldFromTheStartPage() {
		long course = course("INDIVIDUAL", List.of("Dorte " + this.tag));
		long plan = this.jdbc.sql("""
				insert into contact (organisation_id, unit_id, course_id, recipient_id, peer_worker_id, kind, status,
				                     occurred_on, starts_at, duration_minutes, created_by, updated_by)
				select c.organisation_id, c.unit_id, c.id, cr.recipient_id, ?, 'INDIVIDUAL_CONVERSATION', 'PLANNED', ?,
				       '10:00', 60, u.id, u.id
				from course c join course_recipient cr on cr.course_id = c.id, staff_user u
				where c.id = ? and u.username = 'peer'
				returning id
				""").params(this.peerWorker, TestClock.today().minusDays(1), course).query(Long.class).single();
		Page page = open("peer");
		Locator due = page.locator("#due-" + plan);
		assertThat(due).containsText("Dorte " + this.tag);
		assertThat(due).containsText("Venter på svar");
		assertNoHorizontalScroll(page);
		assertNoSeriousViolations(page);
		browser.screenshot(page, "phone-due-meetings");
		due.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Afholdt").setExact(true)).click();
		assertThat(heading(page, "Registrér mødet som afholdt")).isVisible();
		assertNoHorizontalScroll(page);
		assertNoSeriousViolations(page);
		page.locator("label.btn", new Page.LocatorOptions().setHasText(Pattern.compile("^45 min$"))).click();
		page.locator("label.btn", new Page.LocatorOptions().setHasText(Pattern.compile("^Håb$"))).click();
		button(page, "Gem som afholdt").click();
		assertThat(page.getByRole(AriaRole.STATUS)).hasText("Mødet er registreret som afholdt.");
		assertThat(page.locator("main")).containsText("45 min");
		assertNoSeriousViolations(page);
		assertThat(this.jdbc.sql("select status from contact where id = ?").param(plan).query(String.class).single())
			.isEqualTo("HELD");
		page.navigate("/");
		assertThat(page.locator("#due-" + plan)).hasCount(0);
		assertThat(this.problems).isEmpty();
	}

	/**
	 * A signed-in page at 360 × 740 that collects script errors and policy violations.
	 */
	private Page open(String username) {
		Page page = browser.open(Viewport.PHONE);
		page.onConsoleMessage((message) -> {
			if ("error".equals(message.type()) && message.text().contains("Content Security Policy")) {
				this.problems.add(message.text());
			}
		});
		page.onPageError(this.problems::add);
		signIn(page, username);
		return page;
	}

	/**
	 * A course started a month ago, run by the demo peer worker, with new recipients who
	 * consented to registration.
	 */
	private long course(String kind, List<String> aliases) {
		long course = this.jdbc.sql("""
				insert into course (kind, title, organisation_id, unit_id, starts_on)
				values (?, ?, ?, (select min(id) from unit where organisation_id = ? and active), ?) returning id
				""")
			.params(kind, "Gruppe " + this.tag, this.copenhagen, this.copenhagen, TestClock.today().minusMonths(1))
			.query(Long.class)
			.single();
		for (String alias : aliases) {
			long recipient = this.jdbc.sql("""
					insert into recipient (internal_number, alias, organisation_id, unit_id, target_group_id)
					select 'M-' || substr(md5(random()::text), 1, 8), ?, organisation_id, unit_id,
					       (select id from lookup_value where list_name = 'TARGET_GROUP' and code = 'OTHER')
					from course where id = ?
					returning id
					""").params(alias, course).query(Long.class).single();
			this.jdbc.sql("""
					insert into consent (recipient_id, kind, given_on, method) values (?, 'REGISTRATION', ?, 'WRITTEN')
					""").params(recipient, TestClock.today().minusMonths(2)).update();
			this.jdbc.sql("insert into course_recipient (course_id, recipient_id) values (?, ?)")
				.params(course, recipient)
				.update();
		}
		this.jdbc.sql("insert into course_peer (course_id, peer_worker_id) values (?, ?)")
			.params(course, this.peerWorker)
			.update();
		return course;
	}

}
