package dk.peerstoette.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The Prometheus scraper's login for {@code /actuator/prometheus} (HTTP Basic), beside
 * administrators' own sessions.
 *
 * @param scraperUsername the scraper's username
 * @param scraperPassword the scraper's password, at least 20 characters; empty: no
 * scraper, only administrators reach the metrics
 */
@ConfigurationProperties("app.metrics")
record ScraperProperties(@DefaultValue("prometheus") String scraperUsername, @DefaultValue("") String scraperPassword) {

	static final int MIN_PASSWORD_LENGTH = 20;

	ScraperProperties {
		if (!scraperPassword.isEmpty() && scraperPassword.length() < MIN_PASSWORD_LENGTH) {
			throw new IllegalArgumentException(
					"app.metrics.scraper-password must have at least " + MIN_PASSWORD_LENGTH + " characters");
		}
	}

	boolean hasScraper() {
		return !this.scraperPassword.isEmpty();
	}

}
