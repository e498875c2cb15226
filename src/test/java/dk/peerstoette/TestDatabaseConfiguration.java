package dk.peerstoette;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistrar;

/** Points the application at the test run's PostgreSQL. */
@TestConfiguration(proxyBeanMethods = false)
public class TestDatabaseConfiguration {

	@Bean
	DynamicPropertyRegistrar testDatabase() {
		return (registry) -> {
			TestPostgres postgres = TestPostgres.get();
			registry.add("spring.datasource.url", postgres::jdbcUrl);
			registry.add("spring.datasource.username", postgres::username);
			registry.add("spring.datasource.password", postgres::password);
		};
	}

}
