package dk.peerstoette.database;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL server whose cluster lives in {@code <data-dir>/postgres}. Holds an
 * exclusive lock on {@code <data-dir>/app.lock} for its whole life, so a second
 * application on the same directory stops before it touches the cluster.
 */
final class EmbeddedPostgresServer implements AutoCloseable {

	static final String USERNAME = "postgres";

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

	private final FileChannel lockChannel;

	private final FileLock lock;

	private final EmbeddedPostgres postgres;

	private EmbeddedPostgresServer(FileChannel lockChannel, FileLock lock, EmbeddedPostgres postgres) {
		this.lockChannel = lockChannel;
		this.lock = lock;
		this.postgres = postgres;
	}

	static EmbeddedPostgresServer start(Path dataDirectory, int port) throws IOException {
		Path root = dataDirectory.toAbsolutePath().normalize();
		Files.createDirectories(root);
		FileChannel channel = FileChannel.open(root.resolve("app.lock"), StandardOpenOption.CREATE,
				StandardOpenOption.WRITE);
		FileLock lock = tryLock(channel);
		if (lock == null) {
			channel.close();
			throw new DataDirectoryInUseException(root);
		}
		try {
			Path cluster = root.resolve("postgres");
			stopOrphanedPostmaster(cluster);
			EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
				.setDataDirectory(cluster)
				.setCleanDataDirectory(false)
				.setRegisterShutdownHook(true)
				.setPGStartupWait(Duration.ofSeconds(60))
				.setLocaleConfig("locale", "C.UTF-8")
				.setServerConfig("listen_addresses", "localhost")
				// The library tunes for throw-away test databases (-F, no synchronous
				// commit); this one holds real records, so every commit reaches the disk.
				.setServerConfig("fsync", "on")
				.setServerConfig("synchronous_commit", "on")
				.setServerConfig("max_connections", "100")
				// The dashboard's aggregates hash and sort tens of thousands of rows per
				// query; the default 4MB spills them to disk at national scale.
				.setServerConfig("work_mem", "16MB");
			if (port > 0) {
				builder.setPort(port);
			}
			EmbeddedPostgres postgres = builder.start();
			log.info("Embedded PostgreSQL is running on port {} with its data in {}", postgres.getPort(), cluster);
			return new EmbeddedPostgresServer(channel, lock, postgres);
		}
		catch (IOException | RuntimeException ex) {
			lock.release();
			channel.close();
			throw ex;
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

	/**
	 * A server left behind by an application that was killed (not stopped) keeps the
	 * cluster open; we hold the lock, so nothing of ours uses it any more and it is safe
	 * to stop.
	 */
	private static void stopOrphanedPostmaster(Path cluster) throws IOException {
		Path pidFile = cluster.resolve("postmaster.pid");
		if (!Files.isReadable(pidFile)) {
			return;
		}
		List<String> lines = Files.readAllLines(pidFile);
		Optional<ProcessHandle> postmaster = lines.isEmpty() ? Optional.empty()
				: parsePid(lines.get(0)).flatMap(ProcessHandle::of);
		postmaster.filter(ProcessHandle::isAlive).ifPresent((process) -> {
			log.warn("Stopping a PostgreSQL server left running by an earlier instance (pid {})", process.pid());
			process.destroy();
			process.onExit().orTimeout(30, java.util.concurrent.TimeUnit.SECONDS).join();
		});
	}

	private static Optional<Long> parsePid(String line) {
		try {
			return Optional.of(Long.parseLong(line.trim()));
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}

	String jdbcUrl() {
		return "jdbc:postgresql://localhost:" + this.postgres.getPort() + "/postgres";
	}

	@Override
	public void close() throws IOException {
		try {
			this.postgres.close();
		}
		finally {
			this.lock.release();
			this.lockChannel.close();
		}
	}

}
