package dk.peerstoette.retention;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Retention.
 *
 * @param noticeDays how many days before a recipient falls due a coordinator sees them in
 * the list of what is due
 * @param schedule when the daily anonymisation runs (a cron expression, in
 * {@code app.time-zone})
 */
@ConfigurationProperties("app.retention")
public record RetentionProperties(@DefaultValue("30") int noticeDays, @DefaultValue("0 30 2 * * *") String schedule) {

	public RetentionProperties {
		if (noticeDays < 0 || noticeDays > 3660) {
			throw new IllegalArgumentException("app.retention.notice-days must be between 0 and 3660");
		}
	}

}
