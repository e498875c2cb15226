package dk.peerstoette.database;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a refused data directory into a message a newcomer can act on. */
class DataDirectoryInUseFailureAnalyzer extends AbstractFailureAnalyzer<DataDirectoryInUseException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, DataDirectoryInUseException cause) {
		return new FailureAnalysis(
				"Another instance of the application is already running on the data directory "
						+ cause.getDataDirectory() + ". Starting a second one would corrupt its database.",
				"Stop the other instance first, or give this one its own directory with APP_DATA_DIR "
						+ "(property app.data-dir).",
				cause);
	}

}
