package dk.peerstoette.dashboard.export;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import dk.peerstoette.dashboard.DashboardFilter;

/**
 * The dates a filter covers (both included) and how the period is named in a file name.
 * Without a year the current one is meant; without a month or quarter the current one.
 */
record ExportPeriod(LocalDate from, LocalDate to, String fileLabel) {

	static ExportPeriod of(DashboardFilter filter, LocalDate today) {
		int year = (filter.getYear() != null) ? filter.getYear() : today.getYear();
		return switch (filter.getPeriod()) {
			case MONTH -> {
				int month = (filter.getMonth() != null) ? filter.getMonth() : today.getMonthValue();
				LocalDate from = LocalDate.of(year, month, 1);
				yield new ExportPeriod(from, from.plusMonths(1).minusDays(1), "%d-%02d".formatted(year, month));
			}
			case QUARTER -> {
				int quarter = (filter.getQuarter() != null) ? filter.getQuarter() : (today.getMonthValue() - 1) / 3 + 1;
				LocalDate from = LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
				yield new ExportPeriod(from, from.plusMonths(3).minusDays(1), "%d-Q%d".formatted(year, quarter));
			}
			case YEAR -> new ExportPeriod(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), String.valueOf(year));
			case CUSTOM -> {
				LocalDate from = (filter.getFrom() != null) ? filter.getFrom() : LocalDate.of(today.getYear(), 1, 1);
				LocalDate to = (filter.getTo() != null) ? filter.getTo() : today;
				yield new ExportPeriod(from, to, from + "_" + to);
			}
		};
	}

	/** E.g. '1. januar 2026 – 31. december 2026'. */
	String text(Locale locale) {
		DateTimeFormatter format = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
		return format.format(this.from) + " – " + format.format(this.to);
	}

}
