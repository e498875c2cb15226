package dk.peerstoette;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The one PostgreSQL server of a test run: Testcontainers' {@code postgres:17} where
 * Docker runs, else an embedded PostgreSQL 17 in a temporary directory. Started once per
 * JVM and stopped when it exits. {@code -Dtest.database=embedded} (or {@code docker})
 * forces a choice.
 */
public final class TestPostgres {

	private static TestPostgres instance;

	private final String jdbcUrl;

	private final String username;

	private final String password;

	private TestPostgres(String jdbcUrl, String username, String password) {
		this.jdbcUrl = jdbcUrl;
		this.username = username;
		this.password = password;
	}

	public static synchronized TestPostgres get() {
		if (instance == null) {
			instance = useDocker() ? startContainer() : startEmbedded();
		}
		return instance;
	}

	private static boolean useDocker() {
		String choice = System.getProperty("test.database", "auto");
		if (choice.equals("embedded")) {
			return false;
		}
		return choice.equals("docker") || DockerClientFactory.instance().isDockerAvailable();
	}

	@SuppressWarnings("resource") // stopped by Testcontainers' reaper and shutdown hook
	private static TestPostgres startContainer() {
		PostgreSQLContainer container = new PostgreSQLContainer("postgres:17");
		container.start();
		return new TestPostgres(container.getJdbcUrl(), container.getUsername(), container.getPassword());
	}

	private static TestPostgres startEmbedded() {
		try {
			EmbeddedPostgres postgres = EmbeddedPostgres.builder().setRegisterShutdownHook(true).start();
			// The URL names no user, so a test may connect as another role.
			return new TestPostgres("jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres", "postgres", "");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public String jdbcUrl() {
		return this.jdbcUrl;
	}

	public String username() {
		return this.username;
	}

	public String password() {
		return this.password;
	}

	/**
	 * A new, empty database on the same server, for tests that need to start from
	 * nothing.
	 */
	public String createEmptyDatabase(String name) {
		try (Connection connection = DriverManager.getConnection(this.jdbcUrl, this.username, this.password);
				Statement statement = connection.createStatement()) {
			statement.execute("drop database if exists " + name);
			statement.execute("create database " + name);
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
		return this.jdbcUrl.replaceFirst("/[^/?]+(\\?|$)", "/" + name + "$1");
	}

}
