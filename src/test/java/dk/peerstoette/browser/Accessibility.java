package dk.peerstoette.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Cookie;
import com.microsoft.playwright.options.ViewportSize;

import dk.peerstoette.browser.BrowserSession.Viewport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs axe-core on pages of the browser tests and fails on every serious or critical
 * violation (WCAG 2.1 AA and axe's best practices), naming rule, impact, element and
 * help.
 * <p>
 * The script is evaluated through the browser's debugging protocol, which the
 * application's content security policy (no inline script) does not govern, so the page
 * is audited exactly as a user gets it.
 */
final class Accessibility {

	/**
	 * The axe-core build that the test dependency {@code com.deque.html.axe-core}
	 * carries.
	 */
	private static final String AXE_SCRIPT = readAxeScript();

	private static final String RUN_AXE = """
			async () => {
				const results = await axe.run(document, { resultTypes: ['violations'] });
				return results.violations
					.filter((rule) => rule.impact === 'serious' || rule.impact === 'critical')
					.map((rule) => ({ id: rule.id, impact: rule.impact, help: rule.help,
						targets: rule.nodes.map((node) => node.target.join(' ')
							+ ' ' + node.html.substring(0, 160)) }));
			}""";

	private Accessibility() {
	}

	/**
	 * Audits the page as it is shown now, at its own width and at the other one (phone or
	 * desktop), and the same address in the other language at both widths, read in a
	 * separate browser context that shares the page's session. The page keeps its state,
	 * its size and its language.
	 */
	static void assertNoSeriousViolations(Page page) {
		assertThat(seriousViolations(page)).as("axe-core: serious or critical violations").isEmpty();
	}

	/** Audits the page as it is shown now, at its own width only. */
	static void assertNoSeriousViolationsHere(Page page) {
		assertThat(audit(page)).as("axe-core: serious or critical violations").isEmpty();
	}

	/**
	 * Everything {@link #assertNoSeriousViolations(Page)} finds, one line per violated
	 * rule on one page.
	 */
	static List<String> seriousViolations(Page page) {
		List<String> problems = new ArrayList<>(audit(page));
		ViewportSize own = page.viewportSize();
		Viewport other = (own.width < Viewport.DESKTOP.width()) ? Viewport.DESKTOP : Viewport.PHONE;
		page.setViewportSize(other.width(), other.height());
		try {
			problems.addAll(audit(page));
		}
		finally {
			page.setViewportSize(own.width, own.height);
		}
		problems.addAll(auditInOtherLanguage(page));
		return problems;
	}

	/** The serious and critical violations of the page as it is now. */
	static List<String> audit(Page page) {
		if (!Boolean.TRUE.equals(page.evaluate("() => typeof window.axe === 'object'"))) {
			page.evaluate(AXE_SCRIPT);
		}
		String where = page.locator("html").getAttribute("lang") + " " + page.viewportSize().width + "px "
				+ URI.create(page.url()).getRawPath();
		List<String> problems = new ArrayList<>();
		for (Object found : (List<?>) page.evaluate(RUN_AXE)) {
			Map<?, ?> rule = (Map<?, ?>) found;
			problems.add(where + ": " + rule.get("id") + " (" + rule.get("impact") + ") " + rule.get("help") + " — "
					+ rule.get("targets"));
		}
		return problems;
	}

	private static List<String> auditInOtherLanguage(Page page) {
		String language = page.locator("html").getAttribute("lang");
		String other = "en".equals(language) ? "da" : "en";
		URI address = URI.create(page.url());
		Browser browser = page.context().browser();
		BrowserContext side = browser
			.newContext(new Browser.NewContextOptions().setViewportSize(Viewport.PHONE.width(), Viewport.PHONE.height())
				.setReducedMotion(com.microsoft.playwright.options.ReducedMotion.REDUCE));
		try {
			List<Cookie> cookies = new ArrayList<>();
			for (Cookie cookie : page.context().cookies()) {
				if (!"lang".equals(cookie.name)) {
					cookies.add(cookie);
				}
			}
			cookies.add(new Cookie("lang", other).setDomain(address.getHost()).setPath("/"));
			side.addCookies(cookies);
			Page sidePage = side.newPage();
			// A page that a form's POST answered is read again by GET: what that shows is
			// a page of the application too.
			sidePage.navigate(address.toString());
			List<String> problems = new ArrayList<>(audit(sidePage));
			sidePage.setViewportSize(Viewport.DESKTOP.width(), Viewport.DESKTOP.height());
			problems.addAll(audit(sidePage));
			return problems;
		}
		finally {
			side.close();
		}
	}

	private static String readAxeScript() {
		try (InputStream in = Accessibility.class.getClassLoader().getResourceAsStream("axe.min.js")) {
			if (in == null) {
				throw new IllegalStateException("axe.min.js is not on the test class path");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
