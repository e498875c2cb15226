package dk.peerstoette;

import org.springframework.boot.flyway.autoconfigure.FlywayConnectionDetails;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Points the application at the test run's PostgreSQL: as the role that owns nothing, and
 * Flyway as the schema's owner, as in every other mode. Given as connection details, as
 * Spring Boot's service connections give a test's database, not as
 * {@code spring.datasource.url}: a database reached by URL never gets the demo data (see
 * {@code database.ConditionalOnNoDatasourceUrl}), and these tests want it.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestDatabaseConfiguration {

	@Bean
	JdbcConnectionDetails testDatabase() {
		return asApplication(TestPostgres.get().jdbcUrl());
	}

	@Bean
	FlywayConnectionDetails testDatabaseOwner() {
		return asOwner(TestPostgres.get().jdbcUrl());
	}

	/** The database at {@code url}, as the application's role that owns nothing. */
	static JdbcConnectionDetails asApplication(String url) {
		return connection(url, TestPostgres.get().application());
	}

	/** The database at {@code url}, as the schema's owner, for Flyway. */
	static FlywayConnectionDetails asOwner(String url) {
		TestPostgres.Login owner = TestPostgres.get().owner();
		JdbcConnectionDetails details = connection(url, owner);
		return new FlywayConnectionDetails() {

			@Override
			public String getJdbcUrl() {
				return details.getJdbcUrl();
			}

			@Override
			public String getUsername() {
				return details.getUsername();
			}

			@Override
			public String getPassword() {
				return details.getPassword();
			}

		};
	}

	private static JdbcConnectionDetails connection(String url, TestPostgres.Login login) {
		return new JdbcConnectionDetails() {

			@Override
			public String getJdbcUrl() {
				return url;
			}

			@Override
			public String getUsername() {
				return login.username();
			}

			@Override
			public String getPassword() {
				return login.password();
			}

		};
	}

}
