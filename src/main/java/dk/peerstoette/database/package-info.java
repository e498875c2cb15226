/**
 * The embedded PostgreSQL that lets the application run on a machine with only a JDK. Its
 * data directory lives on disk ({@code app.data-dir}), so a restart keeps every record.
 * Off whenever {@code spring.datasource.url} points at another PostgreSQL, whatever the
 * profile, and absent from the packaged jar (its library and binaries are optional
 * dependencies, for {@code spring-boot:run} and the tests).
 */
@org.jspecify.annotations.NullMarked
package dk.peerstoette.database;
