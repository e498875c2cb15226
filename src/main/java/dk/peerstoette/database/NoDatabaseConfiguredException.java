package dk.peerstoette.database;

/**
 * The packaged jar, which holds no embedded database, started without a datasource URL.
 */
class NoDatabaseConfiguredException extends IllegalStateException {

	NoDatabaseConfiguredException() {
		super("No spring.datasource.url is configured, and this build holds no embedded database");
	}

}
