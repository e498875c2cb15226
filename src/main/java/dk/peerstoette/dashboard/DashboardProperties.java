package dk.peerstoette.dashboard;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The dashboard.
 *
 * @param minPersons a figure built from fewer people than this is suppressed (shown as
 * {@code <5})
 * @param summaryRefresh whether stale contact summaries are rebuilt in the background
 * (off in tests, which rebuild them themselves)
 * @param summaryRefreshMs how often, in milliseconds
 */
@ConfigurationProperties("app.dashboard")
public record DashboardProperties(@DefaultValue("5") int minPersons, @DefaultValue("true") boolean summaryRefresh,
		@DefaultValue("10000") long summaryRefreshMs) {

}
