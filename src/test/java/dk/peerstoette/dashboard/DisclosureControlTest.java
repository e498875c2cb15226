package dk.peerstoette.dashboard;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import dk.peerstoette.dashboard.Counted.Change;
import dk.peerstoette.dashboard.Counted.Change.Column;
import dk.peerstoette.dashboard.Counted.Count;
import dk.peerstoette.dashboard.Counted.Hours;
import dk.peerstoette.dashboard.Counted.PerRecipient;
import dk.peerstoette.dashboard.Counted.Statistic;
import dk.peerstoette.dashboard.Figure.Shown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The disclosure rules on their own, under many keys: what each kind of figure shows,
 * that the same figure always shows the same, and how often the attacks that combine
 * answers succeed.
 */
class DisclosureControlTest {

	static final int K = 5;

	static DisclosureControl withKey(long seed) {
		return new DisclosureControl(() -> ByteBuffer.allocate(32).putLong(seed).putLong(~seed).array(), K);
	}

	static BigDecimal shown(DisclosureControl control, Counted counted) {
		Figure figure = control.publish(counted);
		assertThat(figure.shown()).isEqualTo(Shown.VALUE);
		return figure.value();
	}

	@Nested
	class Counts {

		@Test
		void fewerThanFivePeopleAreNotShownAndZeroIs() {
			DisclosureControl control = withKey(1);
			for (int persons = 1; persons < K; persons++) {
				assertThat(control.publish(new Count(Statistic.RECIPIENTS_REACHED, persons, persons)).shown())
					.isEqualTo(Shown.SMALL);
				assertThat(control.publish(new Count(Statistic.CONTACTS, 40, persons)).shown()).isEqualTo(Shown.SMALL);
			}
			assertThat(shown(control, new Count(Statistic.CONTACTS, 0, 0))).isEqualByComparingTo("0");
			// Something counted about nobody is not a zero: it is not shown.
			assertThat(control.publish(new Count(Statistic.CONTACTS, 3, 0)).shown()).isEqualTo(Shown.SMALL);
		}

		@Test
		void everyShownCountIsAMultipleOfFiveNextToTheTrueOne() {
			for (long seed = 0; seed < 50; seed++) {
				DisclosureControl control = withKey(seed);
				for (int n = K; n < 60; n++) {
					Figure figure = control.publish(new Count(Statistic.RECIPIENTS_REACHED, n, n));
					long value = figure.value().longValueExact();
					assertThat(value % K).isZero();
					assertThat(Math.abs(value - n)).isLessThan(K);
				}
			}
		}

		@Test
		void theSameFigureAlwaysShowsTheSameAndTheRoundingIsUnbiased() {
			DisclosureControl control = withKey(7);
			Count count = new Count(Statistic.CONTACTS, 23, 9);
			BigDecimal first = shown(control, count);
			for (int i = 0; i < 20; i++) {
				assertThat(shown(control, new Count(Statistic.CONTACTS, 23, 9))).isEqualTo(first);
			}
			double sum = 0;
			int keys = 4000;
			for (long seed = 0; seed < keys; seed++) {
				sum += shown(withKey(seed), count).doubleValue();
			}
			// 23 is 20 with probability 0.4 and 25 with 0.6: the mean over keys is 23.
			assertThat(sum / keys).isCloseTo(23, within(0.2));
		}

		@Test
		void hoursAreShownInMultiplesOfFiveHours() {
			DisclosureControl control = withKey(3);
			BigDecimal hours = shown(control, new Hours(17 * 60 + 30, 8));
			assertThat(hours).isIn(new BigDecimal("15"), new BigDecimal("20"));
			assertThat(control.publish(new Hours(90, 2)).shown()).isEqualTo(Shown.SMALL);
		}

		/**
		 * The attack "total minus the visible cells": any sum and difference of shown
		 * counts is a multiple of five, so it never equals a hidden count of 1 to 4,
		 * under any key.
		 */
		@Test
		void aHiddenCountIsNeverTheTotalMinusTheShownParts() {
			// The caseload column of the report: 14, 6, 0 + 5 shown, 1 hidden, 26 in all.
			long[] parts = { 14, 6, 5 };
			long hidden = 1;
			long total = 26;
			for (long seed = 0; seed < 2000; seed++) {
				DisclosureControl control = withKey(seed);
				long worked = shown(control, new Count(Statistic.PEER_WORKERS, total, total)).longValueExact();
				for (long part : parts) {
					worked -= shown(control, new Count(Statistic.PEER_WORKERS, part, part)).longValueExact();
				}
				assertThat(control.publish(new Count(Statistic.PEER_WORKERS, hidden, hidden)).shown())
					.isEqualTo(Shown.SMALL);
				assertThat(worked).isNotEqualTo(hidden);
			}
		}

	}

	@Nested
	class Means {

		static ChimeSums sums(double... changes) {
			double sum = 0;
			double squares = 0;
			long improved = 0;
			for (double change : changes) {
				sum += change;
				squares += change * change;
				improved += (change >= 0.5) ? 1 : 0;
			}
			return new ChimeSums(changes.length, sum, squares, improved);
		}

		static Change change(Column column, ChimeSums sums) {
			return new Change(column, sums, false, 4);
		}

		@Test
		void aChimeChangeOfFewerThanFivePairsIsNotShownNorIsOneTheGridHides() {
			DisclosureControl control = withKey(1);
			ChimeSums four = sums(1, 2, 0, 3);
			for (Column column : Column.values()) {
				assertThat(control.publish(change(column, four)).shown()).isEqualTo(Shown.SMALL);
				assertThat(control.publish(new Change(column, sums(1, 2, 0, 3, 1, 1), true, 4)).shown())
					.isEqualTo(Shown.HIDDEN);
			}
			assertThat(shown(control, change(Column.PAIRS, ChimeSums.NONE))).isEqualByComparingTo("0");
			assertThat(control.publish(change(Column.MEAN, ChimeSums.NONE)).value()).isNull();
		}

		@Test
		void theMeanMovesAtMostByTheNoiseAndTheIntervalIsWidenedToHoldIt() {
			ChimeSums thirty = sums(new double[30]).plus(new ChimeSums(0, 30, 60, 0));
			for (long seed = 0; seed < 500; seed++) {
				DisclosureControl control = withKey(seed);
				double mean = shown(control, change(Column.MEAN, thirty)).doubleValue();
				double low = shown(control, change(Column.CI_LOW, thirty)).doubleValue();
				double high = shown(control, change(Column.CI_HIGH, thirty)).doubleValue();
				// True mean 1; the noise in the sum is at most 1.25 * 4 = 5, over 30
				// pairs.
				assertThat(mean).isCloseTo(1.0, within(5.0 / 30 + 0.005));
				assertThat(low).isLessThan(mean);
				assertThat(high).isGreaterThan(mean);
				assertThat(shown(control, change(Column.PAIRS, thirty)).longValueExact()).isIn(30L);
			}
		}

		/**
		 * Two answers that differ by one person (the same group a day later, or with one
		 * more person): the attacker knows both numbers of pairs exactly and subtracts
		 * the sums. Over many keys, the person's change comes out within half a point in
		 * about one case of ten, never reliably; without the noise it would come out
		 * exactly every time.
		 */
		@Test
		void subtractingTwoAnswersThatDifferByOnePersonRarelyComesWithinHalfAPoint() {
			double[] others = { 1, 0.5, -0.5, 2, 0, 1.5, 1 };
			double person = 2.5;
			double[] with = java.util.Arrays.copyOf(others, others.length + 1);
			with[others.length] = person;
			ChimeSums before = sums(others);
			ChimeSums after = sums(with);
			int keys = 10_000;
			int close = 0;
			for (long seed = 0; seed < keys; seed++) {
				DisclosureControl control = withKey(seed);
				double worked = after.n() * shown(control, change(Column.MEAN, after)).doubleValue()
						- before.n() * shown(control, change(Column.MEAN, before)).doubleValue();
				if (Math.abs(worked - person) <= 0.5) {
					close++;
				}
			}
			double exact = after.sum() - before.sum();
			assertThat(exact).isEqualTo(person);
			assertThat((double) close / keys).isLessThan(0.13);
		}

		@Test
		void contactsPerRecipientMoveByAtMostTenContactsOverTheRecipients() {
			for (long seed = 0; seed < 200; seed++) {
				DisclosureControl control = withKey(seed);
				BigDecimal mean = shown(control,
						new PerRecipient(Statistic.CONTACTS_PER_RECIPIENT_MEAN, 20, new BigDecimal("4.5")));
				assertThat(mean.doubleValue()).isCloseTo(4.5, within(10.0 / 20 + 0.05));
			}
			assertThat(withKey(1)
				.publish(new PerRecipient(Statistic.CONTACTS_PER_RECIPIENT_MEAN, 3, new BigDecimal("4.5")))
				.shown()).isEqualTo(Shown.SMALL);
		}

	}

	@Test
	void differentStatisticsOfTheSameNumbersDrawDifferentNoise() {
		DisclosureControl control = withKey(11);
		List<double[]> draws = List.of(control.uniforms("CONTACTS", 23L, 9L),
				control.uniforms("RECIPIENTS_REACHED", 23L, 9L), control.uniforms("CONTACTS", 23L, 10L));
		assertThat(draws.get(0)).isNotEqualTo(draws.get(1)).isNotEqualTo(draws.get(2));
		assertThat(control.uniforms("CONTACTS", 23L, 9L)).isEqualTo(draws.get(0));
		assertThat(withKey(12).uniforms("CONTACTS", 23L, 9L)).isNotEqualTo(draws.get(0));
	}

}
