package dk.peerstoette.database;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.bootstrap.DefaultBootstrapContext;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The embedded PostgreSQL that {@code main} starts while Spring reads its configuration:
 * the application gets that very server, or the reason it could not start; a server that
 * nothing claimed is stopped; and with a datasource URL nothing starts at all
 * ({@link ForgottenProfileTest} runs the whole application so).
 */
class EmbeddedDatabaseEarlyStartTest {

	@TempDir
	Path dataDirectory;

	private final SpringApplication application = new SpringApplication();

	@Test
	void theApplicationGetsTheServerStartedEarly() throws Exception {
		EmbeddedDatabaseEarlyStart early = new EmbeddedDatabaseEarlyStart();
		early.onApplicationEvent(environmentPrepared(Map.of()));
		try (EmbeddedPostgresServer server = early.take(data(), embedded())) {
			EmbeddedPostgresServerTest.execute(server.jdbcUrl(), server.application(), "select 1");
			assertThat(Files.readAllLines(this.dataDirectory.resolve("postgres/postmaster.pid")).get(0))
				.as("the server of this data directory")
				.isEqualTo(Long.toString(server.postmasterPid()));
			// Claimed: the end of the start leaves it running.
			early.onApplicationEvent(failed());
			EmbeddedPostgresServerTest.execute(server.jdbcUrl(), server.application(), "select 1");
		}
	}

	@Test
	void aServerNothingClaimedIsStoppedWhenTheStartFails() throws Exception {
		EmbeddedDatabaseEarlyStart early = new EmbeddedDatabaseEarlyStart();
		early.onApplicationEvent(environmentPrepared(Map.of()));
		early.onApplicationEvent(failed());
		// Its lock is released and its server stopped, so a new one starts on the
		// directory.
		try (EmbeddedPostgresServer again = EmbeddedPostgresServer.start(this.dataDirectory, 0)) {
			EmbeddedPostgresServerTest.execute(again.jdbcUrl(), again.application(), "select 1");
		}
	}

	@Test
	void aStartThatFailedIsReportedAsAStartInPlaceWouldBe() throws Exception {
		try (EmbeddedPostgresServer running = EmbeddedPostgresServer.start(this.dataDirectory, 0)) {
			EmbeddedDatabaseEarlyStart early = new EmbeddedDatabaseEarlyStart();
			early.onApplicationEvent(environmentPrepared(Map.of()));
			assertThatThrownBy(() -> early.take(data(), embedded())).isInstanceOf(DataDirectoryInUseException.class);
			EmbeddedPostgresServerTest.execute(running.jdbcUrl(), running.application(), "select 1");
		}
	}

	@Test
	void aDatasourceUrlStartsNothing() {
		EmbeddedDatabaseEarlyStart early = new EmbeddedDatabaseEarlyStart();
		early.onApplicationEvent(
				environmentPrepared(Map.of("spring.datasource.url", "jdbc:postgresql://db.example/peerstoette")));
		early.onApplicationEvent(failed());
		assertThat(this.dataDirectory).isEmptyDirectory();
	}

	@Test
	void theEmbeddedDatabaseSwitchedOffStartsNothing() {
		EmbeddedDatabaseEarlyStart early = new EmbeddedDatabaseEarlyStart();
		early.onApplicationEvent(environmentPrepared(Map.of("app.embedded-database.enabled", "false")));
		early.onApplicationEvent(failed());
		assertThat(this.dataDirectory).isEmptyDirectory();
	}

	private ApplicationEnvironmentPreparedEvent environmentPrepared(Map<String, Object> settings) {
		Map<String, Object> properties = new HashMap<>();
		properties.put("app.data-dir", this.dataDirectory.toString());
		properties.put("app.embedded-database.enabled", "true");
		properties.putAll(settings);
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources().addFirst(new MapPropertySource("test", properties));
		return new ApplicationEnvironmentPreparedEvent(new DefaultBootstrapContext(), this.application, new String[0],
				environment);
	}

	private ApplicationFailedEvent failed() {
		return new ApplicationFailedEvent(this.application, new String[0], null, new IllegalStateException("test"));
	}

	private DataDirectoryProperties data() {
		return new DataDirectoryProperties(this.dataDirectory);
	}

	private static EmbeddedDatabaseProperties embedded() {
		return new EmbeddedDatabaseProperties(true, 0, EmbeddedPostgresServer.DEFAULT_RESTART_BACKOFF);
	}

}
