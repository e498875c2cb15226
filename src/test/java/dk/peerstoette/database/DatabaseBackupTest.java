package dk.peerstoette.database;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.zip.ZipFile;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code --backup} and {@code --restore} with only the JDK: a backup of a running
 * application's database restores into a fresh data directory with the same rows in every
 * table and the same contents; a restore into the data directory of a running
 * application, or over a database, is refused and changes nothing.
 */
class DatabaseBackupTest {

	private static final String AUDIT_CONTENTS = "select string_agg(id || '|' || action || '|' || outcome || '|' "
			+ "|| coalesce(detail, '∅') || '|' || occurred_at::text, E'\\n' order by id) from audit_event";

	@TempDir
	Path directory;

	@Test
	void aBackupOfARunningApplicationRestoresIntoAFreshDataDirectoryWithIdenticalRowsPerTable() throws Exception {
		Path live = this.directory.resolve("live");
		Path fresh = this.directory.resolve("fresh");
		Path backup = this.directory.resolve("backups/peerstoette.zip");
		Map<String, Long> liveRows;
		String liveAudit;
		try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(live, 0)) {
			Flyway.configure()
				.dataSource(server.jdbcUrl(), server.owner().username(), server.owner().password())
				.locations("classpath:db/migration")
				.load()
				.migrate();
			try (Connection connection = DatabaseRoles.connect(server.jdbcUrl(), server.application());
					Statement statement = connection.createStatement()) {
				// Text that COPY must escape: tab, line break, backslash, and not ASCII.
				statement.execute("insert into audit_event (action, outcome, detail) values "
						+ "('SIGN_IN', 'FAILURE', E'tab\\there\\nnew line \\\\ back-slash, æøå'), "
						+ "('SIGN_IN', 'SUCCESS', null), ('SIGN_OUT', 'SUCCESS', 'x')");
			}
			liveRows = rowsPerTable(server);
			liveAudit = query(server, AUDIT_CONTENTS);

			assertThat(DatabaseBackup.run(new String[] { "--backup=" + backup, "--app.data-dir=" + live })).isZero();
			if (DatabasePasswords.isPosix(backup)) {
				assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(backup))).isEqualTo("rw-------");
			}

			assertThat(DatabaseBackup
				.run(new String[] { "--restore", backup.toString(), "--app.data-dir", live.toString() }))
				.as("a restore into the running application's data directory")
				.isEqualTo(2);
			assertThat(rowsPerTable(server)).as("the running database is unchanged").isEqualTo(liveRows);
			assertThat(query(server, AUDIT_CONTENTS)).isEqualTo(liveAudit);
		}
		assertThat(liveRows.get("audit_event")).isEqualTo(3);
		assertThat(manifestRows(backup)).isEqualTo(liveRows);

		assertThat(DatabaseBackup.run(new String[] { "--restore=" + backup, "--app.data-dir=" + fresh })).isZero();
		try (EmbeddedPostgresServer restored = EmbeddedPostgresServer.start(fresh, 0)) {
			assertThat(rowsPerTable(restored)).isEqualTo(liveRows);
			assertThat(query(restored, AUDIT_CONTENTS)).isEqualTo(liveAudit);
			try (Connection connection = DatabaseRoles.connect(restored.jdbcUrl(), restored.application());
					Statement statement = connection.createStatement()) {
				// The sequences carry on after the restored rows.
				statement.execute("insert into audit_event (action, outcome) values ('SIGN_IN', 'SUCCESS')");
			}
			assertThat(query(restored, "select count(*) from audit_event")).isEqualTo("4");
		}

		assertThat(DatabaseBackup.run(new String[] { "--restore=" + backup, "--app.data-dir=" + fresh }))
			.as("a restore over a database")
			.isEqualTo(2);
		try (EmbeddedPostgresServer restored = EmbeddedPostgresServer.start(fresh, 0)) {
			assertThat(query(restored, "select count(*) from audit_event")).isEqualTo("4");
		}
	}

	@Test
	void aBackupWhileTheApplicationIsStoppedStartsTheDatabaseForItself() throws Exception {
		Path data = this.directory.resolve("data");
		Path backup = this.directory.resolve("stopped.zip");
		try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(data, 0)) {
			Flyway.configure()
				.dataSource(server.jdbcUrl(), server.owner().username(), server.owner().password())
				.locations("classpath:db/migration")
				.load()
				.migrate();
		}
		assertThat(DatabaseBackup.run(new String[] { "--backup=" + backup, "--app.data-dir=" + data })).isZero();
		assertThat(manifestRows(backup)).containsKey("flyway_schema_history");
		assertThat(DatabaseBackup.isInUse(data.toAbsolutePath())).as("the data directory is free again").isFalse();
	}

	private static Map<String, Long> rowsPerTable(EmbeddedPostgresServer server) throws SQLException {
		Map<String, Long> rows = new TreeMap<>();
		try (Connection connection = DatabaseRoles.connect(server.jdbcUrl(), server.owner());
				Statement statement = connection.createStatement();
				ResultSet tables = statement
					.executeQuery("select tablename from pg_tables where schemaname = 'public' order by 1")) {
			while (tables.next()) {
				rows.put(tables.getString(1), 0L);
			}
		}
		for (String table : rows.keySet()) {
			rows.put(table, Long.valueOf(query(server, "select count(*) from public.\"" + table + "\"")));
		}
		return rows;
	}

	private static String query(EmbeddedPostgresServer server, String sql) throws SQLException {
		try (Connection connection = DatabaseRoles.connect(server.jdbcUrl(), server.owner());
				Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery(sql)) {
			result.next();
			return result.getString(1);
		}
	}

	private static Map<String, Long> manifestRows(Path backup) throws Exception {
		Properties manifest = new Properties();
		try (ZipFile zip = new ZipFile(backup.toFile());
				InputStream stream = zip.getInputStream(zip.getEntry(DatabaseBackup.MANIFEST))) {
			manifest.load(stream);
		}
		Map<String, Long> rows = new TreeMap<>();
		manifest.stringPropertyNames()
			.stream()
			.filter((key) -> key.startsWith("table.") && key.endsWith(".rows"))
			.forEach((key) -> rows.put(key.substring(6, key.length() - 5), Long.valueOf(manifest.getProperty(key))));
		return rows;
	}

}
