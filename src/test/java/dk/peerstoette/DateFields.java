package dk.peerstoette;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * A day as a date field shows it: dd.mm.åååå on a Danish page, ISO on an English one (see
 * {@code web.DateFieldFormatter}).
 */
public final class DateFields {

	private static final DateTimeFormatter DANISH = DateTimeFormatter.ofPattern("dd.MM.uuuu");

	private DateFields() {
	}

	public static String danish(LocalDate day) {
		return DANISH.format(day);
	}

}
