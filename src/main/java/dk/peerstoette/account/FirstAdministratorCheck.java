package dk.peerstoette.account;

import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Checks the first administrator's settings as Flyway is configured, so that a weak
 * APP_ADMIN_PASSWORD stops the start before any migration runs, not after. The settings
 * are registered by the application's {@code @ConfigurationPropertiesScan}, as every
 * {@code app.*} record is.
 */
@Configuration(proxyBeanMethods = false)
class FirstAdministratorCheck {

	@Bean
	FlywayConfigurationCustomizer firstAdministratorCheckedBeforeMigrating(FirstAdministratorSettings settings) {
		return (configuration) -> settings.check();
	}

}
