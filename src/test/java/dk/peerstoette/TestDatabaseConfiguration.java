package dk.peerstoette;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistrar;

/**
 * Points the application at the test run's PostgreSQL: as the role that owns nothing, and
 * Flyway as the schema's owner, as in every other mode.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestDatabaseConfiguration {

	@Bean
	DynamicPropertyRegistrar testDatabase() {
		return (registry) -> {
			TestPostgres postgres = TestPostgres.get();
			registry.add("spring.datasource.url", postgres::jdbcUrl);
			registry.add("spring.datasource.username", () -> postgres.application().username());
			registry.add("spring.datasource.password", () -> postgres.application().password());
			registry.add("spring.flyway.user", () -> postgres.owner().username());
			registry.add("spring.flyway.password", () -> postgres.owner().password());
		};
	}

}
