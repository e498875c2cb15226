package dk.peerstoette.database;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayConnectionDetails;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts PostgreSQL from the bundled binaries and hands Hikari a connection to it as the
 * application's role, and Flyway one as the schema's owner, as under {@code prod}. The
 * DataSource depends on the server bean, so on shutdown the pool closes before the server
 * stops.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty(name = "app.embedded-database.enabled")
class EmbeddedDatabaseConfiguration {

	@Bean(destroyMethod = "close")
	EmbeddedPostgresServer embeddedPostgresServer(@Value("${app.data-dir}") Path dataDirectory,
			@Value("${app.embedded-database.port:0}") int port,
			@Value("${app.embedded-database.restart-backoff:1s}") Duration restartBackoff) throws IOException {
		return EmbeddedPostgresServer.start(dataDirectory, port, restartBackoff);
	}

	@Bean
	@ConfigurationProperties("spring.datasource.hikari")
	HikariDataSource dataSource(EmbeddedPostgresServer server) {
		return DataSourceBuilder.create()
			.type(HikariDataSource.class)
			.url(server.jdbcUrl())
			.username(server.application().username())
			.password(server.application().password())
			.build();
	}

	/** Takes the place of {@code spring.flyway.url/user/password}. */
	@Bean
	FlywayConnectionDetails flywayConnectionDetails(EmbeddedPostgresServer server) {
		return new FlywayConnectionDetails() {

			@Override
			public String getJdbcUrl() {
				return server.jdbcUrl();
			}

			@Override
			public String getUsername() {
				return server.owner().username();
			}

			@Override
			public String getPassword() {
				return server.owner().password();
			}

		};
	}

}
