package dk.peerstoette.database;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingClass;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The packaged jar without a datasource URL: it has no embedded database to fall back on
 * (see {@link EmbeddedDatabaseConfiguration}), so it stops before any bean is made, with
 * {@link NoDatabaseConfiguredFailureAnalyzer}'s explanation rather than Spring Boot's
 * advice to add H2.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnMissingClass("io.zonky.test.db.postgres.embedded.EmbeddedPostgres")
@ConditionalOnNoDatasourceUrl
class NoDatabaseConfiguration {

	@Bean
	static BeanFactoryPostProcessor noDatabaseConfigured() {
		return (beanFactory) -> {
			throw new NoDatabaseConfiguredException();
		};
	}

}
