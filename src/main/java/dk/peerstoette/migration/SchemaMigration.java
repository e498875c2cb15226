package dk.peerstoette.migration;

import java.util.Arrays;
import java.util.List;

import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;

/**
 * The {@code --migrate-only} mode: migrates the schema with Flyway as configured for the
 * application ({@code spring.flyway.*}, or {@code spring.datasource.*} as the schema
 * owner) and exits 0, without a web server or anything else of the application. Run as a
 * one-shot step before the application (the {@code migrate} service of
 * docker-compose.yml), it keeps the owner's password, which could switch off the access
 * log's trigger, out of the application's process.
 */
// Not a @Configuration, so that the application's component scan leaves it out.
@ImportAutoConfiguration({ DataSourceAutoConfiguration.class, FlywayAutoConfiguration.class })
@EnableConfigurationProperties(SchemaProperties.class)
public class SchemaMigration {

	/**
	 * Migrates, whatever {@code app.schema.on-start} says (that is the application's),
	 * then removes access-log rows past their retention.
	 */
	@Bean
	static FlywayMigrationStrategy migrateAndPrune(SchemaProperties schema) {
		return (flyway) -> {
			flyway.migrate();
			AccessLogPruning.prune(flyway.getConfiguration().getDataSource(), schema.accessLogRetention());
		};
	}

	/** The command-line option that selects this mode. */
	public static final String OPTION = "--migrate-only";

	/** Whether the command line asks for this mode. */
	public static boolean requested(String[] args) {
		return Arrays.asList(args).contains(OPTION);
	}

	/**
	 * Migrates and returns the process's exit code: 0 when the schema is current, 1 when
	 * the migration failed (reported by Spring Boot's failure analysis).
	 */
	public static int run(String[] args) {
		List<String> rest = Arrays.stream(args).filter((arg) -> !arg.equals(OPTION)).toList();
		ConfigurableApplicationContext context;
		try {
			context = new SpringApplicationBuilder(SchemaMigration.class).web(WebApplicationType.NONE)
				.bannerMode(Banner.Mode.OFF)
				.properties("spring.flyway.enabled=true")
				.run(rest.toArray(String[]::new));
		}
		catch (RuntimeException ex) {
			return 1;
		}
		return SpringApplication.exit(context);
	}

}
