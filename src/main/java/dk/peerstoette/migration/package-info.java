/**
 * Schema migrations as a step of their own: {@code --migrate-only} runs Flyway as the
 * schema owner and exits, so that the running application never needs the owner's
 * password; the application then only checks that the schema is current
 * ({@code app.schema.on-start}).
 */
@org.jspecify.annotations.NullMarked
package dk.peerstoette.migration;
