package dk.peerstoette.database;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;

/**
 * A data directory as the releases before password authentication left it: a cluster
 * initialised with trust for every local connection, every object owned by the superuser
 * {@code postgres}, and the schema migrated up to {@code target}.
 */
final class OldReleaseDataDirectory {

	private OldReleaseDataDirectory() {
	}

	/**
	 * Creates it in {@code dataDirectory} and runs {@code statements} as {@code postgres}
	 * before the server stops.
	 */
	static void create(Path dataDirectory, String target, String... statements) throws IOException, SQLException {
		try (EmbeddedPostgres old = EmbeddedPostgres.builder()
			.setDataDirectory(dataDirectory.resolve("postgres"))
			.setCleanDataDirectory(false)
			.setLocaleConfig("locale", "C.UTF-8")
			.setServerConfig("listen_addresses", "localhost")
			.start()) {
			String url = "jdbc:postgresql://localhost:" + old.getPort() + "/postgres";
			Flyway.configure()
				.dataSource(url, "postgres", "")
				.locations("classpath:db/migration")
				.target(target)
				.load()
				.migrate();
			try (Connection connection = old.getPostgresDatabase().getConnection();
					Statement statement = connection.createStatement()) {
				for (String sql : statements) {
					statement.execute(sql);
				}
			}
		}
	}

}
