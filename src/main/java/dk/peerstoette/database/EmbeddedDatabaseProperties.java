package dk.peerstoette.database;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The embedded PostgreSQL.
 *
 * @param enabled whether it starts (off under {@code prod} and in tests)
 * @param port its port on localhost; 0: a free one, logged at start
 * @param restartBackoff how long to wait before starting it again when it stopped by
 * itself, doubled after each failed try up to 30 s
 */
@ConfigurationProperties("app.embedded-database")
record EmbeddedDatabaseProperties(@DefaultValue("true") boolean enabled, @DefaultValue("0") int port,
		@DefaultValue("1s") Duration restartBackoff) {

}
