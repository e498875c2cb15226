package dk.peerstoette.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.apache.commons.statistics.distribution.TDistribution;
import org.jspecify.annotations.Nullable;

import dk.peerstoette.dashboard.Counted.Change;
import dk.peerstoette.dashboard.Counted.Count;
import dk.peerstoette.dashboard.Counted.Days;
import dk.peerstoette.dashboard.Counted.Hours;
import dk.peerstoette.dashboard.Counted.PerRecipient;
import dk.peerstoette.dashboard.Figure.Shown;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Decides what of a counted figure may be shown, so that nothing about fewer than
 * {@code k} people (5) can be read or worked out from the dashboard, its charts and
 * exports, whatever answers are combined. The rules (see "Small numbers" in the README):
 * <ul>
 * <li>A figure built from 1 to k−1 people is not shown ({@link Shown#SMALL}).</li>
 * <li>Every other count and sum of hours is rounded to a multiple of k, up or down at
 * random with the probability that keeps it unbiased. Any sum or difference of shown
 * counts is then a multiple of k too, so it can never be a hidden count of 1 to k−1.</li>
 * <li>Means (contacts per recipient, CHIME change) get noise scaled to what one person
 * can move them; CHIME's figures (mean, confidence interval, effect size, share improved)
 * are all computed from perturbed sums, so none of them gives the exact sums back.</li>
 * <li>The randomness is drawn from a keyed hash (HMAC-SHA256, key in
 * {@code disclosure_key}) of the statistic and its unrounded inputs: the same figure of
 * the same people always gets the same rounding and noise, so asking again, or asking in
 * another way that covers the same people, averages nothing out.</li>
 * </ul>
 * Which CHIME cells are hidden to protect others is the {@link ChimeGrid}'s decision,
 * taken before this.
 */
@Component
class DisclosureControl {

	/**
	 * How far the sum of a CHIME change is moved, in widths of the widest instrument
	 * scale: one person moves it by at most one width (4 on a 0–4 scale), so the
	 * difference of two answers that differ by one person misses that person's change by
	 * more than half a point in about nine cases of ten.
	 */
	static final double CHANGE_SUM_NOISE = 1.25;

	/** How far the sum of squared changes is moved, in squared scale widths. */
	static final double CHANGE_SQUARES_NOISE = 0.5;

	/** How far the number of pairs behind CHIME's derived figures is moved. */
	static final double PAIRS_NOISE = 2.5;

	/** How far the number who improved is moved. */
	static final double IMPROVED_NOISE = 1.5;

	/** How far the sum behind contacts per recipient is moved, in contacts. */
	static final double CONTACTS_SUM_NOISE = 10;

	/** The grid a number of days is shown on: whole weeks. */
	static final int DAYS_BASE = 7;

	private final int k;

	private final KeySource keys;

	private volatile byte @Nullable [] secret;

	@Autowired
	DisclosureControl(JdbcClient jdbc, DashboardProperties dashboard) {
		this(() -> jdbc.sql("select secret from disclosure_key where id = 1").query(byte[].class).single(),
				dashboard.minPersons());
	}

	/** With a key of the caller's, for tests that attack the rules under many keys. */
	DisclosureControl(KeySource keys, int k) {
		if (k < 2) {
			throw new IllegalArgumentException("The smallest group shown must be at least 2 people");
		}
		this.keys = keys;
		this.k = k;
	}

	/** Where the key comes from. */
	@FunctionalInterface
	interface KeySource {

		byte[] key();

	}

	int minPersons() {
		return this.k;
	}

	/** The table as it may be shown. */
	FigureTable publish(CountedTable table) {
		List<FigureRow> rows = new ArrayList<>(table.rows().size());
		for (CountedTable.Row row : table.rows()) {
			rows.add(new FigureRow(row.label(), row.cells().stream().map(this::publish).toList()));
		}
		return table.shape().withRows(rows);
	}

	Figure publish(Counted counted) {
		if (counted instanceof Count count) {
			return count(count);
		}
		if (counted instanceof Hours hours) {
			return hours(hours);
		}
		if (counted instanceof PerRecipient perRecipient) {
			return perRecipient(perRecipient);
		}
		if (counted instanceof Change change) {
			return change(change);
		}
		if (counted instanceof Days days) {
			return days(days);
		}
		return shown(null);
	}

	private Figure count(Count count) {
		if (isSmall(count.persons(), count.value() == 0)) {
			return small();
		}
		double[] u = uniforms(count.statistic().name(), count.value(), count.persons());
		return shown(roundToBase(count.value(), u[0]));
	}

	private Figure hours(Hours hours) {
		if (isSmall(hours.persons(), hours.minutes() == 0)) {
			return small();
		}
		double[] u = uniforms("HOURS", hours.minutes(), hours.persons());
		return shown(roundToBase(hours.minutes() / 60.0, u[0]));
	}

	private Figure perRecipient(PerRecipient figure) {
		if (figure.value() == null || figure.recipients() == 0) {
			return shown(null);
		}
		if (isSmall(figure.recipients(), false)) {
			return small();
		}
		double[] u = uniforms(figure.statistic().name(), figure.recipients(), figure.value());
		double noisy = figure.value().doubleValue() + CONTACTS_SUM_NOISE * centred(u[0]) / figure.recipients();
		return shown(decimal(Math.max(0, noisy), 1));
	}

	/**
	 * Days (a median wait) are shown to the week: rounded down or up to a multiple of
	 * {@link #DAYS_BASE} at random with the probability that keeps them unbiased, drawn
	 * like every other figure from the keyed hash of the figure's exact inputs. One more
	 * or one fewer person moves a median to a neighbouring wait, which the week hides.
	 */
	private Figure days(Days days) {
		if (days.value() == null || days.persons() == 0) {
			return shown(null);
		}
		if (isSmall(days.persons(), false)) {
			return small();
		}
		double[] u = uniforms(days.statistic().name(), days.persons(), days.value());
		double value = days.value().doubleValue();
		long lower = (long) Math.floor(value / DAYS_BASE) * DAYS_BASE;
		double remainder = (value - lower) / DAYS_BASE;
		return shown(BigDecimal.valueOf((u[0] < remainder) ? lower + DAYS_BASE : lower));
	}

	private Figure change(Change change) {
		ChimeSums sums = change.sums();
		if (sums.n() == 0) {
			return shown((change.column() == Change.Column.PAIRS) ? BigDecimal.ZERO : null);
		}
		if (isSmall(sums.n(), false)) {
			return small();
		}
		if (change.hidden()) {
			return new Figure(null, Shown.HIDDEN);
		}
		double[] u = uniforms("CHIME", sums.n(), sums.sum(), sums.sumOfSquares(), sums.improved(), change.width());
		if (change.column() == Change.Column.PAIRS) {
			return shown(roundToBase(sums.n(), u[0]));
		}
		ChimeStatistics statistics = perturbed(sums, change.width(), u);
		Double value = switch (change.column()) {
			case MEAN -> statistics.mean();
			case CI_LOW -> statistics.ciLow();
			case CI_HIGH -> statistics.ciHigh();
			case DZ -> statistics.dz();
			case IMPROVED -> (statistics.shareImproved() != null) ? statistics.shareImproved() * 100 : null;
			case PAIRS -> throw new IllegalStateException("handled above");
		};
		int scale = (change.column() == Change.Column.IMPROVED) ? 0 : 2;
		return shown((value != null) ? decimal(value, scale) : null);
	}

	/**
	 * CHIME's figures from perturbed sums: the mean from the moved sum over the true
	 * number of pairs; the spread from the moved sums of squares; the interval and the
	 * effect size over a moved number of pairs, so that none of them tells the true
	 * number; the interval widened by the spread of the noise in the mean.
	 */
	private static ChimeStatistics perturbed(ChimeSums sums, double width, double[] u) {
		long n = sums.n();
		double noiseInSum = CHANGE_SUM_NOISE * width;
		double sum = sums.sum() + noiseInSum * centred(u[1]);
		double squares = sums.sumOfSquares() + CHANGE_SQUARES_NOISE * width * width * centred(u[2]);
		double pairs = Math.max(2, n + PAIRS_NOISE * centred(u[3]));
		double improved = sums.improved() + IMPROVED_NOISE * centred(u[4]);
		double mean = sum / n;
		double share = Math.min(1, Math.max(0, improved / n));
		double deviations = Math.max(0, squares - sum * sum / n);
		double sd = Math.sqrt(deviations / (n - 1));
		double t = TDistribution.of(pairs - 1).inverseCumulativeProbability(0.975);
		// The noise in the mean is uniform with this standard deviation.
		double noiseSd = noiseInSum / (n * Math.sqrt(3));
		double half = Math.sqrt(Math.pow(t * sd / Math.sqrt(pairs), 2) + Math.pow(1.96 * noiseSd, 2));
		Double dz = (sd > 0) ? mean / sd : null;
		return new ChimeStatistics(n, mean, sd, mean - half, mean + half, dz, share);
	}

	private boolean isSmall(long persons, boolean isZero) {
		if (persons == 0) {
			return !isZero;
		}
		return persons < this.k;
	}

	/** Down or up to a multiple of k, up with the probability of the remainder. */
	private BigDecimal roundToBase(double value, double u) {
		long lower = (long) Math.floor(value / this.k) * this.k;
		double remainder = (value - lower) / this.k;
		return BigDecimal.valueOf((u < remainder) ? lower + this.k : lower);
	}

	private static Figure small() {
		return new Figure(null, Shown.SMALL);
	}

	/** A shown figure carries no number of people: that is not for the reader. */
	private static Figure shown(@Nullable BigDecimal value) {
		return new Figure(value, Shown.VALUE);
	}

	private static BigDecimal decimal(double value, int scale) {
		return BigDecimal.valueOf(value).setScale(scale, RoundingMode.HALF_UP);
	}

	private static double centred(double u) {
		return 2 * u - 1;
	}

	/**
	 * Eight numbers in [0, 1) drawn from the keyed hash of the statistic and its inputs:
	 * the same inputs always draw the same numbers.
	 */
	double[] uniforms(String statistic, Object... inputs) {
		StringBuilder text = new StringBuilder(statistic);
		for (Object input : inputs) {
			text.append('|').append(canonical(input));
		}
		byte[] hash = hmac(text.toString());
		ByteBuffer buffer = ByteBuffer.wrap(hash);
		double[] u = new double[8];
		for (int i = 0; i < u.length; i++) {
			u[i] = Integer.toUnsignedLong(buffer.getInt()) * 0x1.0p-32;
		}
		return u;
	}

	/** Sums read from the database may differ in their last bits; six places decide. */
	private static String canonical(Object input) {
		if (input instanceof Double value) {
			return BigDecimal.valueOf(value).setScale(6, RoundingMode.HALF_UP).toPlainString();
		}
		if (input instanceof BigDecimal value) {
			return value.setScale(6, RoundingMode.HALF_UP).toPlainString();
		}
		return String.valueOf(input);
	}

	private byte[] hmac(String text) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret(), "HmacSHA256"));
			return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is part of every Java runtime", ex);
		}
	}

	private byte[] secret() {
		byte[] key = this.secret;
		if (key == null) {
			key = this.keys.key();
			this.secret = key;
		}
		return key;
	}

}
