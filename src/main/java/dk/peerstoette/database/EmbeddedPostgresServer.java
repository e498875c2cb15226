package dk.peerstoette.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL server whose cluster lives in {@code <data-dir>/postgres}. Holds an
 * exclusive lock on {@code <data-dir>/app.lock} for its whole life, so a second
 * application on the same directory stops before it touches the cluster.
 * <p>
 * Other accounts on the machine get nothing from it: it listens on localhost only, every
 * connection needs a password ({@link PasswordAuthentication}), the passwords are random
 * and readable by this user alone ({@link DatabasePasswords}), and the application itself
 * connects as a role that owns nothing ({@link DatabaseRoles}).
 * <p>
 * When its server exits unexpectedly, {@link PostmasterSupervisor} starts it again on the
 * same cluster and port.
 */
final class EmbeddedPostgresServer implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

	static final Duration DEFAULT_RESTART_BACKOFF = Duration.ofSeconds(1);

	/** The server's settings, given on its command line at every start. */
	private static final Map<String, String> SERVER_CONFIG = serverConfig();

	private final FileChannel lockChannel;

	private final FileLock lock;

	private final EmbeddedPostgres postgres;

	private final String jdbcUrl;

	private final DatabasePasswords passwords;

	private final PostmasterSupervisor supervisor;

	private EmbeddedPostgresServer(FileChannel lockChannel, FileLock lock, EmbeddedPostgres postgres, String jdbcUrl,
			DatabasePasswords passwords, PostmasterSupervisor supervisor) {
		this.lockChannel = lockChannel;
		this.lock = lock;
		this.postgres = postgres;
		this.jdbcUrl = jdbcUrl;
		this.passwords = passwords;
		this.supervisor = supervisor;
	}

	/** The server the application's settings ask for. */
	static EmbeddedPostgresServer start(DataDirectoryProperties data, EmbeddedDatabaseProperties embedded)
			throws IOException {
		return start(data.dataDir(), embedded.port(), embedded.restartBackoff());
	}

	static EmbeddedPostgresServer start(Path dataDirectory, int port) throws IOException {
		return start(dataDirectory, port, DEFAULT_RESTART_BACKOFF);
	}

	/**
	 * @param restartBackoff how long to wait before starting the server again after it
	 * exited unexpectedly (doubled after each failed attempt)
	 */
	static EmbeddedPostgresServer start(Path dataDirectory, int port, Duration restartBackoff) throws IOException {
		Path root = dataDirectory.toAbsolutePath().normalize();
		Files.createDirectories(root);
		if (DatabasePasswords.isPosix(root)) {
			// It holds the database and its passwords.
			Files.setPosixFilePermissions(root, PosixFilePermissions.fromString("rwx------"));
		}
		FileChannel channel = FileChannel.open(root.resolve("app.lock"), StandardOpenOption.CREATE,
				StandardOpenOption.WRITE);
		FileLock lock = tryLock(channel);
		if (lock == null) {
			channel.close();
			throw new DataDirectoryInUseException(root);
		}
		try {
			Path cluster = root.resolve("postgres");
			LeftoverPostmaster.stopIfAny(cluster);
			Optional<DatabasePasswords> stored = DatabasePasswords.read(root);
			DatabasePasswords passwords = stored.orElseGet(DatabasePasswords::generate);
			// The library runs initdb only where there is no postgresql.conf.
			boolean newCluster = !Files.exists(cluster.resolve("postgresql.conf"));
			EmbeddedPostgres.Builder builder = PostgresBinaries.configure(EmbeddedPostgres.builder())
				.setDataDirectory(cluster)
				.setCleanDataDirectory(false)
				.setRegisterShutdownHook(true)
				.setPGStartupWait(Duration.ofSeconds(60))
				.setLocaleConfig("locale", "C.UTF-8")
				// Runs after initdb, before the server starts.
				.setDataDirectoryCustomizer((directory) -> requirePasswords(root, cluster, passwords,
						stored.isEmpty() || newCluster, stored.isEmpty()))
				// How the library checks that the server is up.
				.setConnectConfig("password", passwords.superuser().password());
			SERVER_CONFIG.forEach(builder::setServerConfig);
			if (port > 0) {
				builder.setPort(port);
			}
			EmbeddedPostgres postgres = builder.start();
			String jdbcUrl = "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres";
			try {
				DatabaseRoles.apply(jdbcUrl, passwords);
			}
			catch (SQLException | RuntimeException ex) {
				postgres.close();
				throw new IOException("Could not set up the embedded database's roles", ex);
			}
			PostmasterSupervisor supervisor;
			try {
				supervisor = PostmasterSupervisor.watch(cluster, postgres.getPort(), SERVER_CONFIG, restartBackoff);
			}
			catch (IOException | RuntimeException ex) {
				postgres.close();
				throw ex;
			}
			log.info("Embedded PostgreSQL is running on port {} with its data in {} (passwords in {})",
					postgres.getPort(), cluster, root.resolve(DatabasePasswords.FILE_NAME));
			return new EmbeddedPostgresServer(channel, lock, postgres, jdbcUrl, passwords, supervisor);
		}
		catch (IOException | RuntimeException ex) {
			lock.release();
			channel.close();
			throw ex;
		}
	}

	private static Map<String, String> serverConfig() {
		Map<String, String> config = new LinkedHashMap<>();
		config.put("listen_addresses", "localhost");
		config.put("password_encryption", "scram-sha-256");
		config.put("unix_socket_permissions", "0700");
		// The library tunes for throw-away test databases (-F, no synchronous commit);
		// this one holds real records, so every commit reaches the disk.
		config.put("fsync", "on");
		config.put("synchronous_commit", "on");
		config.put("max_connections", "100");
		// The dashboard's aggregates hash and sort tens of thousands of rows per query;
		// the default 4MB spills them to disk at national scale.
		config.put("work_mem", "16MB");
		return Collections.unmodifiableMap(config);
	}

	/**
	 * Password authentication before the server first listens; the password file is
	 * written only once the superuser's password is set, so a file on disk means the
	 * cluster knows its passwords.
	 */
	private static void requirePasswords(Path root, Path cluster, DatabasePasswords passwords,
			boolean setSuperuserPassword, boolean writeFile) {
		try {
			PasswordAuthentication.require(cluster, passwords.superuser(), setSuperuserPassword);
			if (writeFile) {
				passwords.write(root);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static FileLock tryLock(FileChannel channel) throws IOException {
		try {
			return channel.tryLock();
		}
		catch (OverlappingFileLockException ex) {
			return null;
		}
	}

	String jdbcUrl() {
		return this.jdbcUrl;
	}

	/** The application's connections: rows only, owns nothing. */
	DatabaseLogin application() {
		return this.passwords.application();
	}

	/** Owns the schema: for Flyway. */
	DatabaseLogin owner() {
		return this.passwords.owner();
	}

	/**
	 * The process id of the server's postmaster now (it changes when it is started
	 * again).
	 */
	long postmasterPid() {
		return this.supervisor.pid();
	}

	@Override
	public void close() throws IOException {
		try {
			this.supervisor.close();
			this.postgres.close();
		}
		finally {
			this.lock.release();
			this.lockChannel.close();
		}
	}

}
