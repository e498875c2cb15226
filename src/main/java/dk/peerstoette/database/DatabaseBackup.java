package dk.peerstoette.database;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;

/**
 * Backup and restore of the embedded database with nothing but the JDK: the PostgreSQL
 * programs the application ships hold no {@code pg_dump}, and a machine's own
 * {@code pg_dump} is often older than the server and refuses it.
 * <p>
 * A backup is a zip of every table of the schema in PostgreSQL's {@code COPY} text
 * format, read in one snapshot (so the tables agree with each other, as with
 * {@code pg_dump}), with a manifest: the schema's Flyway version, each table's columns
 * and rows, and each sequence's value. It is made from the running application's server
 * when the application runs, else from a server started for it.
 * <p>
 * A restore goes into a data directory that holds no database: it refuses one that the
 * application is running on (the data directory's lock says so) or that holds a database,
 * which it will not overwrite. It creates the cluster, migrates the schema to the
 * backup's version, loads every table, sets the sequences, and checks each table's rows
 * against the manifest.
 */
public final class DatabaseBackup {

	static final String MANIFEST = "manifest.properties";

	private static final String FORMAT = "1";

	private static final String SCHEMA = "public";

	private DatabaseBackup() {
	}

	/**
	 * Whether the command line asks for a backup or a restore ({@code --backup=FILE},
	 * {@code --restore=FILE}) instead of running the application.
	 */
	public static boolean isCommand(String[] args) {
		return option(args, "backup").isPresent() || option(args, "restore").isPresent();
	}

	/**
	 * {@link #run} from {@code main}: without the application, nothing has set the log
	 * levels, and the libraries would print every step; what this does is said on the
	 * console itself.
	 */
	public static int runFromCommandLine(String[] args) {
		LoggingSystem.get(DatabaseBackup.class.getClassLoader())
			.setLogLevel(LoggingSystem.ROOT_LOGGER_NAME, LogLevel.WARN);
		return run(args);
	}

	/**
	 * Runs the backup or restore the command line asks for, on {@code --app.data-dir}
	 * (else {@code APP_DATA_DIR}, else {@code ./data}).
	 * @return the process's exit code: 0 when done and checked
	 */
	public static int run(String[] args) {
		Path dataDirectory = Path
			.of(option(args, "app.data-dir").or(() -> Optional.ofNullable(System.getenv("APP_DATA_DIR")))
				.orElse("./data"));
		PrintStream out = System.out;
		try {
			Optional<String> backup = option(args, "backup");
			if (backup.isPresent()) {
				Manifest manifest = backup(dataDirectory, Path.of(backup.get()));
				out.println("Backed up " + dataDirectory + " (schema version " + manifest.schemaVersion() + ") to "
						+ backup.get() + ":");
				manifest.rows().forEach((table, rows) -> out.printf("  %-40s %d rows%n", table, rows));
				return 0;
			}
			Path file = Path.of(option(args, "restore").orElseThrow());
			Manifest manifest = restore(file, dataDirectory);
			out.println("Restored " + file + " into " + dataDirectory + " (schema version " + manifest.schemaVersion()
					+ "); every table has the rows the backup's manifest lists:");
			manifest.rows().forEach((table, rows) -> out.printf("  %-40s %d rows%n", table, rows));
			return 0;
		}
		catch (RefusedException | DataDirectoryInUseException ex) {
			System.err.println(ex.getMessage());
			return 2;
		}
		catch (IOException | SQLException | RuntimeException ex) {
			System.err.println("Failed: " + ex);
			return 1;
		}
	}

	/** What a backup holds, read from and written to its manifest. */
	record Manifest(String schemaVersion, Map<String, Long> rows, Map<String, List<String>> columns,
			Map<String, String> sequences) {

		Properties toProperties(String serverVersion, String snapshotTakenAt) {
			Properties properties = new Properties();
			properties.setProperty("format", FORMAT);
			properties.setProperty("snapshot-taken-at", snapshotTakenAt);
			properties.setProperty("server-version", serverVersion);
			properties.setProperty("schema-version", this.schemaVersion);
			this.rows.forEach((table, count) -> {
				properties.setProperty("table." + table + ".rows", String.valueOf(count));
				properties.setProperty("table." + table + ".columns", String.join(",", this.columns.get(table)));
			});
			this.sequences.forEach((sequence, value) -> properties.setProperty("sequence." + sequence, value));
			return properties;
		}

		static Manifest of(Properties properties) throws RefusedException {
			if (!FORMAT.equals(properties.getProperty("format"))) {
				throw new RefusedException("This is no backup of this application, or one of a later format");
			}
			Map<String, Long> rows = new TreeMap<>();
			Map<String, List<String>> columns = new TreeMap<>();
			Map<String, String> sequences = new TreeMap<>();
			for (String key : properties.stringPropertyNames()) {
				if (key.startsWith("table.") && key.endsWith(".rows")) {
					String table = key.substring("table.".length(), key.length() - ".rows".length());
					rows.put(table, Long.valueOf(properties.getProperty(key)));
					columns.put(table, List.of(properties.getProperty("table." + table + ".columns").split(",")));
				}
				else if (key.startsWith("sequence.")) {
					sequences.put(key.substring("sequence.".length()), properties.getProperty(key));
				}
			}
			return new Manifest(properties.getProperty("schema-version"), rows, columns, sequences);
		}

	}

	/**
	 * Writes the backup to a file beside the target and moves it into place when it is
	 * complete, readable by its owner only: it holds every record.
	 */
	static Manifest backup(Path dataDirectory, Path target) throws IOException, SQLException {
		Path root = dataDirectory.toAbsolutePath().normalize();
		if (!Files.exists(root.resolve("postgres").resolve("PG_VERSION"))) {
			throw new RefusedException("There is no database in " + root);
		}
		Path file = target.toAbsolutePath().normalize();
		Files.createDirectories(file.getParent());
		Path partial = DatabasePasswords.isPosix(file.getParent())
				? Files.createTempFile(file.getParent(), file.getFileName().toString(), ".partial",
						PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))
				: Files.createTempFile(file.getParent(), file.getFileName().toString(), ".partial");
		EmbeddedPostgresServer started = null;
		try {
			DatabasePasswords passwords = DatabasePasswords.read(root)
				.orElseThrow(() -> new RefusedException("There are no database passwords in " + root));
			String jdbcUrl;
			if (isInUse(root)) {
				// The application's server: its port is in postmaster.pid.
				long port = PostmasterSupervisor.postmasterPort(root.resolve("postgres"))
					.orElseThrow(() -> new RefusedException("The application holds " + root + " but its database "
							+ "is not running: wait until it has started, or stop it"));
				jdbcUrl = "jdbc:postgresql://localhost:" + port + "/postgres";
			}
			else {
				started = EmbeddedPostgresServer.start(root, 0);
				jdbcUrl = started.jdbcUrl();
			}
			Manifest manifest;
			// As the superuser, who reads every table whatever its grants.
			try (Connection connection = DatabaseRoles.connect(jdbcUrl, passwords.superuser());
					ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(partial))) {
				manifest = dump(connection, zip);
			}
			Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			return manifest;
		}
		finally {
			Files.deleteIfExists(partial);
			if (started != null) {
				started.close();
			}
		}
	}

	private static Manifest dump(Connection connection, ZipOutputStream zip) throws SQLException, IOException {
		connection.setAutoCommit(false);
		try (Statement statement = connection.createStatement()) {
			// One snapshot for every table, as pg_dump takes.
			statement.execute("set transaction isolation level repeatable read, read only");
			sessionSettings(statement);
		}
		String serverVersion = single(connection, "show server_version");
		// The moment the backup shows: its snapshot's, in the database's time.
		String takenAt = single(connection, "select to_char(now(), 'YYYY-MM-DD\"T\"HH24:MI:SS.USOF')");
		String schemaVersion = single(connection,
				"select version from flyway_schema_history where success and version is not null "
						+ "order by installed_rank desc limit 1");
		Map<String, List<String>> columns = columns(connection);
		Map<String, Long> rows = new TreeMap<>();
		CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
		for (Map.Entry<String, List<String>> table : columns.entrySet()) {
			zip.putNextEntry(new ZipEntry("tables/" + table.getKey() + ".copy"));
			long count = copy.copyOut(
					"copy " + qualified(table.getKey()) + " (" + quoted(table.getValue()) + ") to stdout",
					new NonClosing(zip));
			zip.closeEntry();
			rows.put(table.getKey(), count);
		}
		Map<String, String> sequences = new TreeMap<>();
		try (Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery("select sequencename, last_value from pg_sequences "
						+ "where schemaname = '" + SCHEMA + "' and last_value is not null")) {
			while (result.next()) {
				sequences.put(result.getString(1), result.getString(2));
			}
		}
		connection.commit();
		Manifest manifest = new Manifest(schemaVersion, rows, columns, sequences);
		zip.putNextEntry(new ZipEntry(MANIFEST));
		manifest.toProperties(serverVersion, takenAt).store(new NonClosing(zip), "Peer-støtte database backup");
		zip.closeEntry();
		return manifest;
	}

	/**
	 * Restores into a data directory that holds no database, then checks every table's
	 * rows.
	 */
	static Manifest restore(Path backup, Path dataDirectory) throws IOException, SQLException {
		Path root = dataDirectory.toAbsolutePath().normalize();
		if (isInUse(root)) {
			throw new RefusedException("The application is running on " + root
					+ ": a restore never goes into a running database. Stop the application first.");
		}
		if (Files.exists(root.resolve("postgres").resolve("PG_VERSION"))) {
			throw new RefusedException(root + " already holds a database, which a restore will not overwrite. "
					+ "Move it away (keep it until the restored one is checked) and restore again.");
		}
		try (ZipFile zip = new ZipFile(backup.toFile())) {
			ZipEntry manifestEntry = zip.getEntry(MANIFEST);
			if (manifestEntry == null) {
				throw new RefusedException(backup + " is no backup of this application: it has no " + MANIFEST);
			}
			Properties properties = new Properties();
			try (InputStream stream = zip.getInputStream(manifestEntry)) {
				properties.load(stream);
			}
			Manifest manifest = Manifest.of(properties);
			try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(root, 0)) {
				migrate(server, manifest.schemaVersion());
				try (Connection connection = DatabaseRoles.connect(server.jdbcUrl(),
						DatabasePasswords.read(root)
							.orElseThrow(() -> new IllegalStateException("The new cluster wrote no passwords"))
							.superuser())) {
					load(connection, zip, manifest);
					verify(connection, manifest);
				}
			}
			return manifest;
		}
	}

	/**
	 * The schema as the backup's release left it; later migrations run at the next start.
	 */
	private static void migrate(EmbeddedPostgresServer server, String version) {
		Flyway flyway = Flyway.configure()
			.dataSource(server.jdbcUrl(), server.owner().username(), server.owner().password())
			.locations("classpath:db/migration")
			.target(MigrationVersion.fromVersion(version))
			.load();
		MigrationVersion wanted = MigrationVersion.fromVersion(version);
		if (Arrays.stream(flyway.info().all()).noneMatch((migration) -> wanted.equals(migration.getVersion()))) {
			throw new RefusedException("This release has no schema version " + version
					+ ", the backup's: restore it with the release that made it");
		}
		flyway.migrate();
	}

	/**
	 * In one transaction, with the triggers off (the access log's refuses a truncate; the
	 * summaries' would mark every month stale): what the migrations inserted goes, the
	 * backup's rows come in.
	 */
	private static void load(Connection connection, ZipFile zip, Manifest manifest) throws SQLException, IOException {
		connection.setAutoCommit(false);
		Map<String, List<String>> present = columns(connection);
		if (!present.keySet().containsAll(manifest.rows().keySet())) {
			List<String> missing = new ArrayList<>(manifest.rows().keySet());
			missing.removeAll(present.keySet());
			throw new RefusedException("The schema of version " + manifest.schemaVersion() + " has no table "
					+ String.join(", ", missing) + ": the backup does not belong to this application");
		}
		try (Statement statement = connection.createStatement()) {
			sessionSettings(statement);
			statement.execute("set local session_replication_role = replica");
			List<String> tables = present.keySet().stream().map(DatabaseBackup::qualified).toList();
			statement.execute("truncate " + String.join(", ", tables));
		}
		CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
		for (Map.Entry<String, List<String>> table : manifest.columns().entrySet()) {
			ZipEntry entry = zip.getEntry("tables/" + table.getKey() + ".copy");
			if (entry == null) {
				throw new RefusedException("The backup lacks the rows of " + table.getKey());
			}
			try (InputStream rows = zip.getInputStream(entry)) {
				copy.copyIn("copy " + qualified(table.getKey()) + " (" + quoted(table.getValue()) + ") from stdin",
						rows);
			}
		}
		try (PreparedStatement setval = connection.prepareStatement("select setval(?::regclass, ?::bigint, true)")) {
			for (Map.Entry<String, String> sequence : manifest.sequences().entrySet()) {
				setval.setString(1, qualified(sequence.getKey()));
				setval.setString(2, sequence.getValue());
				setval.execute();
			}
		}
		connection.commit();
	}

	private static void verify(Connection connection, Manifest manifest) throws SQLException {
		Map<String, String> differences = new LinkedHashMap<>();
		try (Statement statement = connection.createStatement()) {
			for (Map.Entry<String, Long> table : manifest.rows().entrySet()) {
				try (ResultSet result = statement.executeQuery("select count(*) from " + qualified(table.getKey()))) {
					result.next();
					long restored = result.getLong(1);
					if (restored != table.getValue()) {
						differences.put(table.getKey(), restored + " rows, the backup " + table.getValue());
					}
				}
			}
		}
		if (!differences.isEmpty()) {
			throw new IllegalStateException("The restored database differs from the backup: " + differences);
		}
	}

	/**
	 * Whether an application (this one or another process) holds the data directory's
	 * lock.
	 */
	static boolean isInUse(Path root) throws IOException {
		Path lockFile = root.resolve("app.lock");
		if (!Files.exists(lockFile)) {
			return false;
		}
		try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
			FileLock lock = channel.tryLock();
			if (lock == null) {
				return true;
			}
			lock.release();
			return false;
		}
		catch (OverlappingFileLockException ex) {
			return true;
		}
	}

	private static void sessionSettings(Statement statement) throws SQLException {
		// Values written and read alike whatever the server's defaults.
		statement.execute("set local timezone = 'UTC'");
		statement.execute("set local datestyle = 'ISO'");
		statement.execute("set local intervalstyle = 'postgres'");
		statement.execute("set local extra_float_digits = 3");
	}

	/** Every table of the schema with its stored (not generated) columns, in order. */
	private static Map<String, List<String>> columns(Connection connection) throws SQLException {
		Map<String, List<String>> columns = new TreeMap<>();
		try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery("""
				select c.relname, a.attname
				from pg_class c
				join pg_namespace n on n.oid = c.relnamespace
				join pg_attribute a on a.attrelid = c.oid
				where n.nspname = '%s' and c.relkind in ('r', 'p')
				  and a.attnum > 0 and not a.attisdropped and a.attgenerated = ''
				order by c.relname, a.attnum
				""".formatted(SCHEMA))) {
			while (result.next()) {
				columns.computeIfAbsent(result.getString(1), (table) -> new ArrayList<>()).add(result.getString(2));
			}
		}
		return columns;
	}

	private static String single(Connection connection, String sql) throws SQLException {
		try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
			if (!result.next()) {
				throw new RefusedException("The database has no schema of this application");
			}
			return result.getString(1);
		}
	}

	private static String qualified(String table) {
		return SCHEMA + ".\"" + table.replace("\"", "\"\"") + "\"";
	}

	private static String quoted(List<String> columns) {
		return String.join(", ", columns.stream().map((column) -> "\"" + column.replace("\"", "\"\"") + "\"").toList());
	}

	private static Optional<String> option(String[] args, String name) {
		for (int i = 0; i < args.length; i++) {
			if (args[i].startsWith("--" + name + "=")) {
				return Optional.of(args[i].substring(name.length() + 3));
			}
			if (args[i].equals("--" + name) && i + 1 < args.length) {
				return Optional.of(args[i + 1]);
			}
		}
		return Optional.empty();
	}

	/** A refusal the user can act on: said in one sentence, without a stack trace. */
	static final class RefusedException extends RuntimeException {

		RefusedException(String message) {
			super(message);
		}

	}

	/** Lets COPY write into one zip entry without closing the zip. */
	private static final class NonClosing extends java.io.FilterOutputStream {

		NonClosing(OutputStream out) {
			super(out);
		}

		@Override
		public void write(byte[] bytes, int offset, int length) throws IOException {
			this.out.write(bytes, offset, length);
		}

		@Override
		public void close() throws IOException {
			flush();
		}

	}

}
