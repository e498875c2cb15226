package dk.peerstoette;

import java.io.IOException;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Flyway builds the whole schema in an empty database, and Hibernate then validates every
 * entity against it ({@code ddl-auto=validate}) as the application starts.
 */
class SchemaMigrationTest {

	@Test
	void migratesAnEmptyDatabaseAndHibernateValidatesTheSchema() throws IOException {
		TestPostgres postgres = TestPostgres.get();
		String url = postgres.createEmptyDatabase("schema_check");
		int migrations = new PathMatchingResourcePatternResolver().getResources("classpath:db/migration/V*.sql").length;
		// Command-line arguments, because they outrank application.properties.
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(PeerstoetteApplication.class)
			.profiles("test")
			.run("--spring.datasource.url=" + url, "--spring.datasource.username=" + postgres.application().username(),
					"--spring.datasource.password=" + postgres.application().password(),
					"--spring.flyway.user=" + postgres.owner().username(),
					"--spring.flyway.password=" + postgres.owner().password(), "--app.demo-data.enabled=false",
					"--server.port=0", "--spring.jpa.hibernate.ddl-auto=validate", "--spring.jpa.open-in-view=false")) {
			Flyway flyway = context.getBean(Flyway.class);
			assertThat(flyway.info().pending()).isEmpty();
			assertThat(flyway.info().applied()).hasSize(migrations);
			assertThat(context.getEnvironment().getProperty("spring.jpa.hibernate.ddl-auto")).isEqualTo("validate");
			JdbcClient jdbc = JdbcClient.create(context.getBean(javax.sql.DataSource.class));
			assertThat(jdbc.sql("select count(*) from staff_user").query(Integer.class).single()).isZero();
		}
	}

}
