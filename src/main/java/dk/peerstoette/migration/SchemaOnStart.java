package dk.peerstoette.migration;

/**
 * What the application does with the schema when it starts ({@code app.schema.on-start}).
 */
public enum SchemaOnStart {

	/**
	 * Flyway migrates it (needs the owner's login: the embedded database, development).
	 */
	MIGRATE,

	/**
	 * Flyway only checks that every migration has been applied and none changed, and the
	 * start fails otherwise: for an application that connects without the owner's login,
	 * after a {@code --migrate-only} step.
	 */
	VALIDATE

}
