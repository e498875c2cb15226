package dk.peerstoette.migration;

import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class SchemaConfiguration {

	@Bean
	FlywayMigrationStrategy flywayMigrationStrategy(SchemaProperties schema) {
		return switch (schema.onStart()) {
			case MIGRATE -> (flyway) -> {
				flyway.migrate();
				AccessLogPruning.prune(flyway.getConfiguration().getDataSource(), schema.accessLogRetention());
			};
			case VALIDATE -> (flyway) -> flyway.validate();
		};
	}

}
