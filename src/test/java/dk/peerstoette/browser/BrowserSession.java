package dk.peerstoette.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.ReducedMotion;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Real Chromium against the running application, for browser tests of the user journeys.
 * Register it on a static field of an {@code @IntegrationTest} class with
 * {@code @RegisterExtension}: it starts one browser for the class (and its nested
 * classes), and {@link #open(Viewport)} gives each test a page in a fresh browser context
 * (no cookies) whose relative URLs go to the application. The contexts close after each
 * test; a failed test first leaves a screenshot of each of its pages in
 * {@code target/browser-screenshots}.
 */
public final class BrowserSession
		implements BeforeAllCallback, BeforeEachCallback, AfterEachCallback, AfterAllCallback {

	/** Where {@link #screenshot} and failed tests put their pictures. */
	public static final Path SCREENSHOTS = Paths.get("target", "browser-screenshots");

	/**
	 * The operating system's Chromium; where it is missing, Playwright fetches its own.
	 */
	private static final Path SYSTEM_CHROMIUM = Paths.get("/usr/bin/chromium");

	// Test machines may reach nothing but localhost, so the browser must not phone home.
	private static final List<String> CHROMIUM_ARGS = List.of("--no-sandbox", "--disable-gpu",
			"--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update",
			"--disable-sync", "--no-first-run", "--disable-quic");

	// How long a step may wait for the page: a save answered in 10 s on a 2-core machine
	// shared with other builds has been seen; a passing step never waits this long.
	private static final double TIMEOUT_MILLIS = 20_000;

	/**
	 * Playwright starts Chromium without its back/forward cache; a user's Chromium has
	 * one.
	 */
	private static final String NO_BACK_FORWARD_CACHE = "--disable-back-forward-cache";

	/** The browsers started so far, by kind (back/forward cache, language). */
	private static final Map<String, Browser> RUNNING = new ConcurrentHashMap<>();

	/** Where the users live: the browser's clock reads Danish time, the server's UTC. */
	private static final String USERS_TIME_ZONE = "Europe/Copenhagen";

	private final List<BrowserContext> contexts = new ArrayList<>();

	private final boolean backForwardCache;

	/**
	 * The browser's own language (its UI and navigator.language), or null for the
	 * default.
	 */
	private final @Nullable String language;

	// Nested test classes run their own before/after-all callbacks inside the outer
	// ones'.
	private int openClasses;

	private Browser browser;

	private String baseUrl;

	/** Chromium as Playwright starts it, without the back/forward cache. */
	public BrowserSession() {
		this(false, null);
	}

	private BrowserSession(boolean backForwardCache, @Nullable String language) {
		this.backForwardCache = backForwardCache;
		this.language = language;
	}

	/**
	 * Chromium with its back/forward cache, as users have it, for tests of what the Back
	 * button shows.
	 */
	public static BrowserSession withBackForwardCache() {
		return new BrowserSession(true, null);
	}

	/**
	 * Chromium in another language than the page's ({@code --lang} and the context's
	 * locale, e.g. {@code en-US}), as a user's own browser may be.
	 */
	public static BrowserSession inLanguage(String language) {
		return new BrowserSession(false, language);
	}

	/** A page in a new browser context of the given size. */
	public Page open(Viewport viewport) {
		// Reduced motion switches off Bootstrap's transitions, so a click never lands
		// mid-animation.
		Browser.NewContextOptions options = new Browser.NewContextOptions().setBaseURL(this.baseUrl)
			.setViewportSize(viewport.width, viewport.height)
			.setReducedMotion(ReducedMotion.REDUCE)
			.setTimezoneId(USERS_TIME_ZONE);
		if (this.language != null) {
			options.setLocale(this.language);
		}
		BrowserContext context = this.browser.newContext(options);
		context.setDefaultTimeout(TIMEOUT_MILLIS);
		this.contexts.add(context);
		return context.newPage();
	}

	/** Saves a picture of the whole page for a human to look at. */
	public Path screenshot(Page page, String name) {
		Path file = SCREENSHOTS.resolve(name + ".png");
		page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
		return file;
	}

	@Override
	public void beforeAll(ExtensionContext context) {
		if (this.openClasses++ == 0) {
			this.browser = RUNNING.computeIfAbsent(this.backForwardCache + "/" + this.language, (key) -> launch());
			PlaywrightAssertions.setDefaultAssertionTimeout(TIMEOUT_MILLIS);
		}
	}

	/**
	 * Chromium as this session wants it. Started once per kind for the whole test run and
	 * left running until the JVM ends: starting Playwright's driver and Chromium for each
	 * of some twenty-five classes cost the suite about a minute. Each test still gets
	 * fresh contexts (no cookies, no storage), closed after it.
	 */
	private Browser launch() {
		boolean systemChromium = Files.isExecutable(SYSTEM_CHROMIUM);
		Playwright playwright = Playwright.create(new Playwright.CreateOptions()
			.setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", systemChromium ? "1" : "0")));
		List<String> args = new ArrayList<>(CHROMIUM_ARGS);
		if (this.language != null) {
			args.add("--lang=" + this.language);
		}
		BrowserType.LaunchOptions options = new BrowserType.LaunchOptions().setHeadless(true).setArgs(args);
		if (systemChromium) {
			options.setExecutablePath(SYSTEM_CHROMIUM);
		}
		if (this.backForwardCache) {
			options.setIgnoreDefaultArgs(List.of(NO_BACK_FORWARD_CACHE));
		}
		Browser launched = playwright.chromium().launch(options);
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			launched.close();
			playwright.close();
		}));
		return launched;
	}

	@Override
	public void beforeEach(ExtensionContext context) {
		String port = SpringExtension.getApplicationContext(context)
			.getEnvironment()
			.getRequiredProperty("local.server.port");
		this.baseUrl = "http://localhost:" + port;
	}

	@Override
	public void afterEach(ExtensionContext context) {
		try {
			if (context.getExecutionException().isPresent()) {
				screenshotPagesOf(context);
			}
		}
		finally {
			this.contexts.forEach(BrowserContext::close);
			this.contexts.clear();
		}
	}

	@Override
	public void afterAll(ExtensionContext context) {
		// The browser runs on for the next class (see launch).
		this.openClasses--;
	}

	private void screenshotPagesOf(ExtensionContext context) {
		String className = context.getRequiredTestClass().getName();
		String test = className.substring(className.lastIndexOf('.') + 1) + "."
				+ context.getRequiredTestMethod().getName();
		// Parameterised invocations would otherwise overwrite each other's pictures.
		if (!context.getDisplayName().startsWith(context.getRequiredTestMethod().getName())) {
			String invocation = context.getDisplayName().replaceAll("[^\\p{L}\\p{N}]+", "-");
			test += "-" + invocation.replaceAll("^-|-$", "");
		}
		int number = 0;
		for (BrowserContext browserContext : this.contexts) {
			for (Page page : browserContext.pages()) {
				try {
					screenshot(page, test + "-failed-" + (++number));
				}
				catch (RuntimeException ex) {
					// The picture is a courtesy; the test's own failure is what counts.
					context.publishReportEntry("screenshot", "failed: " + ex.getMessage());
				}
			}
		}
	}

	/** Screen sizes to test at: the narrowest phone we support and a laptop. */
	public enum Viewport {

		DESKTOP(1280, 800), PHONE(360, 740);

		private final int width;

		private final int height;

		Viewport(int width, int height) {
			this.width = width;
			this.height = height;
		}

		int width() {
			return this.width;
		}

		int height() {
			return this.height;
		}

	}

}
