package dk.peerstoette.dashboard.export;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import dk.peerstoette.dashboard.DashboardFilter;
import dk.peerstoette.dashboard.Period;
import dk.peerstoette.web.NotFoundException;

/**
 * The dates a filter covers (both included, as the dashboard resolves them) and how the
 * period is named in a file name: 2026, 2026-Q1, 2026-03 or 2026-01_2026-11.
 */
record ExportPeriod(LocalDate from, LocalDate to, String fileLabel) {

	/**
	 * The filter's period; a custom period without both days (or ending before it starts)
	 * is none: 404.
	 */
	static ExportPeriod of(DashboardFilter filter, LocalDate today) {
		Period period = filter.resolve(today);
		if (period == null) {
			throw new NotFoundException();
		}
		String label = switch (filter.getPeriod()) {
			case YEAR -> String.valueOf(period.from().getYear());
			case QUARTER -> "%d-Q%d".formatted(period.from().getYear(), (period.from().getMonthValue() - 1) / 3 + 1);
			case MONTH -> "%d-%02d".formatted(period.from().getYear(), period.from().getMonthValue());
			case CUSTOM -> YearMonth.from(period.from()) + "_" + YearMonth.from(period.to());
		};
		return new ExportPeriod(period.from(), period.to(), label);
	}

	/** E.g. '1. januar 2026 – 31. december 2026'. */
	String text(Locale locale) {
		DateTimeFormatter format = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
		return format.format(this.from) + " – " + format.format(this.to);
	}

}
