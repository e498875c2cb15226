package dk.peerstoette.browser;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.Nested;
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
import static dk.peerstoette.browser.JourneySteps.link;
import static dk.peerstoette.browser.JourneySteps.menuLink;
import static dk.peerstoette.browser.JourneySteps.signIn;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The caseload journeys of issue 3 in real Chromium: a coordinator registers a recipient
 * with consent and starts a mentor course that breaks the mentor rule; a peer worker sees
 * only the recipients and courses they are assigned to; a record of another organisation
 * answers 404. What each user should see is computed from the database, which other tests
 * share.
 */
@IntegrationTest
class CaseloadJourneyBrowserTest {

	private static final String COPENHAGEN = "Københavns Kommune";

	private static final Pattern RECIPIENT_PAGE = Pattern.compile("/recipients/(\\d+)$");

	private static final Pattern COURSE_PAGE = Pattern.compile("/courses/(\\d+)$");

	private static final Pattern COURSE_LINK = Pattern.compile("^/courses/(\\d+)$");

	private static final Pattern INTERNAL_NUMBER = Pattern.compile("^Internt nummer: (R-\\d{6})$");

	/** The recipients assigned to the demo login {@code peer} through a course. */
	private static final String ASSIGNED_TO_PEER = """
			select distinct r.id, r.internal_number, r.alias
			from recipient r
			join course_recipient cr on cr.recipient_id = r.id
			join course_peer cp on cp.course_id = cr.course_id
			join peer_worker pw on pw.id = cp.peer_worker_id
			where pw.staff_user_id = (select id from staff_user where username = 'peer')
			""";

	@RegisterExtension
	static final BrowserSession browser = new BrowserSession();

	@Autowired
	JdbcClient jdbc;

	@Test
	void aCoordinatorRegistersARecipientWithConsentAndStartsAMentorCourseThatBreaksTheMentorRule() {
		LocalDate today = TestClock.today();
		String alias = "K.J. " + UUID.randomUUID().toString().substring(0, 8);
		String unit = this.jdbc.sql("""
				select u.name from unit u join organisation o on o.id = u.organisation_id
				where o.name = ? and u.active order by u.id limit 1
				""").param(COPENHAGEN).query(String.class).single();
		Page page = browser.open(Viewport.DESKTOP);
		signIn(page, "koordinator");

		menuLink(page, "Modtagere").click();
		assertThat(page).hasURL(Pattern.compile("/recipients$"));
		assertThat(heading(page, "Peer-støttemodtagere")).isVisible();
		assertNoSeriousViolations(page);
		link(page, "Ny modtager").click();
		assertThat(page).hasURL(Pattern.compile("/recipients/new$"));
		assertThat(heading(page, "Ny peer-støttemodtager")).isVisible();
		assertNoSeriousViolations(page);

		field(page, "Alias eller initialer").fill(alias);
		field(page, "Fødselsår").fill("1987");
		field(page, "Tilbud").selectOption(new SelectOption().setLabel(unit));
		field(page, "Målgruppe").selectOption(new SelectOption().setLabel("Mentorstøtte før udskrivelse"));
		field(page, "Henvisningsdato").fill(today.minusDays(10).toString());
		field(page, "Givet den").fill(today.minusDays(3).toString());
		field(page, "Skriftligt").check();
		button(page, "Opret").click();

		assertThat(page).hasURL(RECIPIENT_PAGE);
		long recipientId = idIn(RECIPIENT_PAGE, page.url());
		assertThat(page.getByRole(AriaRole.STATUS)).hasText("Modtageren er oprettet med samtykke til registrering.");
		assertThat(heading(page, alias)).isVisible();
		Locator numberLine = page.getByText(Pattern.compile("^Internt nummer: "));
		assertThat(numberLine).hasText(INTERNAL_NUMBER);
		String internalNumber = this.jdbc.sql("select internal_number from recipient where id = ?")
			.param(recipientId)
			.query(String.class)
			.single();
		assertThat(numberLine).hasText("Internt nummer: " + internalNumber);
		Locator consents = page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Samtykker"));
		Locator registration = consents.getByRole(AriaRole.ROW)
			.filter(new Locator.FilterOptions().setHasText("Registrering"));
		assertThat(registration).hasCount(1);
		assertThat(registration).containsText("Skriftligt");
		assertThat(registration).containsText("Udløber ikke");
		assertThat(registration).containsText("Gældende");
		assertThat(page.getByText("Modtageren har ingen forløb endnu.")).isVisible();
		assertNoSeriousViolations(page);

		link(page, "Nyt forløb").click();
		assertThat(page).hasURL(Pattern.compile("/courses/new\\?recipientId=" + recipientId + "$"));
		assertThat(heading(page, "Nyt forløb")).isVisible();
		assertThat(field(page, "Modtagere (interne numre)")).hasValue(internalNumber);
		assertNoSeriousViolations(page);
		field(page, "Forløbstype").selectOption(new SelectOption().setLabel("Mentorforløb"));
		field(page, "Tilbud").selectOption(new SelectOption().setLabel(unit));
		// Starts after the discharge, as the rule allows, but is planned to last only 4
		// months.
		field(page, "Start").fill(today.toString());
		field(page, "Planlagt afslutning").fill(today.plusMonths(4).toString());
		field(page, "Udskrivningsdato").fill(today.plusMonths(1).toString());
		field(page, "Peter Peer").check();
		button(page, "Opret").click();

		assertThat(page).hasURL(COURSE_PAGE);
		long courseId = idIn(COURSE_PAGE, page.url());
		assertThat(page.getByRole(AriaRole.STATUS))
			.hasText("Forløbet er oprettet, men bryder mentorreglen. Se advarslen nedenfor.");
		Locator warning = page.getByRole(AriaRole.ALERT);
		assertThat(warning).containsText("Forløbet bryder mentorreglen");
		assertThat(warning.getByRole(AriaRole.LISTITEM)).hasText(new String[] {
				"Forløbet varer mindre end 6 måneder i alt (fra start til afslutning eller planlagt afslutning)." });
		assertThat(link(page, alias + " (" + internalNumber + ")")).isVisible();
		assertThat(link(page, "Peter Peer")).isVisible();
		browser.screenshot(page, "desktop-course-breaking-mentor-rule");
		assertNoSeriousViolations(page);

		page.navigate("/courses?rule=mentor");
		assertThat(heading(page, "Forløb, der bryder mentorreglen")).isVisible();
		assertThat(field(page, "Kun forløb, der bryder mentorreglen")).isChecked();
		field(page, "Søg på titel eller modtagers alias eller nummer").fill(alias);
		button(page, "Søg").click();
		assertThat(page).hasURL(Pattern.compile("[?&]rule=mentor(&|$)"));
		Locator rows = page.locator("main table tbody tr");
		assertThat(rows).hasCount(1);
		assertThat(rows).containsText(alias + " (" + internalNumber + ")");
		assertThat(rows).containsText("Bryder mentorreglen");
		assertNoSeriousViolations(page);
		assertThat(rows.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Mentorforløb")))
			.hasAttribute("href", "/courses/" + courseId);
	}

	@Test
	void aPeerWorkerSeesTheRecipientsAndCoursesAssignedToThemAndNothingElse() {
		Set<String> assigned = new HashSet<>(this.jdbc.sql(ASSIGNED_TO_PEER)
			.query(Recipient.class)
			.stream()
			.map(Recipient::internalNumber)
			.toList());
		Set<Long> courses = new HashSet<>(this.jdbc.sql("""
				select distinct cp.course_id from course_peer cp join peer_worker pw on pw.id = cp.peer_worker_id
				where pw.staff_user_id = (select id from staff_user where username = 'peer')
				""").query(Long.class).list());
		assertThat(assigned).as("the demo caseload of peer").isNotEmpty().hasSizeLessThanOrEqualTo(100);
		assertThat(courses).isNotEmpty().hasSizeLessThanOrEqualTo(100);
		Page page = browser.open(Viewport.DESKTOP);
		signIn(page, "peer");

		menuLink(page, "Modtagere").click();
		assertThat(heading(page, "Peer-støttemodtagere")).isVisible();
		assertThat(link(page, "Ny modtager")).hasCount(0);
		page.navigate("/recipients?size=100");
		assertThat(page.getByText(count(assigned.size()), new Page.GetByTextOptions().setExact(true))).isVisible();
		List<String> shown = page.locator("main table tbody tr td:first-child a").allTextContents();
		assertThat(shown).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(assigned);

		menuLink(page, "Forløb").click();
		assertThat(heading(page, "Forløb")).isVisible();
		assertThat(link(page, "Nyt forløb")).hasCount(0);
		page.navigate("/courses?size=100");
		assertThat(page.getByText(count(courses.size()), new Page.GetByTextOptions().setExact(true))).isVisible();
		List<Long> shownCourses = page.locator("main table tbody tr td:nth-child(2) a")
			.all()
			.stream()
			.map((courseLink) -> idIn(COURSE_LINK, courseLink.getAttribute("href")))
			.toList();
		assertThat(shownCourses).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(courses);
	}

	@Test
	void onAPhoneAPeerWorkersRecipientPageDoesNotScrollSideways() {
		// The assigned recipient with the most courses has the fullest page.
		Recipient recipient = this.jdbc.sql("select a.id, a.internal_number, a.alias from (" + ASSIGNED_TO_PEER
				+ ") a order by (select count(*) from course_recipient cr where cr.recipient_id = a.id) desc, a.id limit 1")
			.query(Recipient.class)
			.single();
		Page page = browser.open(Viewport.PHONE);
		signIn(page, "peer");

		page.navigate("/recipients/" + recipient.id());
		assertThat(heading(page, recipient.alias())).isVisible();
		assertThat(page.getByText("Internt nummer: " + recipient.internalNumber())).isVisible();
		assertThat(heading(page, "Samtykker")).isVisible();
		assertThat(heading(page, "Forløb")).isVisible();
		assertThat(link(page, "Ret oplysninger")).hasCount(0);
		assertNoHorizontalScroll(page);
		assertNoSeriousViolations(page);
		browser.screenshot(page, "phone-recipient-of-peer");
	}

	@Nested
	class OutOfScope {

		@Test
		void aCoordinatorOfAarhusGetsNotFoundForACopenhagenRecipientThatCopenhagensCoordinatorSees() {
			Recipient recipient = CaseloadJourneyBrowserTest.this.jdbc.sql("""
					select r.id, r.internal_number, r.alias from recipient r
					join organisation o on o.id = r.organisation_id
					where o.name = ? order by r.id limit 1
					""").param(COPENHAGEN).query(Recipient.class).single();
			long refusalsBefore = refusals("koordinator.aarhus", recipient.id());

			Page aarhus = browser.open(Viewport.DESKTOP);
			signIn(aarhus, "koordinator.aarhus");
			Response response = aarhus.navigate("/recipients/" + recipient.id());
			assertThat(response.status()).isEqualTo(404);
			assertThat(heading(aarhus, "Siden findes ikke")).isVisible();
			assertThat(aarhus.locator("main")).not().containsText(recipient.internalNumber());
			assertThat(refusals("koordinator.aarhus", recipient.id())).isEqualTo(refusalsBefore + 1);
			assertNoSeriousViolations(aarhus);

			Page copenhagen = browser.open(Viewport.DESKTOP);
			signIn(copenhagen, "koordinator");
			assertThat(copenhagen.navigate("/recipients/" + recipient.id()).status()).isEqualTo(200);
			assertThat(heading(copenhagen, recipient.alias())).isVisible();
			assertThat(copenhagen.getByText("Internt nummer: " + recipient.internalNumber())).isVisible();
		}

		@Test
		void aPeerWorkerFindsNoRecipientOfAnotherPeerWorkerAndMayNotCreateOne() {
			JdbcClient jdbc = CaseloadJourneyBrowserTest.this.jdbc;
			Recipient othersRecipient = jdbc.sql("""
					select r.id, r.internal_number, r.alias from recipient r
					join organisation o on o.id = r.organisation_id
					where o.name = ?
					  and exists (select 1 from course_recipient cr where cr.recipient_id = r.id)
					  and r.id not in (select a.id from (%s) a)
					order by r.id limit 1
					""".formatted(ASSIGNED_TO_PEER)).param(COPENHAGEN).query(Recipient.class).single();
			Recipient ownRecipient = jdbc.sql(ASSIGNED_TO_PEER + " order by r.id limit 1")
				.query(Recipient.class)
				.single();
			Page page = browser.open(Viewport.DESKTOP);
			signIn(page, "peer");

			page.navigate("/recipients");
			search(page, othersRecipient.internalNumber());
			assertThat(page.getByRole(AriaRole.STATUS))
				.containsText("Ingen modtagere matcher søgningen. Ret søgningen eller filtrene.");
			assertThat(page.locator("main table")).hasCount(0);
			assertNoSeriousViolations(page);

			search(page, ownRecipient.internalNumber());
			Locator rows = page.locator("main table tbody tr");
			assertThat(rows).hasCount(1);
			assertThat(link(page, ownRecipient.internalNumber())).hasAttribute("href",
					"/recipients/" + ownRecipient.id());

			assertThat(page.navigate("/recipients/" + othersRecipient.id()).status()).isEqualTo(404);
			assertThat(heading(page, "Siden findes ikke")).isVisible();
			assertThat(page.navigate("/recipients/new").status()).isEqualTo(403);
			assertThat(heading(page, "Ingen adgang")).isVisible();
			assertNoSeriousViolations(page);
		}

		private long refusals(String username, long recipientId) {
			return CaseloadJourneyBrowserTest.this.jdbc.sql("""
					select count(*) from audit_event
					where actor_username = ? and entity_type = 'RECIPIENT' and entity_id = ? and action = 'READ'
					  and outcome = 'DENIED'
					""").param(username).param(String.valueOf(recipientId)).query(Long.class).single();
		}

		private void search(Page page, String internalNumber) {
			field(page, "Søg på alias, internt nummer eller ekstern reference").fill(internalNumber);
			button(page, "Søg").click();
			// Playwright matches URLs in JavaScript, where Pattern.quote means nothing;
			// an
			// internal number needs no quoting.
			assertThat(internalNumber).matches("R-\\d+");
			assertThat(page).hasURL(Pattern.compile("[?&]q=" + internalNumber + "(&|$)"));
		}

	}

	/** The list's count line, as messages.properties words it. */
	private static String count(int total) {
		return total + " fundet";
	}

	private static long idIn(Pattern pattern, String text) {
		Matcher matcher = pattern.matcher(text);
		assertThat(matcher.find()).as("%s in %s", pattern, text).isTrue();
		return Long.parseLong(matcher.group(1));
	}

	/** A recipient as the database has it. */
	record Recipient(long id, String internalNumber, String alias) {

	}

}
