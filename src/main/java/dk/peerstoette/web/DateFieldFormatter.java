package dk.peerstoette.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.format.Formatter;

/**
 * Every date field of every form, and every date in a list's filter, in the reader's
 * order whatever the browser's own language ({@code <input type="date">} follows the
 * browser's, not the page's): Danish {@code dd.mm.åååå}; English the ISO
 * {@code yyyy-mm-dd}, which no English reader can take the wrong way round (03/04 is
 * March to some and April to others). Read in both languages: ISO (links and old
 * bookmarks carry it), a day first with dots ({@code 6.12.2026}), and eight digits in the
 * language's order ({@code 06122026}, {@code 20261206}) for phones whose number pad has
 * no dot; Danish also takes the day first with a dash or a slash, as Danes write it. Only
 * years 1 to 9999: a year past that is a value that does not fit the field, answered like
 * any other (PostgreSQL cannot store it).
 */
final class DateFieldFormatter implements Formatter<LocalDate> {

	private static final DateTimeFormatter DANISH = DateTimeFormatter.ofPattern("dd.MM.uuuu");

	private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");

	private static final Pattern DAY_FIRST_WITH_DOTS = Pattern.compile("(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})");

	private static final Pattern DAY_FIRST = Pattern.compile("(\\d{1,2})[./-](\\d{1,2})[./-](\\d{4})");

	private static final Pattern EIGHT_DIGITS = Pattern.compile("(\\d{2})(\\d{2})(\\d{2})(\\d{2})");

	/** Whether a reader of this language writes the day first (dd.mm.åååå). */
	static boolean dayFirst(Locale locale) {
		return "da".equals(locale.getLanguage());
	}

	@Override
	public String print(LocalDate date, Locale locale) {
		return dayFirst(locale) ? DANISH.format(date) : date.toString();
	}

	@Override
	public LocalDate parse(String text, Locale locale) {
		String value = text.strip();
		boolean dayFirst = dayFirst(locale);
		Matcher iso = ISO.matcher(value);
		if (iso.matches()) {
			return date(iso.group(1), iso.group(2), iso.group(3));
		}
		Matcher day = (dayFirst ? DAY_FIRST : DAY_FIRST_WITH_DOTS).matcher(value);
		if (day.matches()) {
			return date(day.group(3), day.group(2), day.group(1));
		}
		Matcher digits = EIGHT_DIGITS.matcher(value);
		if (digits.matches()) {
			return dayFirst ? date(digits.group(3) + digits.group(4), digits.group(2), digits.group(1))
					: date(digits.group(1) + digits.group(2), digits.group(3), digits.group(4));
		}
		throw new IllegalArgumentException("Not a date in a form this field reads");
	}

	private static LocalDate date(String year, String month, String day) {
		try {
			LocalDate date = LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
			if (date.getYear() < 1) {
				throw new IllegalArgumentException("Year out of range");
			}
			return date;
		}
		catch (DateTimeException ex) {
			throw new IllegalArgumentException("No such day", ex);
		}
	}

}
