/**
 * The embedded PostgreSQL that lets the application run on a machine with only a JDK. Its
 * data directory lives on disk ({@code app.data-dir}), so a restart keeps every record.
 * Off under the {@code prod} profile, where {@code spring.datasource.*} points at an
 * external PostgreSQL.
 */
@org.jspecify.annotations.NullMarked
package dk.peerstoette.database;
