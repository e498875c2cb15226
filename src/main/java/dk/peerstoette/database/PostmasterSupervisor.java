package dk.peerstoette.database;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the embedded server again when its postmaster exits without being asked to (it
 * crashed, ran out of memory, or someone killed it), so that the application comes back
 * without a restart. The server comes back on the same cluster and the same port, which
 * the pool's URL holds; PostgreSQL's crash recovery replays its log, so every committed
 * row is kept. A failed start is tried again after a wait that doubles each time, up to
 * {@link #MAX_BACKOFF}. Nothing is started once the application is stopping.
 */
final class PostmasterSupervisor implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(PostmasterSupervisor.class);

	/** PostgreSQL's own output may quote rows (a key that already exists): debug only. */
	private static final Logger serverLog = LoggerFactory.getLogger(PostmasterSupervisor.class.getName() + ".server");

	static final Duration POLL_INTERVAL = Duration.ofMillis(500);

	static final Duration MAX_BACKOFF = Duration.ofSeconds(30);

	private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

	private final Path cluster;

	private final int port;

	private final Map<String, String> serverConfig;

	private final Duration firstBackoff;

	private final ScheduledExecutorService watcher;

	/** Held while a server is being started, so that closing waits for it. */
	private final Object starting = new Object();

	private volatile boolean closed;

	private volatile long pid;

	private PostmasterSupervisor(Path cluster, int port, Map<String, String> serverConfig, Duration firstBackoff,
			long pid) {
		this.cluster = cluster;
		this.port = port;
		this.serverConfig = Map.copyOf(serverConfig);
		this.firstBackoff = firstBackoff;
		this.pid = pid;
		this.watcher = Executors.newSingleThreadScheduledExecutor((task) -> {
			Thread thread = new Thread(task, "postgres-supervisor");
			thread.setDaemon(true);
			return thread;
		});
	}

	/** Watches the server that is running on the cluster now. */
	static PostmasterSupervisor watch(Path cluster, int port, Map<String, String> serverConfig, Duration firstBackoff)
			throws IOException {
		long pid = postmasterPid(cluster)
			.orElseThrow(() -> new IOException("The embedded PostgreSQL server wrote no postmaster.pid"));
		PostmasterSupervisor supervisor = new PostmasterSupervisor(cluster, port, serverConfig, firstBackoff, pid);
		supervisor.watcher.scheduleWithFixedDelay(supervisor::check, POLL_INTERVAL.toMillis(), POLL_INTERVAL.toMillis(),
				TimeUnit.MILLISECONDS);
		return supervisor;
	}

	/**
	 * The process id of the server being watched; it changes when the server is started
	 * again.
	 */
	long pid() {
		return this.pid;
	}

	private void check() {
		if (stopping() || isRunning(this.pid)) {
			return;
		}
		log.warn("The embedded PostgreSQL server (pid {}) has exited unexpectedly; starting it again on port {}",
				this.pid, this.port);
		Duration wait = this.firstBackoff;
		while (!stopping()) {
			try {
				// Lets the server's orphaned processes exit: while one still holds the
				// shared memory, PostgreSQL refuses to start.
				Thread.sleep(wait.toMillis());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
			try {
				if (startAgain()) {
					log.info("The embedded PostgreSQL server is running again on port {} (pid {})", this.port,
							this.pid);
				}
				return;
			}
			catch (IOException | RuntimeException ex) {
				wait = (wait.compareTo(MAX_BACKOFF.dividedBy(2)) > 0) ? MAX_BACKOFF : wait.multipliedBy(2);
				log.warn("Could not start the embedded PostgreSQL server again ({}); next attempt in {} s",
						ex.getMessage(), wait.toSeconds());
			}
		}
	}

	/** Whether it started one; not when the application has begun to stop. */
	private boolean startAgain() throws IOException {
		synchronized (this.starting) {
			if (stopping()) {
				return false;
			}
			// postmaster.pid may now name another process, which is left alone.
			LeftoverPostmaster.stopIfAny(this.cluster);
			List<String> command = new ArrayList<>(PostgresBinaries.command("pg_ctl"));
			command.addAll(List.of("-D", this.cluster.toString(), "-o", options(), "-w", "-t",
					String.valueOf(START_TIMEOUT.toSeconds()), "start"));
			Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
			drain(process);
			try {
				if (!process.waitFor(START_TIMEOUT.toSeconds() + 10, TimeUnit.SECONDS)) {
					process.destroy();
					throw new IOException("pg_ctl did not finish within " + START_TIMEOUT.toSeconds() + " s");
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IOException("Interrupted while starting PostgreSQL", ex);
			}
			if (process.exitValue() != 0) {
				throw new IOException("pg_ctl start ended with exit code " + process.exitValue());
			}
			this.pid = postmasterPid(this.cluster)
				.orElseThrow(() -> new IOException("PostgreSQL started but wrote no postmaster.pid"));
			return true;
		}
	}

	/** As the library starts it: the port and the settings on the command line. */
	private String options() {
		return "-p " + this.port + " "
				+ this.serverConfig.entrySet()
					.stream()
					.sorted(Map.Entry.comparingByKey())
					.map((setting) -> "-c " + setting.getKey() + "=" + setting.getValue())
					.collect(Collectors.joining(" "));
	}

	/**
	 * The server keeps pg_ctl's output as its own: read to the end, or it would block
	 * once the pipe is full.
	 */
	private static void drain(Process process) {
		Thread reader = new Thread(() -> {
			try (BufferedReader lines = new BufferedReader(
					new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
				String line;
				while ((line = lines.readLine()) != null) {
					serverLog.debug("{}", line);
				}
			}
			catch (IOException ex) {
				serverLog.debug("Stopped reading PostgreSQL's output", ex);
			}
		}, "postgres-output");
		reader.setDaemon(true);
		reader.start();
	}

	private boolean stopping() {
		return this.closed || jvmShuttingDown();
	}

	/**
	 * The library's shutdown hook stops the server when the JVM exits, maybe before the
	 * application closes this: that is no crash.
	 */
	private static boolean jvmShuttingDown() {
		Thread probe = new Thread(() -> {
		});
		try {
			Runtime.getRuntime().addShutdownHook(probe);
			Runtime.getRuntime().removeShutdownHook(probe);
			return false;
		}
		catch (IllegalStateException ex) {
			return true;
		}
	}

	/**
	 * A process that has exited (also one that nobody has reaped yet) is not found; a
	 * process id taken over by another program is not the server.
	 */
	private static boolean isRunning(long pid) {
		return ProcessHandle.of(pid)
			.filter(ProcessHandle::isAlive)
			.map((process) -> process.info()
				.command()
				.map((command) -> Path.of(command).getFileName().toString().startsWith("postgres"))
				.orElse(true))
			.orElse(false);
	}

	static Optional<Long> postmasterPid(Path cluster) throws IOException {
		return postmasterFileNumber(cluster, 0);
	}

	/** The port the server listens on, if one runs on the cluster. */
	static Optional<Long> postmasterPort(Path cluster) throws IOException {
		return postmasterFileNumber(cluster, 3);
	}

	/** A line of {@code postmaster.pid}: the process id first, the port fourth. */
	private static Optional<Long> postmasterFileNumber(Path cluster, int line) throws IOException {
		Path file = cluster.resolve("postmaster.pid");
		if (!Files.isReadable(file)) {
			return Optional.empty();
		}
		List<String> lines = Files.readAllLines(file);
		try {
			return (lines.size() > line) ? Optional.of(Long.parseLong(lines.get(line).trim())) : Optional.empty();
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}

	/**
	 * Stops watching, after a start under way has finished; the caller then stops the
	 * server.
	 */
	@Override
	public void close() {
		this.closed = true;
		this.watcher.shutdownNow();
		synchronized (this.starting) {
			// Nothing starts after this.
		}
		try {
			this.watcher.awaitTermination(5, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
