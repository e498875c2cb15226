package dk.peerstoette.dashboard;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Rebuilds stale contact summaries in the background, a few organisation-years at a time,
 * so that the dashboard reads few months from the contacts themselves. Off in tests
 * ({@code app.dashboard.summary-refresh=false}), which call
 * {@link ContactSummary#refreshStale} when they need it.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "app.dashboard.summary-refresh", havingValue = "true", matchIfMissing = true)
class ContactSummaryRefresher {

	private static final Logger log = LoggerFactory.getLogger(ContactSummaryRefresher.class);

	private static final int YEARS_PER_ROUND = 10;

	private final ContactSummary summary;

	ContactSummaryRefresher(ContactSummary summary) {
		this.summary = summary;
	}

	@Scheduled(initialDelayString = "${app.dashboard.summary-refresh-ms:10000}",
			fixedDelayString = "${app.dashboard.summary-refresh-ms:10000}")
	void refresh() {
		int total = 0;
		int rebuilt;
		do {
			rebuilt = this.summary.refreshStale(YEARS_PER_ROUND);
			total += rebuilt;
		}
		while (rebuilt == YEARS_PER_ROUND);
		if (total > 0) {
			log.debug("Contact summaries: rebuilt {} organisation-years", total);
		}
	}

}
