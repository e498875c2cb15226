package dk.peerstoette;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A browser without a browser, or an attacker's script: real HTTP against the running
 * application (the port of an {@code @IntegrationTest}), keeping the session cookie and
 * the last CSRF token it was given, and following no redirects, so that a test sees the
 * server's every answer. Unlike MockMvc it goes through the servlet container and the
 * session store in PostgreSQL, as a real browser does. {@link #atOnce} sends many
 * requests at the same moment.
 */
public final class CookieClient {

	/** The session cookie's name. */
	public static final String SESSION_COOKIE = "SESSION";

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	private final int port;

	private final String userAgent;

	private volatile @Nullable String cookie;

	private volatile @Nullable String csrf;

	public CookieClient(int port, String userAgent) {
		this.port = port;
		this.userAgent = userAgent;
	}

	/** A client signed in as the user, having opened the login page first. */
	public static CookieClient signedIn(int port, String username, String password, String userAgent) {
		CookieClient client = new CookieClient(port, userAgent);
		HttpResponse<String> answer = client.signIn(username, password);
		assertThat(answer.statusCode()).as("sign-in answer").isEqualTo(302);
		assertThat(answer.headers().firstValue("Location")).hasValueSatisfying((to) -> assertThat(to).endsWith("/"));
		return client;
	}

	/** A client holding a session cookie it was given elsewhere (a single sign-on). */
	public static CookieClient holding(int port, String cookie, String userAgent) {
		CookieClient client = new CookieClient(port, userAgent);
		client.cookie = cookie;
		return client;
	}

	/** Opens the login page and sends the form; answers the form's answer. */
	public HttpResponse<String> signIn(String username, String password) {
		get("/login");
		return post("/login", Map.of("username", username, "password", password));
	}

	/**
	 * Another client (another machine) that sends the same session cookie, as someone who
	 * had copied it would.
	 */
	public CookieClient sameCookieElsewhere(String userAgent) {
		CookieClient other = new CookieClient(this.port, userAgent);
		other.cookie = this.cookie;
		other.csrf = this.csrf;
		return other;
	}

	public HttpResponse<String> get(String path) {
		return send(request(path).GET());
	}

	/** Posts a form with the last CSRF token the client was given. */
	public HttpResponse<String> post(String path, Map<String, String> fields) {
		Map<String, String> form = new LinkedHashMap<>(fields);
		if (this.csrf != null) {
			form.put("_csrf", this.csrf);
		}
		String body = form.entrySet()
			.stream()
			.map((field) -> encode(field.getKey()) + "=" + encode(field.getValue()))
			.collect(Collectors.joining("&"));
		return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	/**
	 * Whether the session still lets the user in: the start page answers 200 instead of a
	 * redirect to the login page.
	 */
	public boolean isSignedIn() {
		HttpResponse<String> start = get("/");
		if (start.statusCode() == 200) {
			return true;
		}
		assertThat(start.statusCode()).isEqualTo(302);
		assertThat(start.headers().firstValue("Location"))
			.hasValueSatisfying((to) -> assertThat(to).endsWith("/login"));
		return false;
	}

	/** Where a redirect leads, without the host; empty if it is none. */
	public static String location(HttpResponse<?> response) {
		return response.headers().firstValue("Location").orElse("").replaceFirst("^https?://[^/]+", "");
	}

	/**
	 * Runs {@code count} requests on as many threads, let go at the same moment, and
	 * returns their results in order.
	 */
	public static <T> List<T> atOnce(int count, IntFunction<Callable<T>> request) throws Exception {
		ExecutorService threads = Executors.newFixedThreadPool(count);
		try {
			CountDownLatch ready = new CountDownLatch(count);
			CountDownLatch go = new CountDownLatch(1);
			List<Future<T>> results = new ArrayList<>();
			for (int i = 0; i < count; i++) {
				Callable<T> call = request.apply(i);
				results.add(threads.submit(() -> {
					ready.countDown();
					go.await();
					return call.call();
				}));
			}
			assertThat(ready.await(30, TimeUnit.SECONDS)).isTrue();
			go.countDown();
			List<T> answers = new ArrayList<>();
			for (Future<T> result : results) {
				answers.add(result.get(120, TimeUnit.SECONDS));
			}
			return answers;
		}
		finally {
			threads.shutdownNow();
		}
	}

	/** The session cookie's value, as the browser holds it. */
	public @Nullable String cookie() {
		return this.cookie;
	}

	/** The session id in the session table (the cookie holds it base64-encoded). */
	public String sessionId() {
		assertThat(this.cookie).isNotNull();
		return new String(java.util.Base64.getDecoder().decode(this.cookie), StandardCharsets.UTF_8);
	}

	private HttpRequest.Builder request(String path) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("User-Agent", this.userAgent)
			.header("Accept", "text/html");
		if (this.cookie != null) {
			request.header("Cookie", SESSION_COOKIE + "=" + this.cookie);
		}
		return request;
	}

	private HttpResponse<String> send(HttpRequest.Builder request) {
		try {
			HttpResponse<String> response = this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
			remember(response);
			return response;
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private void remember(HttpResponse<String> response) {
		for (String setCookie : response.headers().allValues("Set-Cookie")) {
			if (setCookie.startsWith(SESSION_COOKIE + "=")) {
				String value = setCookie.substring(SESSION_COOKIE.length() + 1, setCookie.indexOf(';'));
				this.cookie = value.isEmpty() ? null : value;
			}
		}
		Matcher token = CSRF.matcher(response.body());
		if (token.find()) {
			this.csrf = token.group(1);
		}
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
