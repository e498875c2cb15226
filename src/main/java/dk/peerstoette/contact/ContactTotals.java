package dk.peerstoette.contact;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How many contacts a list or week holds, and the hours of those that were held (a
 * planned or not-held contact took no time).
 */
record ContactTotals(long count, long minutes) {

	static final ContactTotals NONE = new ContactTotals(0, 0);

	/** The hours to one decimal. */
	public BigDecimal hours() {
		return BigDecimal.valueOf(this.minutes).divide(BigDecimal.valueOf(60), 1, RoundingMode.HALF_UP);
	}

	ContactTotals plus(ContactRow row) {
		return new ContactTotals(this.count + 1,
				this.minutes + ((row.status() == ContactStatus.HELD) ? row.durationMinutes() : 0));
	}

}
