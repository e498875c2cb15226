package dk.peerstoette.time;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The application's clock: the system's time, read in the business time zone. A zone that
 * does not exist stops the start rather than fall back to the server's own.
 */
@Configuration(proxyBeanMethods = false)
class TimeConfiguration {

	@Bean
	Clock clock(@Value("${app.time-zone:Europe/Copenhagen}") String zone) {
		return Clock.system(ZoneId.of(zone));
	}

}
