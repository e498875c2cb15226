package dk.peerstoette.checkin;

/**
 * Counts of peer workers for a period, as {@link SupportFlags#counts} defines them.
 */
public record SupportCounts(long peerWorkers, long withSupervisionInPeriod, long supervisionOverdue,
		long strainFlagged) {

}
