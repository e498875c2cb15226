package dk.peerstoette.contact;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.List;

/**
 * A peer worker's week, Monday to Sunday: each day's contacts with the day's totals, and
 * the week's; {@code today} is the business day it was made on.
 */
record ContactWeek(LocalDate monday, List<Day> days, ContactTotals totals, boolean linked, LocalDate today) {

	public LocalDate sunday() {
		return this.monday.plusDays(6);
	}

	public int number() {
		return this.monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
	}

	public LocalDate previous() {
		return this.monday.minusWeeks(1);
	}

	public LocalDate next() {
		return this.monday.plusWeeks(1);
	}

	public boolean isCurrent() {
		return !this.today.isBefore(this.monday) && !this.today.isAfter(sunday());
	}

	record Day(LocalDate date, List<ContactRow> contacts, ContactTotals totals, boolean today) {

		public boolean isToday() {
			return this.today;
		}

	}

}
