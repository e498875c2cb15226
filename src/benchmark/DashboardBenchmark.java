import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Measures the dashboard with nothing but the JDK:
 *
 * <pre>
 * java src/benchmark/DashboardBenchmark.java --url http://localhost:8080 --user national.leder1 --password demo
 * </pre>
 *
 * Signs in (with the CSRF token of the sign-in page, keeping the session cookie), warms up,
 * then asks N times for the dashboard of a whole partnership for a year and N times for
 * one unit for a year, and prints the median, 95th percentile and maximum of the server
 * time (the {@code Server-Timing: app;dur=} header) and of the time the client waited.
 * Finally prints the resident memory of the application's JVM (read from /proc, Linux).
 *
 * Options: --url, --user, --password (demo), --partnership (1), --unit (1), --year (last
 * year), --n (50), --warmup (10), --pid (the application's process id; found by its
 * command line if left out).
 */
public class DashboardBenchmark {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"|value=\"([^\"]+)\"\\s+name=\"_csrf\"");

	private static final Pattern SERVER_TIMING = Pattern.compile("app;dur=([0-9.]+)");

	public static void main(String[] args) throws Exception {
		Map<String, String> options = options(args);
		String url = options.getOrDefault("url", "http://localhost:8080").replaceAll("/$", "");
		String user = options.getOrDefault("user", "national.leder1");
		String password = options.getOrDefault("password", "demo");
		int year = Integer.parseInt(options.getOrDefault("year", String.valueOf(LocalDate.now().getYear() - 1)));
		int n = Integer.parseInt(options.getOrDefault("n", "50"));
		int warmup = Integer.parseInt(options.getOrDefault("warmup", "10"));
		String partnership = options.getOrDefault("partnership", "1");
		String unit = options.getOrDefault("unit", "1");

		HttpClient client = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NORMAL)
			.connectTimeout(Duration.ofSeconds(10))
			.build();
		signIn(client, url, user, password);

		Map<String, String> pages = new LinkedHashMap<>();
		pages.put("partnership " + partnership + ", year " + year,
				url + "/dashboard?period=YEAR&year=" + year + "&partnership=" + partnership);
		pages.put("unit " + unit + ", year " + year,
				url + "/dashboard?period=YEAR&year=" + year + "&partnership=" + partnership + "&unit=" + unit);

		for (String page : pages.values()) {
			for (int i = 0; i < warmup; i++) {
				get(client, page);
			}
		}
		System.out.printf(Locale.ROOT, "%d requests per page after %d to warm up, as %s on %s%n", n, warmup, user,
				url);
		System.out.printf(Locale.ROOT, "%-28s %8s %8s %8s   %8s %8s %8s  %s%n", "page", "server", "p95", "max",
				"client", "p95", "max", "(ms; server = Server-Timing, median first)");
		for (Map.Entry<String, String> page : pages.entrySet()) {
			List<Double> server = new ArrayList<>();
			List<Double> total = new ArrayList<>();
			for (int i = 0; i < n; i++) {
				long started = System.nanoTime();
				HttpResponse<byte[]> response = get(client, page.getValue());
				total.add((System.nanoTime() - started) / 1e6);
				server.add(serverTime(response));
			}
			System.out.printf(Locale.ROOT, "%-28s %8.1f %8.1f %8.1f   %8.1f %8.1f %8.1f%n", page.getKey(),
					percentile(server, 50), percentile(server, 95), percentile(server, 100), percentile(total, 50),
					percentile(total, 95), percentile(total, 100));
		}
		Optional<Long> pid = options.containsKey("pid") ? Optional.of(Long.parseLong(options.get("pid")))
				: applicationPid();
		if (pid.isPresent()) {
			System.out.printf(Locale.ROOT, "JVM %d: %s%n", pid.get(), rss(pid.get()));
		}
		else {
			System.out.println("JVM: not found (give --pid to print its resident memory)");
		}
	}

	private static void signIn(HttpClient client, String url, String user, String password)
			throws IOException, InterruptedException {
		HttpResponse<String> login = client.send(HttpRequest.newBuilder(URI.create(url + "/login")).GET().build(),
				HttpResponse.BodyHandlers.ofString());
		Matcher csrf = CSRF.matcher(login.body());
		if (!csrf.find()) {
			throw new IllegalStateException("No CSRF token on " + url + "/login (HTTP " + login.statusCode() + ")");
		}
		String token = (csrf.group(1) != null) ? csrf.group(1) : csrf.group(2);
		String form = "username=" + encode(user) + "&password=" + encode(password) + "&_csrf=" + encode(token);
		HttpResponse<String> signedIn = client.send(HttpRequest.newBuilder(URI.create(url + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
		if (signedIn.uri().getPath().startsWith("/login")) {
			throw new IllegalStateException("Sign-in as " + user + " failed");
		}
	}

	private static HttpResponse<byte[]> get(HttpClient client, String page) throws IOException, InterruptedException {
		HttpResponse<byte[]> response = client.send(HttpRequest.newBuilder(URI.create(page)).GET().build(),
				HttpResponse.BodyHandlers.ofByteArray());
		if (response.statusCode() != 200 || response.uri().getPath().startsWith("/login")) {
			throw new IllegalStateException("GET " + page + " answered " + response.statusCode() + " at "
					+ response.uri());
		}
		return response;
	}

	private static double serverTime(HttpResponse<?> response) {
		return response.headers()
			.firstValue("Server-Timing")
			.map(SERVER_TIMING::matcher)
			.filter(Matcher::find)
			.map((m) -> Double.parseDouble(m.group(1)))
			.orElse(Double.NaN);
	}

	private static double percentile(List<Double> values, int percent) {
		List<Double> sorted = new ArrayList<>(values);
		Collections.sort(sorted);
		int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
		return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
	}

	private static Optional<Long> applicationPid() {
		return ProcessHandle.allProcesses()
			.filter((p) -> p.pid() != ProcessHandle.current().pid())
			.filter((p) -> p.info().commandLine().map((c) -> c.contains("dk.peerstoette.PeerstoetteApplication")
					|| c.contains("peerstoette") && c.contains(".jar") && !c.contains("maven")).orElse(false))
			.map(ProcessHandle::pid)
			.findFirst();
	}

	private static String rss(long pid) {
		try {
			return Files.readAllLines(Path.of("/proc/" + pid + "/status"))
				.stream()
				.filter((line) -> line.startsWith("VmRSS") || line.startsWith("VmHWM"))
				.map((line) -> line.replaceAll("\\s+", " "))
				.reduce((a, b) -> a + ", " + b)
				.orElse("no VmRSS");
		}
		catch (IOException ex) {
			return "resident memory unknown (" + ex.getMessage() + ")";
		}
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private static Map<String, String> options(String[] args) {
		Map<String, String> options = new LinkedHashMap<>();
		for (int i = 0; i + 1 < args.length; i += 2) {
			if (!args[i].startsWith("--")) {
				throw new IllegalArgumentException("Expected --option value, got " + args[i]);
			}
			options.put(args[i].substring(2), args[i + 1]);
		}
		return options;
	}

}
