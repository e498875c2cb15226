package dk.peerstoette.browser;

import java.security.InvalidKeyException;
import java.security.Key;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import javax.crypto.spec.SecretKeySpec;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import com.microsoft.playwright.Page;
import org.apache.commons.codec.binary.Base32;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dk.peerstoette.IntegrationTest;
import dk.peerstoette.TestClock;
import dk.peerstoette.TestProgramme;
import dk.peerstoette.account.StaffAccountService;
import dk.peerstoette.browser.BrowserSession.Viewport;
import dk.peerstoette.security.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dk.peerstoette.browser.Accessibility.assertNoSeriousViolations;
import static dk.peerstoette.browser.JourneySteps.START_PAGE;
import static dk.peerstoette.browser.JourneySteps.button;
import static dk.peerstoette.browser.JourneySteps.field;
import static dk.peerstoette.browser.JourneySteps.heading;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A peer worker enrols a second factor in real Chromium, with the code an authenticator
 * app would compute from the key the page shows, signs out, signs in with password and
 * code, and later with a recovery code.
 */
@IntegrationTest
class SecondFactorBrowserTest {

	private static final String PASSWORD = "Browser-factor-42";

	private static final Pattern SECOND_STEP = Pattern.compile("/login/second-factor");

	private static final TimeBasedOneTimePasswordGenerator TOTP = new TimeBasedOneTimePasswordGenerator();

	@RegisterExtension
	static final BrowserSession browser = new BrowserSession();

	@Autowired
	StaffAccountService accounts;

	@Autowired
	JdbcClient jdbc;

	@Test
	void enrolSignInWithACodeAndWithARecoveryCode() {
		String username = "totp.browser." + TestProgramme.tag().toLowerCase(Locale.ROOT);
		this.accounts.provisionIfAbsent(username, PASSWORD, "Tove Totrin", Role.PEER_WORKER,
				new TestProgramme(this.jdbc) {
				}.organisation(TestProgramme.COPENHAGEN), null);
		Page page = browser.open(Viewport.DESKTOP);
		signInWithPassword(page, username);
		assertThat(page).hasURL(START_PAGE);

		page.locator("#user-menu").click();
		page.getByRole(com.microsoft.playwright.options.AriaRole.LINK,
				new Page.GetByRoleOptions().setName("Totrinsbekræftelse"))
			.click();
		assertThat(heading(page, "Totrinsbekræftelse")).isVisible();
		assertThat(page.locator("img[alt='QR-kode til godkendelsesappen']")).isVisible();
		assertNoSeriousViolations(page);
		String secret = page.locator("#second-factor-secret").innerText().strip();
		field(page, "Kode").fill(code(secret, TestClock.get().instant()));
		button(page, "Bekræft").click();
		assertThat(heading(page, "Dine gendannelseskoder")).isVisible();
		List<String> recoveryCodes = page.locator("#recovery-codes li").allInnerTexts();
		assertThat(recoveryCodes).hasSize(10);
		assertNoSeriousViolations(page);
		signOut(page);

		signInWithPassword(page, username);
		assertThat(page).hasURL(SECOND_STEP);
		assertThat(heading(page, "Skriv din kode")).isVisible();
		assertNoSeriousViolations(page);
		// The enrolment used this step's code; an app shows the next one half a minute
		// on.
		field(page, "Kode").fill(code(secret, TestClock.get().instant().plusSeconds(30)));
		button(page, "Log ind").click();
		assertThat(page).hasURL(START_PAGE);
		signOut(page);

		signInWithPassword(page, username);
		field(page, "Kode").fill(recoveryCodes.get(0));
		button(page, "Log ind").click();
		assertThat(page).hasURL(START_PAGE);
		signOut(page);

		signInWithPassword(page, username);
		field(page, "Kode").fill(recoveryCodes.get(0));
		button(page, "Log ind").click();
		assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.ALERT)).hasText("Koden passer ikke.");
	}

	private static void signInWithPassword(Page page, String username) {
		page.navigate("/login");
		field(page, "Brugernavn").fill(username);
		field(page, "Adgangskode").fill(PASSWORD);
		button(page, "Log ind").click();
	}

	private static void signOut(Page page) {
		page.locator("#user-menu").click();
		button(page, "Log ud").click();
		assertThat(page).hasURL(Pattern.compile("/login\\?logout$"));
	}

	private static String code(String secret, Instant at) {
		try {
			Key key = new SecretKeySpec(new Base32().decode(secret), TOTP.getAlgorithm());
			return TOTP.generateOneTimePasswordString(key, at, Locale.ROOT);
		}
		catch (InvalidKeyException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
