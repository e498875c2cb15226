import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Load of a form's round trip with nothing but the JDK: N clients sign in one after the
 * other (unless the user is {@code -}), then each, until the time is up, opens the form (GET), fills it in
 * from the page (every hidden field such as the CSRF token and a one-time token, plus the
 * given fields) and sends it (POST), without following the redirect. Only round trips
 * answered with a redirect (the form was saved) count; anything else is counted by status.
 *
 * <pre>
 * java src/benchmark/FormRoundTrip.java URL USER|- PASSWORD FORM_PATH POST_PATH CLIENTS SECONDS WARMUP_SECONDS field=value ...
 * </pre>
 *
 * A value {@code @first} takes the first radio button of that name on the form (the quick
 * entry's most recently met recipient). Prints one line: round trips per second, counts,
 * median and 99th percentile of a round trip.
 */
public class FormRoundTrip {

	private static final Pattern HIDDEN = Pattern.compile("<input\\b[^>]*\\btype=\"hidden\"[^>]*>");

	public static void main(String[] args) throws Exception {
		if (args.length < 8) {
			System.err.println(
					"usage: FormRoundTrip URL USER|- PASSWORD FORM_PATH POST_PATH CLIENTS SECONDS WARMUP_SECONDS field=value ...");
			System.exit(2);
		}
		String base = args[0].replaceAll("/$", "");
		String user = args[1];
		String password = args[2];
		String formPath = args[3];
		String postPath = args[4];
		int clients = Integer.parseInt(args[5]);
		long seconds = Long.parseLong(args[6]);
		long warmup = Long.parseLong(args[7]);
		List<String> fields = List.of(args).subList(8, args.length);

		List<Long> times = Collections.synchronizedList(new ArrayList<>());
		Map<String, AtomicInteger> refused = new ConcurrentHashMap<>();
		// Signed in one after the other: sign-ins sent at once count as attempts at once, and
		// the application lets only so many through together (PasswordAttempts).
		List<HttpClient> signedIn = new ArrayList<>();
		for (int i = 0; i < clients; i++) {
			HttpClient http = HttpClient.newBuilder()
				.cookieHandler(new CookieManager())
				.followRedirects(HttpClient.Redirect.NEVER)
				.connectTimeout(Duration.ofSeconds(10))
				.build();
			if (!"-".equals(user)) {
				signIn(http, base, user, password);
			}
			signedIn.add(http);
		}
		long start = System.nanoTime();
		long measureFrom = start + Duration.ofSeconds(warmup).toNanos();
		long end = measureFrom + Duration.ofSeconds(seconds).toNanos();
		ExecutorService pool = Executors.newFixedThreadPool(clients);
		List<Future<?>> running = new ArrayList<>();
		for (HttpClient http : signedIn) {
			running.add(pool.submit(() -> {
				while (System.nanoTime() < end) {
					long t0 = System.nanoTime();
					String form = send(http, HttpRequest.newBuilder(URI.create(base + formPath)).GET()).body();
					HttpResponse<String> answer = send(http,
							HttpRequest.newBuilder(URI.create(base + postPath))
								.header("Content-Type", "application/x-www-form-urlencoded")
								.POST(HttpRequest.BodyPublishers.ofString(encode(filledIn(form, fields)))));
					long t1 = System.nanoTime();
					if (t0 >= measureFrom && t1 <= end) {
						if (answer.statusCode() == 302 || answer.statusCode() == 303) {
							times.add(t1 - t0);
						}
						else {
							refused.computeIfAbsent(String.valueOf(answer.statusCode()), (s) -> new AtomicInteger())
								.incrementAndGet();
						}
					}
				}
				return null;
			}));
		}
		for (Future<?> client : running) {
			client.get();
		}
		pool.shutdown();
		List<Long> sorted = new ArrayList<>(times);
		Collections.sort(sorted);
		System.out.printf("round trips/s %.1f  saved %d  not saved %s  median %.1f ms  p99 %.1f ms%n",
				sorted.size() / (double) seconds, sorted.size(), new TreeMap<>(refused), percentile(sorted, 0.5),
				percentile(sorted, 0.99));
	}

	private static void signIn(HttpClient http, String base, String user, String password) throws Exception {
		String page = send(http, HttpRequest.newBuilder(URI.create(base + "/login")).GET()).body();
		Map<String, String> form = hidden(page);
		form.put("username", user);
		form.put("password", password);
		HttpResponse<String> answer = send(http,
				HttpRequest.newBuilder(URI.create(base + "/login"))
					.header("Content-Type", "application/x-www-form-urlencoded")
					.POST(HttpRequest.BodyPublishers.ofString(encode(form))));
		if (answer.statusCode() != 302 || answer.headers().firstValue("Location").orElse("").contains("/login")) {
			throw new IllegalStateException("sign-in as " + user + " failed: " + answer.statusCode());
		}
	}

	/** The form's hidden fields (the first of each name) and the given fields. */
	private static Map<String, String> filledIn(String page, List<String> fields) {
		Map<String, String> form = hidden(page);
		for (String field : fields) {
			String name = field.substring(0, field.indexOf('='));
			String value = field.substring(field.indexOf('=') + 1);
			if ("@first".equals(value)) {
				Matcher radio = Pattern
					.compile("<input\\b[^>]*type=\"radio\"[^>]*value=\"([^\"]*)\"[^>]*name=\"" + Pattern.quote(name)
							+ "\"")
					.matcher(page);
				value = radio.find() ? radio.group(1) : "";
			}
			form.put(name, value);
		}
		return form;
	}

	private static Map<String, String> hidden(String page) {
		Map<String, String> fields = new LinkedHashMap<>();
		Matcher input = HIDDEN.matcher(page);
		while (input.find()) {
			String name = attribute(input.group(), "name");
			// Spring's "_field" markers of unticked checkboxes are left out, as a browser
			// sends them only with the checkbox; the CSRF token is kept.
			if (name != null && (!name.startsWith("_") || "_csrf".equals(name))) {
				String value = attribute(input.group(), "value");
				fields.putIfAbsent(name, (value != null) ? value.replace("&amp;", "&") : "");
			}
		}
		return fields;
	}

	private static String attribute(String tag, String name) {
		Matcher value = Pattern.compile("\\b" + name + "=\"([^\"]*)\"").matcher(tag);
		return value.find() ? value.group(1) : null;
	}

	private static String encode(Map<String, String> form) {
		return form.entrySet()
			.stream()
			.map((field) -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
	}

	private static HttpResponse<String> send(HttpClient http, HttpRequest.Builder request) throws Exception {
		return http.send(request.header("Accept", "text/html").timeout(Duration.ofSeconds(60)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private static double percentile(List<Long> sorted, double p) {
		return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, (int) (sorted.size() * p))) / 1e6;
	}

}
