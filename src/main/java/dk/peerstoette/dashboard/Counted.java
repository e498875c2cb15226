package dk.peerstoette.dashboard;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * A figure as counted, before {@link DisclosureControl} decides what of it may be shown:
 * what it counts, its exact value and the people behind it. Never leaves the module.
 */
sealed interface Counted {

	/** The exact value, as a reader would see it if nothing were protected. */
	@Nullable BigDecimal exact();

	/** How many distinct people the figure rests on. */
	long persons();

	/**
	 * A count: recipients, courses, contacts or peer workers.
	 *
	 * @param statistic what is counted; the same statistic of the same people always gets
	 * the same rounding
	 * @param value the count
	 * @param persons the distinct people it rests on
	 */
	record Count(Statistic statistic, long value, long persons) implements Counted {

		@Override
		public BigDecimal exact() {
			return BigDecimal.valueOf(this.value);
		}

	}

	/** Time spent, in minutes; shown in hours. */
	record Hours(long minutes, long persons) implements Counted {

		@Override
		public BigDecimal exact() {
			return DashboardService.hoursOf(this.minutes);
		}

	}

	/**
	 * The mean or median of contacts per recipient reached, over that many recipients.
	 */
	record PerRecipient(Statistic statistic, long recipients, @Nullable BigDecimal value) implements Counted {

		@Override
		public @Nullable BigDecimal exact() {
			return this.value;
		}

		@Override
		public long persons() {
			return this.recipients;
		}

	}

	/**
	 * One figure of a CHIME change, from the sums of its pairs.
	 *
	 * @param column which figure
	 * @param sums the pairs' sums
	 * @param hidden whether the {@link ChimeGrid} hides it so that a small group
	 * elsewhere cannot be worked out
	 * @param width the widest instrument scale (maximum minus minimum): the most one
	 * person's change can move a sum
	 */
	record Change(Column column, ChimeSums sums, boolean hidden, double width) implements Counted {

		@Override
		public @Nullable BigDecimal exact() {
			if (this.column == Column.PAIRS) {
				return BigDecimal.valueOf(this.sums.n());
			}
			ChimeStatistics s = ChimeStatistics.of(this.sums.n(), this.sums.sum(), this.sums.sumOfSquares(),
					this.sums.improved());
			Double value = switch (this.column) {
				case MEAN -> s.mean();
				case CI_LOW -> s.ciLow();
				case CI_HIGH -> s.ciHigh();
				case DZ -> s.dz();
				case IMPROVED -> (s.shareImproved() != null) ? s.shareImproved() * 100 : null;
				case PAIRS -> (double) this.sums.n();
			};
			int scale = (this.column == Column.IMPROVED) ? 0 : 2;
			return (value != null) ? BigDecimal.valueOf(value).setScale(scale, java.math.RoundingMode.HALF_UP) : null;
		}

		@Override
		public long persons() {
			return this.sums.n();
		}

		/** The figures of a CHIME row. */
		enum Column {

			PAIRS, MEAN, CI_LOW, CI_HIGH, DZ, IMPROVED

		}

	}

	/**
	 * A number of days over that many people: the median wait from the waiting list to
	 * the first contact.
	 */
	record Days(Statistic statistic, long persons, @Nullable BigDecimal value) implements Counted {

		@Override
		public @Nullable BigDecimal exact() {
			return this.value;
		}

	}

	/** No figure: the cell does not apply. */
	record Nothing() implements Counted {

		@Override
		public @Nullable BigDecimal exact() {
			return null;
		}

		@Override
		public long persons() {
			return 0;
		}

	}

	/** What a count counts. */
	enum Statistic {

		RECIPIENTS_REACHED, COURSES_NEW, COURSES_ACTIVE, COURSES_ENDED, CONTACTS, PEER_WORKERS, PEER_WORKERS_SUPERVISED,
		PEER_WORKERS_OVERDUE, PEER_WORKERS_STRAINED, CONTACTS_PER_RECIPIENT_MEAN, CONTACTS_PER_RECIPIENT_MEDIAN,
		PEER_WORKERS_ENDED, BRIDGE_CONTACTS, RELATIVES_CONTACTS, RELATIVES_PRESENT, WAITS, WAITING_DAYS_MEDIAN,
		BRIDGE_COURSES, NETWORK_RELATIVES, RECIPIENT_CONTACTS

	}

}
