package dk.peerstoette.database;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dk.peerstoette.CookieClient;
import dk.peerstoette.PeerstoetteApplication;
import dk.peerstoette.TestClock;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded database dies under load and the application comes back by itself: peer
 * workers keep recording contacts through the quick entry while the postmaster is killed
 * (SIGKILL, as the kernel's OOM killer would). While it is away every request is answered
 * 503 with the error page within a few seconds; once the supervisor has started it again
 * (after {@code restart-backoff}, long here so that the outage can be seen) and it lets
 * clients in, the quick entry saves again within 10 s; and every contact whose saving was
 * answered with success is in the database.
 */
class DatabaseRecoveryTest {

	private static final Pattern TOKEN = Pattern.compile("<input[^>]*name=\"token\"[^>]*>");

	private static final Pattern RECIPIENT = Pattern
		.compile("<input[^>]*type=\"radio\"[^>]*name=\"recipientId\"[^>]*>");

	private static final Pattern VALUE = Pattern.compile("value=\"([^\"]+)\"");

	private static final Pattern SAVED = Pattern.compile("/contacts/(\\d+)");

	private static final AtomicBoolean NOT_PARSED = new AtomicBoolean();

	private static final Duration OUTAGE = Duration.ofSeconds(5);

	private static final int CLIENTS = 4;

	@TempDir
	Path dataDirectory;

	record Answer(String request, int status, long startedNanos, long millis, String body,
			Map<String, List<String>> headers, Long savedContact) {
	}

	@Test
	void aKilledDatabaseIsAnswered503QuicklyAndComesBackWithEveryCommittedContact() throws Exception {
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(PeerstoetteApplication.class)
			.profiles("test")
			.run("--app.embedded-database.enabled=true", "--app.data-dir=" + this.dataDirectory, "--server.port=0",
					"--app.embedded-database.restart-backoff=" + OUTAGE.toSeconds() + "s")) {
			int port = Integer.parseInt(context.getEnvironment().getRequiredProperty("local.server.port"));
			DataSource dataSource = context.getBean(DataSource.class);
			JdbcClient jdbc = JdbcClient.create(dataSource);
			long before = contacts(jdbc);
			List<CookieClient> clients = new ArrayList<>();
			for (int i = 0; i < CLIENTS; i++) {
				clients.add(CookieClient.signedIn(port, "peer", "demo", "recovery-test-" + i));
			}

			AtomicBoolean running = new AtomicBoolean(true);
			List<Answer> answers = Collections.synchronizedList(new ArrayList<>());
			ExecutorService load = Executors.newFixedThreadPool(CLIENTS);
			List<Future<?>> workers = new ArrayList<>();
			for (CookieClient client : clients) {
				workers.add(load.submit(() -> {
					while (running.get()) {
						recordOneContact(client, answers);
					}
					return null;
				}));
			}
			Thread.sleep(1500);
			long killed = System.nanoTime();
			long postmaster = Long
				.parseLong(Files.readAllLines(this.dataDirectory.resolve("postgres/postmaster.pid")).get(0).trim());
			ProcessHandle process = ProcessHandle.of(postmaster).orElseThrow();
			assertThat(process.info().command())
				.hasValueSatisfying((command) -> assertThat(command).endsWith("postgres"));
			process.destroyForcibly();

			String jdbcUrl = dataSource.unwrap(HikariDataSource.class).getJdbcUrl();
			DatabaseLogin superuser = DatabasePasswords.read(this.dataDirectory).orElseThrow().superuser();
			long returned = 0;
			long recovered = 0;
			try {
				returned = waitUntilAcceptingConnections(jdbcUrl, superuser, killed, Duration.ofSeconds(40));
				recovered = waitForSavedAfter(answers, returned, Duration.ofSeconds(15));
				Thread.sleep(1000);
			}
			finally {
				running.set(false);
				for (Future<?> worker : workers) {
					worker.get(30, TimeUnit.SECONDS);
				}
				load.shutdown();
				if (recovered == 0) {
					timeline(answers, killed, returned);
				}
			}

			List<Answer> all = List.copyOf(answers);
			List<Answer> unavailable = all.stream().filter((answer) -> answer.status() == 503).toList();
			assertThat(all).as("every answer is a success or 503, never a server error")
				.allSatisfy((answer) -> assertThat(answer.status()).as(answer.request()).isIn(200, 302, 503));
			assertThat(unavailable).as("requests while the database was away").isNotEmpty();
			assertThat(unavailable).allSatisfy((answer) -> {
				assertThat(answer.millis()).as("answered quickly").isLessThan(5000);
				assertThat(answer.headers().get("retry-after")).isNotEmpty();
				assertThat(answer.body()).contains("Midlertidigt utilgængelig").doesNotContain("Exception");
			});
			assertThat(TimeUnit.NANOSECONDS.toMillis(recovered - returned))
				.as("a contact is saved again within 10 s of the database's return")
				.isLessThan(10_000);

			List<Long> saved = all.stream().map(Answer::savedContact).filter(Objects::nonNull).toList();
			assertThat(saved).hasSizeGreaterThan(2);
			long after = contacts(jdbc);
			assertThat(after - before).as("contacts saved").isGreaterThanOrEqualTo(saved.size());
			assertThat(jdbc.sql("select count(*) from contact where id in (:ids)")
				.param("ids", saved)
				.query(Long.class)
				.single()).as("every contact answered as saved is in the database").isEqualTo(saved.size());
			HttpResponse<String> health = HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health")).build(),
						HttpResponse.BodyHandlers.ofString());
			assertThat(health.body()).contains("UP");
		}
	}

	/**
	 * Opens the quick entry, picks its first recipient and saves with the defaults. An
	 * answer broken off is noted as status 0.
	 */
	private static void recordOneContact(CookieClient client, List<Answer> answers) {
		long started = System.nanoTime();
		try {
			saveOneContact(client, answers);
		}
		catch (IllegalStateException ex) {
			answers.add(new Answer("broken off: " + ex.getMessage(), 0, started,
					TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started), "", Map.of(), null));
		}
	}

	private static void saveOneContact(CookieClient client, List<Answer> answers) {
		long started = System.nanoTime();
		HttpResponse<String> form = client.get("/contacts/new");
		answers.add(answer("GET /contacts/new", form, started));
		String token = valueOf(TOKEN, form.body());
		String recipient = valueOf(RECIPIENT, form.body());
		if (form.statusCode() != 200 || token == null || recipient == null) {
			if (form.statusCode() == 200 && NOT_PARSED.compareAndSet(false, true)) {
				System.out.println("The quick entry's form could not be read: " + form.body());
			}
			return;
		}
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("token", token);
		fields.put("recipientId", recipient);
		fields.put("kind", "INDIVIDUAL_CONVERSATION");
		fields.put("occurredOn", TestClock.today().minusDays(1).toString());
		fields.put("startsAt", "10:00");
		fields.put("durationMinutes", "30");
		started = System.nanoTime();
		HttpResponse<String> saved = client.post("/contacts", fields);
		answers.add(answer("POST /contacts", saved, started));
	}

	private static String valueOf(Pattern input, String page) {
		Matcher element = input.matcher(page);
		if (!element.find()) {
			return null;
		}
		Matcher value = VALUE.matcher(element.group());
		return value.find() ? value.group(1) : null;
	}

	private static Answer answer(String request, HttpResponse<String> response, long started) {
		Long contact = null;
		Matcher location = SAVED.matcher(CookieClient.location(response));
		if (response.statusCode() == 302 && location.matches()) {
			contact = Long.valueOf(location.group(1));
		}
		return new Answer(request, response.statusCode(), started,
				TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started), response.body(), response.headers().map(),
				contact);
	}

	/** What the clients saw, from the kill on, for a failure's report. */
	private static void timeline(List<Answer> answers, long killed, long returned) {
		System.out.printf("database killed at 0 ms, letting clients in again at %s; %d answers 503%n",
				(returned == 0) ? "never" : TimeUnit.NANOSECONDS.toMillis(returned - killed) + " ms",
				answers.stream().filter((answer) -> answer.status() == 503).count());
		synchronized (answers) {
			for (Answer answer : answers) {
				if (answer.status() == 503) {
					continue;
				}
				System.out.printf("%6d ms %-18s %d in %5d ms %s%n",
						TimeUnit.NANOSECONDS.toMillis(answer.startedNanos() - killed), answer.request(),
						answer.status(), answer.millis(), answer.headers().getOrDefault("location", List.of()));
			}
		}
	}

	private static long contacts(JdbcClient jdbc) {
		return jdbc.sql("select count(*) from contact").query(Long.class).single();
	}

	/** When the restarted server, on the pool's URL, lets a client sign in again. */
	private static long waitUntilAcceptingConnections(String jdbcUrl, DatabaseLogin login, long since, Duration limit)
			throws InterruptedException {
		Thread.sleep(500);
		while (System.nanoTime() - since < limit.toNanos()) {
			try (Connection connection = DatabaseRoles.connect(jdbcUrl, login)) {
				return System.nanoTime();
			}
			catch (SQLException ex) {
				Thread.sleep(50);
			}
		}
		throw new AssertionError("The database was not started again within " + limit);
	}

	/** When the first contact started after the given moment was saved. */
	private static long waitForSavedAfter(List<Answer> answers, long since, Duration limit)
			throws InterruptedException {
		while (System.nanoTime() - since < limit.toNanos()) {
			synchronized (answers) {
				for (Answer answer : answers) {
					if (answer.savedContact() != null && answer.startedNanos() >= since) {
						return answer.startedNanos() + TimeUnit.MILLISECONDS.toNanos(answer.millis());
					}
				}
			}
			Thread.sleep(50);
		}
		throw new AssertionError("No contact was saved within " + limit + " of the database's return");
	}

}
