package dk.peerstoette.database;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.Test;

import dk.peerstoette.IntegrationTest;

import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.data.repository.Repository;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Under the deferred bootstrap Spring Data would create the repositories only after the
 * web server listens; every one of them (and so every query check) must exist before it
 * answers anything.
 */
@IntegrationTest
class RepositoriesCheckedBeforeServingTest {

	/** Whether each repository bean existed when the web server started. */
	static final Map<String, Boolean> CREATED_WHEN_SERVING = new ConcurrentHashMap<>();

	@Test
	void everyRepositoryExistsBeforeTheServerAnswers() {
		assertThat(CREATED_WHEN_SERVING).as("repositories seen when the server started").hasSizeGreaterThan(10);
		assertThat(CREATED_WHEN_SERVING).allSatisfy((name, created) -> assertThat(created).as(name).isTrue());
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class WhenServing {

		@Bean
		static ApplicationListener<WebServerInitializedEvent> repositoriesWhenServing(
				ConfigurableListableBeanFactory beans) {
			return (event) -> {
				List<String> names = Arrays.asList(beans.getBeanNamesForType(Repository.class, true, false));
				names.forEach((name) -> CREATED_WHEN_SERVING.put(name, beans.containsSingleton(name)));
			};
		}

	}

}
