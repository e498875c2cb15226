package dk.peerstoette.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@code postmaster.pid} left in the cluster. A server left behind by an application
 * that was killed (not stopped) keeps the cluster open; we hold the data directory's
 * lock, so nothing of ours uses it any more and it is stopped. But after a crash or a
 * reboot the file may name a process id that now belongs to something else, which must
 * not be touched: a process is stopped only if it is a PostgreSQL server, of this user,
 * on this cluster.
 */
final class LeftoverPostmaster {

	private static final Logger log = LoggerFactory.getLogger(LeftoverPostmaster.class);

	private enum Identity {

		THIS_CLUSTER, SOMETHING_ELSE, CANNOT_TELL

	}

	private LeftoverPostmaster() {
	}

	static void stopIfAny(Path cluster) throws IOException {
		Path pidFile = cluster.resolve("postmaster.pid");
		if (!Files.isReadable(pidFile)) {
			return;
		}
		List<String> lines = Files.readAllLines(pidFile);
		Optional<ProcessHandle> named = line(lines, 0).flatMap(LeftoverPostmaster::parseLong)
			.flatMap(ProcessHandle::of)
			.filter(ProcessHandle::isAlive);
		if (named.isEmpty()) {
			// PostgreSQL itself replaces a file whose process is gone.
			return;
		}
		ProcessHandle process = named.get();
		switch (identify(process, cluster, line(lines, 2).flatMap(LeftoverPostmaster::parseLong))) {
			case THIS_CLUSTER -> stop(process);
			case SOMETHING_ELSE -> {
				log.warn("{} names process {}, which is not a PostgreSQL server on this data directory: "
						+ "left it running and removed the stale file", pidFile, process.pid());
				Files.delete(pidFile);
			}
			case CANNOT_TELL -> throw new UnverifiedPostmasterException(pidFile, process.pid());
		}
	}

	/**
	 * The process's program must be {@code postgres}, and either its {@code -D} argument
	 * names this cluster or (where a process's arguments cannot be read, as on Windows)
	 * it started when the file says the server started.
	 */
	private static Identity identify(ProcessHandle process, Path cluster, Optional<Long> startedEpochSecond) {
		ProcessHandle.Info info = process.info();
		Optional<String> user = info.user();
		Optional<String> ourUser = ProcessHandle.current().info().user();
		if (user.isPresent() && ourUser.isPresent() && !user.equals(ourUser)) {
			// PostgreSQL runs only as the owner of its files, which we are.
			return Identity.SOMETHING_ELSE;
		}
		Optional<String> command = info.command();
		if (command.isEmpty()) {
			return Identity.CANNOT_TELL;
		}
		String program = Path.of(command.get()).getFileName().toString();
		if (!program.equals("postgres") && !program.equals("postgres.exe")) {
			return Identity.SOMETHING_ELSE;
		}
		Optional<Path> dataDirectory = info.arguments().flatMap(LeftoverPostmaster::dataDirectoryArgument);
		if (dataDirectory.isPresent()) {
			if (!dataDirectory.get().isAbsolute()) {
				return Identity.CANNOT_TELL;
			}
			return isSameFile(dataDirectory.get(), cluster) ? Identity.THIS_CLUSTER : Identity.SOMETHING_ELSE;
		}
		Optional<Instant> started = info.startInstant();
		if (started.isPresent() && startedEpochSecond.isPresent()) {
			long difference = Math.abs(started.get().getEpochSecond() - startedEpochSecond.get());
			return (difference <= 2) ? Identity.THIS_CLUSTER : Identity.SOMETHING_ELSE;
		}
		return Identity.CANNOT_TELL;
	}

	private static Optional<Path> dataDirectoryArgument(String[] arguments) {
		for (int i = 0; i < arguments.length - 1; i++) {
			if (arguments[i].equals("-D")) {
				return Optional.of(Path.of(arguments[i + 1]));
			}
		}
		return Optional.empty();
	}

	private static void stop(ProcessHandle process) {
		log.warn("Stopping a PostgreSQL server left running by an earlier instance (pid {})", process.pid());
		process.destroy();
		try {
			process.onExit().orTimeout(30, TimeUnit.SECONDS).join();
		}
		catch (CompletionException ex) {
			throw new IllegalStateException("The PostgreSQL server left running by an earlier instance (pid "
					+ process.pid() + ") did not stop within " + Duration.ofSeconds(30), ex);
		}
	}

	private static boolean isSameFile(Path a, Path b) {
		try {
			return Files.isSameFile(a, b);
		}
		catch (IOException ex) {
			return false;
		}
	}

	private static Optional<String> line(List<String> lines, int index) {
		return (lines.size() > index) ? Optional.of(lines.get(index).trim()) : Optional.empty();
	}

	private static Optional<Long> parseLong(String text) {
		try {
			return Optional.of(Long.parseLong(text));
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}

}
