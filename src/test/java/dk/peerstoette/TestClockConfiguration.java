package dk.peerstoette;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application takes its time from {@link TestClock}, which tests may stop at any
 * instant; part of the one shared context of {@link IntegrationTest}.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestClockConfiguration {

	@Bean
	@Primary
	Clock testClock(@Value("${app.time-zone}") String zone) {
		assertThat(ZoneId.of(zone)).as("app.time-zone").isEqualTo(TestClock.DANISH);
		return TestClock.get();
	}

}
