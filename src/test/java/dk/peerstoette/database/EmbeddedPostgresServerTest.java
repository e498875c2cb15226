package dk.peerstoette.database;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.diagnostics.FailureAnalysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The embedded database that `./mvnw spring-boot:run` uses, on a real data directory. */
class EmbeddedPostgresServerTest {

	@TempDir
	Path dataDirectory;

	@Test
	void keepsItsDataAcrossARestart() throws Exception {
		try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(this.dataDirectory, 0)) {
			execute(server, "create table kept (note text)", "insert into kept values ('still here')");
		}
		try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(this.dataDirectory, 0);
				Connection connection = connect(server);
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("select note from kept")) {
			assertThat(rows.next()).isTrue();
			assertThat(rows.getString(1)).isEqualTo("still here");
		}
		assertThat(this.dataDirectory.resolve("postgres/PG_VERSION")).content().startsWith("17");
	}

	@Test
	void writesEveryCommitToDisk() throws Exception {
		try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(this.dataDirectory, 0);
				Connection connection = connect(server);
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("select current_setting('fsync'), "
						+ "current_setting('synchronous_commit'), current_setting('server_version_num')::int / 10000")) {
			assertThat(rows.next()).isTrue();
			assertThat(rows.getString(1)).isEqualTo("on");
			assertThat(rows.getString(2)).isEqualTo("on");
			assertThat(rows.getInt(3)).isEqualTo(17);
		}
	}

	@Test
	void aSecondInstanceOnTheSameDirectoryIsRefusedWithAClearMessage() throws Exception {
		try (EmbeddedPostgresServer first = EmbeddedPostgresServer.start(this.dataDirectory, 0)) {
			assertThatThrownBy(() -> EmbeddedPostgresServer.start(this.dataDirectory, 0))
				.isInstanceOfSatisfying(DataDirectoryInUseException.class, (refused) -> {
					FailureAnalysis analysis = new DataDirectoryInUseFailureAnalyzer().analyze(refused);
					assertThat(analysis.getDescription()).contains("already running")
						.contains(this.dataDirectory.toAbsolutePath().toString());
					assertThat(analysis.getAction()).contains("APP_DATA_DIR");
				});
			// The first one is unharmed.
			execute(first, "select 1");
		}
	}

	private static void execute(EmbeddedPostgresServer server, String... statements) throws SQLException {
		try (Connection connection = connect(server); Statement statement = connection.createStatement()) {
			for (String sql : statements) {
				statement.execute(sql);
			}
		}
	}

	private static Connection connect(EmbeddedPostgresServer server) throws SQLException {
		return DriverManager.getConnection(server.jdbcUrl(), EmbeddedPostgresServer.USERNAME, "");
	}

}
