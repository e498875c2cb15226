package dk.peerstoette.dashboard;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Where the contact figures of a period are read from: whole months that are up to date
 * from the summaries (a whole calendar year as one piece where it can), and the rest —
 * the days of a month the period covers only in part, and stale months — from the
 * contacts. Together the pieces cover every organisation's period exactly once.
 *
 * @param activityMonths (organisation, month) whose {@code contact_activity} rows count
 * @param reachPieces (organisation, span 'M' or 'Y', first day) whose
 * {@code contact_reach} rows count
 * @param contactDays (organisation, first day, last day) read from the contacts
 */
record SummaryPlan(List<Object[]> activityMonths, List<Object[]> reachPieces, List<Object[]> contactDays) {

	/** Everything from the contacts (a filter the summaries cannot answer). */
	static SummaryPlan contactsOnly(Collection<Long> organisations, LocalDate from, LocalDate to) {
		List<Object[]> days = new ArrayList<>();
		organisations.forEach((organisation) -> days.add(new Object[] { organisation, from, to }));
		return new SummaryPlan(List.of(), List.of(), days);
	}

	/**
	 * The pieces for the organisations' period, given the stale months (as
	 * "organisation/yyyy-MM").
	 */
	static SummaryPlan of(Collection<Long> organisations, LocalDate from, LocalDate to, Set<String> staleMonths) {
		YearMonth firstWhole = (from.getDayOfMonth() == 1) ? YearMonth.from(from) : YearMonth.from(from).plusMonths(1);
		YearMonth lastWhole = YearMonth.from(to).atEndOfMonth().equals(to) ? YearMonth.from(to)
				: YearMonth.from(to).minusMonths(1);
		if (firstWhole.isAfter(lastWhole)) {
			return contactsOnly(organisations, from, to);
		}
		List<Object[]> activity = new ArrayList<>();
		List<Object[]> reach = new ArrayList<>();
		List<Object[]> days = new ArrayList<>();
		for (Long organisation : organisations) {
			Days contactDays = new Days(organisation, days);
			if (from.isBefore(firstWhole.atDay(1))) {
				contactDays.add(from, firstWhole.atDay(1).minusDays(1));
			}
			Set<Integer> staleYears = new HashSet<>();
			for (YearMonth month = firstWhole; !month.isAfter(lastWhole); month = month.plusMonths(1)) {
				if (staleMonths.contains(organisation + "/" + month)) {
					contactDays.add(month.atDay(1), month.atEndOfMonth());
					staleYears.add(month.getYear());
				}
				else {
					activity.add(new Object[] { organisation, month.atDay(1) });
				}
			}
			for (int year = firstWhole.getYear(); year <= lastWhole.getYear(); year++) {
				boolean wholeYear = !firstWhole.isAfter(YearMonth.of(year, 1))
						&& !lastWhole.isBefore(YearMonth.of(year, 12));
				if (wholeYear && !staleYears.contains(year)) {
					reach.add(new Object[] { organisation, "Y", LocalDate.of(year, 1, 1) });
					continue;
				}
				for (int m = 1; m <= 12; m++) {
					YearMonth month = YearMonth.of(year, m);
					if (!month.isBefore(firstWhole) && !month.isAfter(lastWhole)
							&& !staleMonths.contains(organisation + "/" + month)) {
						reach.add(new Object[] { organisation, "M", month.atDay(1) });
					}
				}
			}
			if (to.isAfter(lastWhole.atEndOfMonth())) {
				contactDays.add(lastWhole.atEndOfMonth().plusDays(1), to);
			}
		}
		return new SummaryPlan(activity, reach, days);
	}

	/** An organisation's days read from the contacts, adjacent ranges joined. */
	private static final class Days {

		private final Long organisation;

		private final List<Object[]> days;

		private Object @Nullable [] last;

		Days(Long organisation, List<Object[]> days) {
			this.organisation = organisation;
			this.days = days;
		}

		void add(LocalDate first, LocalDate lastDay) {
			if (this.last != null && ((LocalDate) this.last[2]).plusDays(1).equals(first)) {
				this.last[2] = lastDay;
				return;
			}
			this.last = new Object[] { this.organisation, first, lastDay };
			this.days.add(this.last);
		}

	}

}
