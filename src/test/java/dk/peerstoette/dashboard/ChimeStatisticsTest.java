package dk.peerstoette.dashboard;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The statistics of paired CHIME measurements, on a fixed data set worked out by hand.
 */
class ChimeStatisticsTest {

	/*
	 * Changes (latest - baseline) of six pairs: 1, 2, 0, 3, -1, 1. n = 6, sum = 6, sum of
	 * squares = 1 + 4 + 0 + 9 + 1 + 1 = 16. mean = 6 / 6 = 1. squared deviations = 16 -
	 * 6^2 / 6 = 10; variance = 10 / 5 = 2; sd = sqrt 2 = 1.414214. t(0.975, 5) = 2.570582
	 * (table of Student's t); standard error = 1.414214 / sqrt 6 = 0.577350; half width =
	 * 2.570582 * 0.577350 = 1.484126; CI = [-0.484126, 2.484126]. d_z = 1 / 1.414214 =
	 * 0.707107. improved (change >= 0.5): 1, 2, 3, 1 = 4 of 6 = 0.666667.
	 */
	@Test
	void sixPairsWorkedOutByHand() {
		ChimeStatistics s = ChimeStatistics.of(6, 6, 16, 4);
		assertThat(s.n()).isEqualTo(6);
		assertThat(s.mean()).isCloseTo(1.0, within(1e-9));
		assertThat(s.sd()).isCloseTo(1.414214, within(1e-6));
		assertThat(s.ciLow()).isCloseTo(-0.484126, within(1e-6));
		assertThat(s.ciHigh()).isCloseTo(2.484126, within(1e-6));
		assertThat(s.dz()).isCloseTo(0.707107, within(1e-6));
		assertThat(s.shareImproved()).isCloseTo(0.666667, within(1e-6));
	}

	@Test
	void onePairHasAMeanButNoSpreadAndNoPairsNothing() {
		ChimeStatistics one = ChimeStatistics.of(1, 0.5, 0.25, 1);
		assertThat(one.mean()).isEqualTo(0.5);
		assertThat(one.sd()).isNull();
		assertThat(one.ciLow()).isNull();
		assertThat(one.shareImproved()).isEqualTo(1.0);
		assertThat(ChimeStatistics.of(0, 0, 0, 0).mean()).isNull();
	}

	@Test
	void identicalChangesHaveNoEffectSize() {
		// 2, 2, 2: sd 0, the interval shrinks to the mean, d_z is undefined.
		ChimeStatistics s = ChimeStatistics.of(3, 6, 12, 3);
		assertThat(s.sd()).isZero();
		assertThat(s.ciLow()).isEqualTo(2.0);
		assertThat(s.dz()).isNull();
	}

}
