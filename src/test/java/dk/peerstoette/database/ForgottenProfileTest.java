package dk.peerstoette.database;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dk.peerstoette.PeerstoetteApplication;
import dk.peerstoette.TestPostgres;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An operator sets {@code SPRING_DATASOURCE_URL} and forgets {@code prod}: the
 * application must use that database, start no embedded PostgreSQL and load no demo users
 * into it, whatever application.properties says.
 */
class ForgottenProfileTest {

	@TempDir
	Path dataDirectory;

	@Test
	void aDatasourceUrlWithoutTheProdProfileStartsNoEmbeddedDatabaseAndLoadsNoDemoUsers() throws IOException {
		TestPostgres postgres = TestPostgres.get();
		int migrations = new PathMatchingResourcePatternResolver().getResources("classpath:db/migration/V*.sql").length;
		String url = postgres.createEmptyDatabase("forgotten_profile");
		// No profile at all: application.properties as shipped, the settings as an
		// operator's environment variables.
		// With the early start of the embedded database, as main runs the application.
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(PeerstoetteApplication.class)
			.listeners(new EmbeddedDatabaseEarlyStart())
			.environment(environmentWith(Map.of("SPRING_DATASOURCE_URL", url, "SPRING_DATASOURCE_USERNAME",
					postgres.application().username(), "SPRING_DATASOURCE_PASSWORD", postgres.application().password(),
					"SPRING_FLYWAY_USER", postgres.owner().username(), "SPRING_FLYWAY_PASSWORD",
					postgres.owner().password(), "APP_DATA_DIR", this.dataDirectory.toString())))
			.run("--server.port=0")) {
			assertThat(context.getEnvironment().getActiveProfiles()).isEmpty();
			assertThat(context.getBeansOfType(EmbeddedPostgresServer.class)).isEmpty();
			assertThat(this.dataDirectory).as("no embedded database made its files").isEmptyDirectory();
			JdbcClient jdbc = JdbcClient.create(context.getBean(DataSource.class));
			assertThat(jdbc.sql("select current_database()").query(String.class).single())
				.isEqualTo("forgotten_profile");
			assertThat(jdbc.sql("select count(*) from staff_user").query(Integer.class).single())
				.as("no demo user, no admin with the password demo")
				.isZero();
			assertThat(jdbc.sql("select count(*) from partnership").query(Integer.class).single()).isZero();
			Flyway flyway = context.getBean(Flyway.class);
			assertThat(flyway.info().pending()).isEmpty();
			assertThat(flyway.info().applied()).hasSize(migrations);
			assertThat(context.getEnvironment().getProperty("spring.jpa.hibernate.ddl-auto")).isEqualTo("validate");
		}
	}

	private static StandardEnvironment environmentWith(Map<String, String> variables) {
		Map<String, Object> environment = new HashMap<>(System.getenv());
		environment.putAll(variables);
		StandardEnvironment standard = new StandardEnvironment();
		standard.getPropertySources()
			.replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, new SystemEnvironmentPropertySource(
					StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, environment));
		return standard;
	}

}
