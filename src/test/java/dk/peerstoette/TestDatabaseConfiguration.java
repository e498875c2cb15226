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
		TestPostgres postgres = TestPostgres.get();
		return new JdbcConnectionDetails() {

			@Override
			public String getJdbcUrl() {
				return postgres.jdbcUrl();
			}

			@Override
			public String getUsername() {
				return postgres.application().username();
			}

			@Override
			public String getPassword() {
				return postgres.application().password();
			}

		};
	}

	@Bean
	FlywayConnectionDetails testDatabaseOwner() {
		TestPostgres postgres = TestPostgres.get();
		return new FlywayConnectionDetails() {

			@Override
			public String getJdbcUrl() {
				return postgres.jdbcUrl();
			}

			@Override
			public String getUsername() {
				return postgres.owner().username();
			}

			@Override
			public String getPassword() {
				return postgres.owner().password();
			}

		};
	}

}
