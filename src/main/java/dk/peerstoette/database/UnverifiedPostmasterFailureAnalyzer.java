package dk.peerstoette.database;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Says what to check when a leftover postmaster.pid cannot be judged safely. */
class UnverifiedPostmasterFailureAnalyzer extends AbstractFailureAnalyzer<UnverifiedPostmasterException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, UnverifiedPostmasterException cause) {
		return new FailureAnalysis(
				"The embedded database did not start: " + cause.getPidFile() + " names process " + cause.getPid()
						+ ", which is still running, and it could not be "
						+ "confirmed to be a PostgreSQL server on this data directory. It was left alone.",
				"If process " + cause.getPid() + " is a PostgreSQL server on this data directory, stop it; "
						+ "if it is not, delete " + cause.getPidFile() + ". Then start the application again.",
				cause);
	}

}
