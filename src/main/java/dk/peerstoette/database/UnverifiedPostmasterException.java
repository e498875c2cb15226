package dk.peerstoette.database;

import java.nio.file.Path;

/**
 * The cluster's {@code postmaster.pid} names a live process that may or may not be a
 * PostgreSQL server on it; neither stopping it nor starting beside it is safe.
 */
class UnverifiedPostmasterException extends IllegalStateException {

	private final Path pidFile;

	private final long pid;

	UnverifiedPostmasterException(Path pidFile, long pid) {
		super(pidFile + " names process " + pid + ", which could not be confirmed to be a PostgreSQL server "
				+ "on this data directory");
		this.pidFile = pidFile;
		this.pid = pid;
	}

	Path getPidFile() {
		return this.pidFile;
	}

	long getPid() {
		return this.pid;
	}

}
