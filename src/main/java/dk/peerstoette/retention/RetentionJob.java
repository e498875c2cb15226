package dk.peerstoette.retention;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Anonymises, once a day ({@code app.retention.schedule}, in the business time zone),
 * every recipient whose retention period has ended and who is not on hold. Safe to run on
 * several instances at once and to run again: see
 * {@link RetentionService#anonymiseDue()}.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
public class RetentionJob {

	private final RetentionService retention;

	RetentionJob(RetentionService retention) {
		this.retention = retention;
	}

	@Scheduled(cron = "${app.retention.schedule:0 30 2 * * *}", zone = "${app.time-zone:Europe/Copenhagen}")
	public int run() {
		return this.retention.anonymiseDue();
	}

}
