package dk.peerstoette;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.jspecify.annotations.Nullable;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.init.ScriptUtils;

/**
 * The one PostgreSQL server of a test run: Testcontainers' {@code postgres:17} where
 * Docker runs, else an embedded PostgreSQL 17 in a temporary directory. Started once per
 * JVM and stopped when it exits. {@code -Dtest.database=embedded} (or {@code docker})
 * forces a choice.
 * <p>
 * Its databases are set up as the application's are everywhere else: owned by
 * {@code peerstoette_owner}, which Flyway migrates as, and used by
 * {@code peerstoette_app}, which may read and write rows but owns nothing
 * ({@code db/roles/application-privileges.sql}). So the whole suite runs with the
 * application's least privilege.
 */
public final class TestPostgres {

	/** A role and its password. */
	public record Login(String username, String password) {

	}

	private static final Login OWNER = new Login("peerstoette_owner", "owner-test-Pa55word");

	private static final Login APPLICATION = new Login("peerstoette_app", "app-test-Pa55word");

	private static TestPostgres instance;

	/** The superuser's own database: where databases and roles are made. */
	private final String serverUrl;

	private final Login superuser;

	private final String jdbcUrl;

	private @Nullable String moduleTestsUrl;

	private TestPostgres(String serverUrl, Login superuser) {
		this.serverUrl = serverUrl;
		this.superuser = superuser;
		createRoles();
		this.jdbcUrl = createEmptyDatabase("peerstoette");
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
		return new TestPostgres(container.getJdbcUrl(), new Login(container.getUsername(), container.getPassword()));
	}

	private static TestPostgres startEmbedded() {
		try {
			EmbeddedPostgres postgres = EmbeddedPostgres.builder().setRegisterShutdownHook(true).start();
			// The URL names no user, so a test may connect as another role.
			return new TestPostgres("jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres",
					new Login("postgres", ""));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void createRoles() {
		try (Connection connection = connect(this.serverUrl, this.superuser);
				Statement statement = connection.createStatement()) {
			for (Login role : List.of(OWNER, APPLICATION)) {
				statement.execute("do $$ begin if not exists (select from pg_roles where rolname = '" + role.username()
						+ "') then create role " + role.username() + " login password '" + role.password()
						+ "'; end if; end $$");
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The database the application's tests use. */
	public String jdbcUrl() {
		return this.jdbcUrl;
	}

	/**
	 * The database of the {@link ModuleTest}s: migrated, without the demo data, and apart
	 * from the one of {@link IntegrationTest}, so that what a module test writes is never
	 * seen by a test that counts the demo programme, nor taken by the demo loader for a
	 * programme already there.
	 */
	public synchronized String moduleTestsUrl() {
		if (this.moduleTestsUrl == null) {
			this.moduleTestsUrl = createEmptyDatabase("peerstoette_modules");
		}
		return this.moduleTestsUrl;
	}

	/** The server's superuser, for what only it may do. */
	public Login superuser() {
		return this.superuser;
	}

	/** Owns the schema: for Flyway. */
	public Login owner() {
		return OWNER;
	}

	/** Reads and writes rows, owns nothing: for the application. */
	public Login application() {
		return APPLICATION;
	}

	/**
	 * A new, empty database on the same server, owned by {@link #owner()} and open to
	 * {@link #application()} as in production, for tests that need to start from nothing.
	 */
	public String createEmptyDatabase(String name) {
		try (Connection connection = connect(this.serverUrl, this.superuser);
				Statement statement = connection.createStatement()) {
			statement.execute("drop database if exists " + name);
			statement.execute("create database " + name + " owner " + OWNER.username());
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
		String url = this.serverUrl.replaceFirst("/[^/?]+(\\?|$)", "/" + name + "$1");
		try (Connection connection = connect(url, OWNER)) {
			ScriptUtils.executeSqlScript(connection, new ClassPathResource("db/roles/application-privileges.sql"));
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
		return url;
	}

	private static Connection connect(String url, Login login) throws SQLException {
		return DriverManager.getConnection(url, login.username(), login.password());
	}

}
