package dk.peerstoette.time;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The application's clock: the system's time, read in the business time zone. A zone that
 * does not exist stops the start rather than fall back to the server's own.
 */
@Configuration(proxyBeanMethods = false)
class TimeConfiguration {

	@Bean
	Clock clock(TimeProperties time) {
		return Clock.system(ZoneId.of(time.timeZone()));
	}

}
