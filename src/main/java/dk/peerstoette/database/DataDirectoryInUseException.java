package dk.peerstoette.database;

import java.nio.file.Path;

/** Another running instance holds the data directory. */
class DataDirectoryInUseException extends IllegalStateException {

	private final Path dataDirectory;

	DataDirectoryInUseException(Path dataDirectory) {
		super("The data directory " + dataDirectory + " is in use by another running instance");
		this.dataDirectory = dataDirectory;
	}

	Path getDataDirectory() {
		return this.dataDirectory;
	}

}
