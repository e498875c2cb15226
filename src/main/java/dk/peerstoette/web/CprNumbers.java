package dk.peerstoette.web;

import java.text.Normalizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import org.springframework.validation.BindingResult;

/**
 * The one guard against CPR numbers (the Danish personal identity number) in what staff
 * type. It finds ten digits written as a CPR number is: a date of birth as six digits and
 * four more, together or apart by a space, a hyphen or dash, a dot or a slash, the date
 * perhaps split the same way ({@code 01.01.90-1234}); also in full-width or other
 * scripts' digits, with non-breaking hyphens and spaces, or with invisible characters in
 * between, as a copy from another document brings along.
 * <p>
 * A field that names or identifies a person (a recipient's alias or reference, a quote
 * that will be published) refuses such a number; a free-text field (a note, goals) warns
 * next to the field with {@link #warn}, and the user keeps the text only by ticking that
 * it holds none (the form's {@code cprConfirmed}, see the fragment
 * {@code fragments/cpr :: confirm}).
 */
public final class CprNumbers {

	/** The message code of the warning next to a free-text field. */
	public static final String WARNING = "form.cprLike";

	// Between the date and the four digits: a space, a dash, dot or slash, spaced or
	// not.
	private static final String SEPARATOR = "(?:\\s?[\\p{Pd}\\u2212./]\\s?|\\s)?";

	// The date as six digits, or split in day, month and year by the same separator
	// twice.
	private static final Pattern CPR_LIKE = Pattern.compile(
			"(?<!\\d)(?:(?<day>\\d{2})(?<month>\\d{2})\\d{2}|(?<day2>\\d{2})(?<sep>[\\s\\p{Pd}\\u2212./])"
					+ "(?<month2>\\d{2})\\k<sep>\\d{2})" + SEPARATOR + "\\d{4}(?!\\d)",
			Pattern.UNICODE_CHARACTER_CLASS);

	// Zero-width spaces and joiners, soft hyphens, direction marks: invisible, and
	// nothing to a reader, but they would hide the number from the pattern.
	private static final Pattern INVISIBLE = Pattern.compile("\\p{Cf}");

	private CprNumbers() {
	}

	/** Whether the text holds something written like a CPR number. */
	public static boolean appearsIn(@Nullable String text) {
		if (text == null || text.isEmpty()) {
			return false;
		}
		// NFKC makes full-width digits, dashes, dots and slashes and non-breaking spaces
		// and hyphens the plain ones.
		String plain = INVISIBLE.matcher(Normalizer.normalize(text, Normalizer.Form.NFKC)).replaceAll("");
		Matcher found = CPR_LIKE.matcher(plain);
		while (found.find()) {
			String day = (found.group("day") != null) ? found.group("day") : found.group("day2");
			String month = (found.group("month") != null) ? found.group("month") : found.group("month2");
			// A CPR number begins with the day of birth: other numbers of ten digits
			// mostly do not.
			if (inRange(day, 1, 31) && inRange(month, 1, 12)) {
				return true;
			}
		}
		return false;
	}

	private static boolean inRange(String digits, int min, int max) {
		int value = Integer.parseInt(digits);
		return value >= min && value <= max;
	}

	/**
	 * Warns next to each free-text field of the form that holds something like a CPR
	 * number, unless the user confirmed that it is none; the form then goes back with
	 * every typed value. A field that has a message already keeps it.
	 * @return whether a warning was given
	 */
	public static boolean warn(BindingResult result, boolean confirmed, String... fields) {
		if (confirmed) {
			return false;
		}
		boolean warned = false;
		for (String field : fields) {
			if (result.getRawFieldValue(field) instanceof String text && appearsIn(text)) {
				warned = true;
				if (!result.hasFieldErrors(field)) {
					result.rejectValue(field, WARNING);
				}
			}
		}
		return warned;
	}

}
