package dk.peerstoette.browser;

import java.time.format.DateTimeFormatter;
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
import static dk.peerstoette.browser.JourneySteps.link;
import static dk.peerstoette.browser.JourneySteps.signIn;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A referral across the demo's ongoing partnership: København's coordinator records the
 * recipient's consent to sharing with Psykiatriforeningernes Fællesråd and refers them
 * there; the NGO's coordinator, on a phone, accepts, finds them on the waiting list,
 * registers them with their own consent and starts a course, which takes them off the
 * list; København sees the referral accepted.
 */
@IntegrationTest
class ReferralJourneyBrowserTest {

	private static final DateTimeFormatter DANISH_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

	@RegisterExtension
	static final BrowserSession browser = new BrowserSession();

	@Autowired
	JdbcClient jdbc;

	@Test
	void aRecipientIsReferredAcceptedPutOnTheWaitingListAndStartsACourse() {
		String tag = UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);
		String alias = "Henvist " + tag;
		long copenhagen = this.jdbc.sql("select id from organisation where name = 'Københavns Kommune'")
			.query(Long.class)
			.single();
		long recipient = this.jdbc.sql("""
				insert into recipient (internal_number, alias, birth_year, organisation_id, unit_id, target_group_id)
				values (?, ?, 1984, ?, (select min(id) from unit where organisation_id = ? and active),
				        (select id from lookup_value where list_name = 'TARGET_GROUP' and code = 'OTHER'))
				returning id
				""").params("RB-" + tag, alias, copenhagen, copenhagen).query(Long.class).single();
		this.jdbc
			.sql("insert into consent (recipient_id, kind, given_on, method) values (?, 'REGISTRATION', ?, 'WRITTEN')")
			.params(recipient, TestClock.today().minusMonths(2))
			.update();
		String today = TestClock.today().format(DANISH_DATE);
		List<String> problems = new ArrayList<>();

		Page referrer = browser.open(Viewport.DESKTOP);
		referrer.onPageError(problems::add);
		signIn(referrer, "koordinator");
		referrer.navigate("/recipients/" + recipient);
		link(referrer, "Tilføj samtykke").click();
		field(referrer, "Samtykke til")
			.selectOption(new SelectOption().setLabel("Deling med navngiven partnerorganisation"));
		field(referrer, "Partnerorganisation")
			.selectOption(new SelectOption().setLabel("Psykiatriforeningernes Fællesråd"));
		field(referrer, "Givet den").fill(today);
		referrer.getByLabel("Skriftligt").check();
		button(referrer, "Tilføj samtykke").click();
		assertThat(referrer.getByRole(AriaRole.STATUS)).hasText("Samtykket er tilføjet.");
		assertThat(referrer.locator("main")).containsText("Deling med Psykiatriforeningernes Fællesråd");
		link(referrer, "Henvis til partner").click();
		assertThat(referrer.locator("h1")).hasText("Henvis til partnerorganisation");
		assertNoSeriousViolations(referrer);
		field(referrer, "Tilbud").selectOption(new SelectOption().setLabel("Frivillig peer-støtte, København"));
		field(referrer, "Begrundelse").fill("Ønsker at møde en frivillig peer-støtteperson " + tag);
		browser.screenshot(referrer, "desktop-referral-new");
		button(referrer, "Send henvisning").click();
		assertThat(referrer.getByRole(AriaRole.STATUS)).hasText("Henvisningen er sendt.");
		assertThat(referrer.locator("main")).containsText("Afventer svar");
		assertNoSeriousViolations(referrer);

		Page receiver = browser.open(Viewport.PHONE);
		receiver.onPageError(problems::add);
		signIn(receiver, "koordinator.ngo");
		receiver.navigate("/referrals/incoming?q=" + tag);
		assertNoHorizontalScroll(receiver);
		assertNoSeriousViolations(receiver);
		link(receiver, alias).click();
		assertThat(receiver.locator("main")).containsText("1984");
		assertThat(receiver.locator("main")).not().containsText("RB-" + tag);
		assertNoHorizontalScroll(receiver);
		assertNoSeriousViolations(receiver);
		browser.screenshot(receiver, "phone-referral-incoming");
		button(receiver, "Tag imod").click();
		assertThat(receiver).hasURL(Pattern.compile("/waiting-list$"));
		assertThat(receiver.getByRole(AriaRole.STATUS))
			.hasText("Henvisningen er taget imod, og modtageren står på ventelisten.");
		assertThat(receiver.locator("main")).containsText(alias);
		assertNoHorizontalScroll(receiver);
		assertNoSeriousViolations(receiver);
		browser.screenshot(receiver, "phone-waiting-list");
		link(receiver, "Registrér " + alias + " og start forløb").click();
		assertNoSeriousViolations(receiver);
		receiver.getByLabel("Skriftligt").check();
		button(receiver, "Registrér og fortsæt til forløbet").click();
		// The course form's search box has a status of its own: the flash message is the
		// alert.
		assertThat(receiver.locator(".alert[role=status]"))
			.hasText("Modtageren er registreret hos jer. Opret forløbet.");
		assertThat(field(receiver, "Tilbud").locator("option:checked")).hasText("Frivillig peer-støtte, København");
		field(receiver, "Forløbstype").selectOption(new SelectOption().setLabel("Individuelt peer-forløb"));
		receiver.locator("input[name=peerWorkerIds]").first().check();
		button(receiver, "Opret").click();
		assertThat(receiver.locator(".alert[role=status]")).containsText("Forløbet er oprettet");
		assertThat(receiver.locator("main")).containsText(alias);
		receiver.navigate("/waiting-list");
		assertThat(receiver.locator("main")).not().containsText(alias);

		referrer.navigate("/referrals/outgoing?q=" + tag);
		assertThat(referrer.locator("main")).containsText("Taget imod");
		assertNoSeriousViolations(referrer);
		assertThat(this.jdbc.sql("""
				select count(*) from waiting_entry w join referral r on r.id = w.referral_id
				where r.recipient_id = ? and w.course_id is not null
				""").param(recipient).query(Integer.class).single()).isEqualTo(1);
		assertThat(problems).isEmpty();
	}

}
