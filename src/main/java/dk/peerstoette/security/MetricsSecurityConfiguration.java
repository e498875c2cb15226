package dk.peerstoette.security;

import java.util.List;

import org.springframework.boot.micrometer.metrics.autoconfigure.export.prometheus.PrometheusScrapeEndpoint;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.SecurityContextHolderFilter;

/**
 * {@code /actuator/prometheus} for two kinds of caller: an administrator signed in as
 * anywhere else (their session), and the Prometheus scraper, which sends the username and
 * password of {@code app.metrics.*} with each request (HTTP Basic, no session). The
 * scraper's login opens nothing else, a staff login sent as HTTP Basic opens nothing
 * here, and each guess counts against {@link PasswordAttempts} like a sign-in.
 */
@Configuration(proxyBeanMethods = false)
class MetricsSecurityConfiguration {

	static final String SCRAPER_ROLE = "METRICS_SCRAPER";

	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE)
	SecurityFilterChain metricsFilterChain(HttpSecurity http, ScraperProperties scraper,
			PasswordEncoder passwordEncoder, PasswordAttempts attempts, SignedInSessions signedInSessions)
			throws Exception {
		List<UserDetails> scrapers = scraper.hasScraper() ? List.of(User.withUsername(scraper.scraperUsername())
			.password(passwordEncoder.encode(scraper.scraperPassword()))
			.roles(SCRAPER_ROLE)
			.build()) : List.of();
		DaoAuthenticationProvider scraperCheck = new DaoAuthenticationProvider((username) -> scrapers.stream()
			.filter((user) -> user.getUsername().equals(username))
			.findFirst()
			.orElseThrow(() -> new UsernameNotFoundException("not the scraper")));
		scraperCheck.setPasswordEncoder(passwordEncoder);
		http.securityMatcher(EndpointRequest.to(PrometheusScrapeEndpoint.class));
		http.authenticationManager(new ProviderManager(new ThrottledAuthenticationProvider(scraperCheck, attempts,
				// The scraper is a machine with its own long password, not a person.
				(user) -> false)));
		http.authorizeHttpRequests((requests) -> requests.anyRequest().hasAnyRole(Role.ADMIN.name(), SCRAPER_ROLE));
		http.httpBasic((basic) -> basic.realmName("metrics"));
		// A refused scrape leaves no session behind to come back to.
		http.requestCache((cache) -> cache.disable());
		http.addFilterBefore(new SessionLifetimeFilter(signedInSessions), SecurityContextHolderFilter.class);
		return http.build();
	}

}
