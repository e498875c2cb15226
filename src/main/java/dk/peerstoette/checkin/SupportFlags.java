package dk.peerstoette.checkin;

import java.time.LocalDate;
import java.util.Collection;

import dk.peerstoette.security.StaffUser;

/**
 * Whether peer workers need support, as flags and counts only: never a check-in's
 * answers. A peer worker is flagged when their strain was high in their last two
 * check-ins (a strain dimension such as demand or set-back in the top quarter of the
 * scale, 3 or more on 0 to 4, in each), or when their last supervision was
 * {@code app.checkin.supervision-overdue-weeks} weeks ago or longer (counted from their
 * start when they have had none).
 */
public interface SupportFlags {

	/**
	 * How many of the active peer workers the coordinator supervises are flagged today; 0
	 * for anyone who is not a coordinator.
	 */
	long flaggedCount(StaffUser coordinator);

	/**
	 * Counts over the peer workers of the organisations who worked some time in the
	 * period: how many there were, how many received supervision in the period, and, as
	 * of the period's last day (or today, if that is earlier), how many of those still
	 * working were overdue for supervision or flagged for strain.
	 */
	SupportCounts counts(Collection<Long> organisationIds, LocalDate from, LocalDate to);

}
