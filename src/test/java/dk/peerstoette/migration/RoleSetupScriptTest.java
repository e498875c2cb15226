package dk.peerstoette.migration;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * The compose file's role set-up (src/main/docker/initdb/01-roles.sh) run as on a managed
 * PostgreSQL: by an owner that has CREATEROLE but is no superuser, with a password made
 * to break out of a quoted SQL string. Runs on a PostgreSQL of its own (roles belong to a
 * whole server) that asks every login but the test's superuser for its password, with the
 * machine's {@code psql} (15 or newer; skipped without one).
 */
class RoleSetupScriptTest {

	private static final Path SCRIPT = Path.of("src/main/docker/initdb/01-roles.sh");

	private static final Path PRIVILEGES = Path.of("src/main/resources/db/roles/application-privileges.sql");

	/**
	 * Would end the statement and make the application a superuser if spliced into SQL.
	 */
	private static final String HOSTILE_PASSWORD = "x'; alter role peerstoette_app superuser; --:'v' \"$(id)\" \\\\";

	private static final String OWNER_PASSWORD = "managed-owner-Pa55";

	@TempDir
	static Path directory;

	static EmbeddedPostgres server;

	@BeforeAll
	static void managedServer() throws Exception {
		assumeThat(psqlVersion()).as("psql 15 or newer on PATH").isGreaterThanOrEqualTo(15);
		server = EmbeddedPostgres.builder()
			.setDataDirectory(directory.resolve("pg"))
			.setCleanDataDirectory(true)
			.start();
		try (Connection connection = superuser(); Statement statement = connection.createStatement()) {
			statement.execute("create role cloud_owner login createrole nosuperuser password '" + OWNER_PASSWORD + "'");
			statement.execute("create database peerstoette owner cloud_owner");
			statement.execute("revoke all on database peerstoette from public");
		}
		// Every login but the test's own superuser now has to give its password.
		Files.writeString(directory.resolve("pg/pg_hba.conf"), """
				host all postgres 127.0.0.1/32 trust
				host all all 127.0.0.1/32 scram-sha-256
				host all all ::1/128 scram-sha-256
				""");
		try (Connection connection = superuser(); Statement statement = connection.createStatement()) {
			statement.execute("select pg_reload_conf()");
		}
		// An existing table of the owner's, as after the migrations.
		try (Connection connection = login("cloud_owner", OWNER_PASSWORD);
				Statement statement = connection.createStatement()) {
			statement.execute("create table audit_event (id bigint)");
		}
	}

	@AfterAll
	static void stop() throws IOException {
		if (server != null) {
			server.close();
		}
	}

	@Test
	void aCreateRoleOwnerSetsUpTheApplicationRoleWithAPasswordTakenLiterally() throws Exception {
		assertThat(runScript(HOSTILE_PASSWORD)).isZero();
		try (Connection connection = login("peerstoette_app", HOSTILE_PASSWORD);
				Statement statement = connection.createStatement()) {
			statement.executeQuery("select count(*) from audit_event").close();
			var rights = statement
				.executeQuery("select rolsuper, rolcreaterole from pg_roles where rolname = current_user");
			rights.next();
			assertThat(rights.getBoolean(1)).isFalse();
			assertThat(rights.getBoolean(2)).isFalse();
			assertThatThrownBy(() -> statement.execute("alter table audit_event disable trigger all"))
				.hasMessageContaining("must be owner");
		}
		// Run again (a second deployment, or a new password): the role gets the new one.
		assertThat(runScript("second-App-Pa55word")).isZero();
		try (Connection connection = login("peerstoette_app", "second-App-Pa55word")) {
			assertThat(connection.isValid(1)).isTrue();
		}
		assertThatThrownBy(() -> login("peerstoette_app", HOSTILE_PASSWORD)).isInstanceOf(SQLException.class);
	}

	/**
	 * The script as the shell sees it: it parses, and ShellCheck (where installed) finds
	 * nothing.
	 */
	@Test
	void theScriptPassesItsChecks() throws Exception {
		assertThat(exitCode("bash", "-n", SCRIPT.toString())).isZero();
		assumeThat(exitCode("shellcheck", "--version")).as("shellcheck installed").isZero();
		assertThat(exitCode("shellcheck", SCRIPT.toString())).isZero();
	}

	private static int exitCode(String... command) throws InterruptedException {
		try {
			Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
			process.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
			assertThat(process.waitFor(1, TimeUnit.MINUTES)).isTrue();
			return process.exitValue();
		}
		catch (IOException ex) {
			return -1;
		}
	}

	private static int runScript(String appPassword) throws Exception {
		ProcessBuilder builder = new ProcessBuilder("bash", SCRIPT.toString()).redirectErrorStream(true);
		Map<String, String> environment = builder.environment();
		environment.put("PGHOST", "127.0.0.1");
		environment.put("PGPORT", Integer.toString(server.getPort()));
		environment.put("PGUSER", "cloud_owner");
		environment.put("PGPASSWORD", OWNER_PASSWORD);
		environment.put("PGDATABASE", "peerstoette");
		environment.put("APP_DB_PASSWORD", appPassword);
		environment.put("APP_PRIVILEGES_SQL", PRIVILEGES.toString());
		Process process = builder.start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(1, TimeUnit.MINUTES)).isTrue();
		assertThat(output).doesNotContain(appPassword).doesNotContain("ERROR");
		return process.exitValue();
	}

	private static int psqlVersion() {
		try {
			Process process = new ProcessBuilder("psql", "--version").redirectErrorStream(true).start();
			String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			process.waitFor(10, TimeUnit.SECONDS);
			java.util.regex.Matcher version = java.util.regex.Pattern.compile(" (\\d+)\\.").matcher(output);
			return version.find() ? Integer.parseInt(version.group(1)) : 0;
		}
		catch (IOException | InterruptedException ex) {
			return 0;
		}
	}

	private static Connection superuser() throws SQLException {
		return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + server.getPort() + "/postgres", "postgres",
				"");
	}

	private static Connection login(String user, String password) throws SQLException {
		return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + server.getPort() + "/peerstoette", user,
				password);
	}

}
