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
import static dk.peerstoette.browser.JourneySteps.signIn;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13, item 3: a coordinator picks the course of a contact by searching, not from a
 * drop-down of every course. Typing part of the recipient's alias into the combobox lists
 * the matching courses; arrow down, Enter picks one, Enter goes on; all with the
 * keyboard, with the state a screen reader needs (role, expanded, active option,
 * announcements).
 */
@IntegrationTest
class CourseSearchBrowserTest {

	@RegisterExtension
	static final BrowserSession browser = new BrowserSession();

	@Autowired
	JdbcClient jdbc;

	String alias;

	long course;

	List<String> problems = new ArrayList<>();

	@BeforeEach
	void aCourseOfTheDemoCoordinatorsOrganisation() {
		this.alias = "Kursist " + UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);
		long copenhagen = this.jdbc.sql("select id from organisation where name = 'Københavns Kommune'")
			.query(Long.class)
			.single();
		long recipient = this.jdbc.sql("""
				insert into recipient (internal_number, alias, organisation_id, unit_id, target_group_id)
				values ('K-' || substr(md5(random()::text), 1, 8), ?, ?,
				        (select min(id) from unit where organisation_id = ? and active),
				        (select id from lookup_value where list_name = 'TARGET_GROUP' and code = 'OTHER'))
				returning id
				""").params(this.alias, copenhagen, copenhagen).query(Long.class).single();
		this.jdbc.sql("""
				insert into consent (recipient_id, kind, given_on, method) values (?, 'REGISTRATION', ?, 'WRITTEN')
				""").params(recipient, TestClock.today().minusYears(1)).update();
		// Started long ago: not among the most recent courses the page lists.
		this.course = this.jdbc.sql("""
				insert into course (kind, organisation_id, unit_id, starts_on)
				select 'MENTOR', organisation_id, unit_id, ? from recipient where id = ? returning id
				""").params(TestClock.today().minusYears(3), recipient).query(Long.class).single();
		this.jdbc.sql("insert into course_recipient (course_id, recipient_id) values (?, ?)")
			.params(this.course, recipient)
			.update();
		this.jdbc.sql("""
				insert into course_peer (course_id, peer_worker_id)
				select ?, min(id) from peer_worker where organisation_id = ?
				""").params(this.course, copenhagen).update();
	}

	@Test
	void aCoordinatorFindsACourseByPartOfTheRecipientsAliasAndPicksItWithTheKeyboardOnly() {
		Page page = browser.open(Viewport.DESKTOP);
		page.onPageError(this.problems::add);
		signIn(page, "koordinator");
		page.navigate("/contacts/new");
		assertThat(page.locator("#course-choices")).not().containsText(this.alias);
		assertThat(page.locator("select[name=courseId]")).hasCount(0);

		Locator search = page.getByRole(AriaRole.COMBOBOX,
				new Page.GetByRoleOptions().setName("Søg forløb på titel eller en modtagers alias eller nummer"));
		assertThat(search).hasAttribute("aria-expanded", "false");
		assertThat(search).hasAttribute("aria-autocomplete", "list");
		search.focus();
		page.keyboard().type(this.alias.substring(2, 11).toLowerCase(Locale.ROOT));
		Locator listbox = page.getByRole(AriaRole.LISTBOX);
		Locator option = listbox.getByRole(AriaRole.OPTION);
		assertThat(option).hasCount(1);
		assertThat(option).containsText("Mentorforløb: " + this.alias);
		assertThat(search).hasAttribute("aria-expanded", "true");
		assertThat(search).hasAttribute("aria-controls", listbox.getAttribute("id"));
		Locator announcement = page.locator("#course-search [role=status]");
		assertThat(announcement).hasText("1 fundet. Vælg med pil ned og Enter.");
		browser.screenshot(page, "desktop-course-search");

		// Escape closes the list and keeps the text; arrow down opens it again.
		page.keyboard().press("Escape");
		assertThat(search).hasAttribute("aria-expanded", "false");
		assertThat(listbox).isHidden();
		page.keyboard().press("ArrowDown");
		assertThat(search).hasAttribute("aria-expanded", "true");
		assertThat(search).hasAttribute("aria-activedescendant", option.getAttribute("id"));
		assertThat(option).hasAttribute("aria-selected", "true");
		page.keyboard().press("Enter");
		assertThat(search).hasAttribute("aria-expanded", "false");
		assertThat(announcement).containsText(this.alias + " (");
		assertThat(page.locator("#course-choices input[value=\"" + this.course + "\"]")).isChecked();
		page.keyboard().press("Enter");

		assertThat(page).hasURL(Pattern.compile("/contacts/new\\?courseId=" + this.course + "$"));
		assertThat(page.locator("#contact-form")).containsText("Mentorforløb");
		assertThat(page.locator("#recipient-choices")).containsText(this.alias);
		assertThat(this.problems).isEmpty();
	}

}
