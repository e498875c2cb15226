package dk.peerstoette.dashboard;

import org.apache.commons.statistics.distribution.TDistribution;
import org.jspecify.annotations.Nullable;

/**
 * The change in one CHIME dimension over paired measurements (baseline and latest
 * follow-up), finished from the sums the database returns: the number of pairs, the sum
 * and the sum of squares of the changes, and how many improved by the threshold or more.
 *
 * @param n the number of pairs
 * @param mean the mean change, none without pairs
 * @param sd the sample standard deviation of the change, none with fewer than 2 pairs
 * @param ciLow the lower end of the 95 % confidence interval of the mean
 * @param ciHigh the upper end
 * @param dz the standardised effect size of paired measurements, mean / sd
 * @param shareImproved the share of pairs that improved (0 to 1)
 */
record ChimeStatistics(long n, @Nullable Double mean, @Nullable Double sd, @Nullable Double ciLow,
		@Nullable Double ciHigh, @Nullable Double dz, @Nullable Double shareImproved) {

	static ChimeStatistics of(long n, double sum, double sumOfSquares, long improved) {
		if (n == 0) {
			return new ChimeStatistics(0, null, null, null, null, null, null);
		}
		double mean = sum / n;
		double share = (double) improved / n;
		if (n < 2) {
			return new ChimeStatistics(n, mean, null, null, null, null, share);
		}
		// Sum of squared deviations; never below 0 for rounding.
		double squares = Math.max(0, sumOfSquares - sum * sum / n);
		double sd = Math.sqrt(squares / (n - 1));
		double t = TDistribution.of(n - 1).inverseCumulativeProbability(0.975);
		double half = t * sd / Math.sqrt(n);
		Double dz = (sd > 0) ? mean / sd : null;
		return new ChimeStatistics(n, mean, sd, mean - half, mean + half, dz, share);
	}

}
