package dk.peerstoette.web;

import java.time.LocalDate;
import java.util.Set;

import org.springframework.format.AnnotationFormatterFactory;
import org.springframework.format.Parser;
import org.springframework.format.Printer;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.datetime.standard.Jsr310DateTimeFormatAnnotationFormatterFactory;

/**
 * Reads a {@code @DateTimeFormat} date as Spring does, but only from year 1 to 9999: ISO
 * dates may carry any year up to a billion, which no date field offers and PostgreSQL
 * cannot store, so such a date was a server error. Now it is a value that does not fit
 * the field, answered like any other.
 */
class PlausibleDateFormatterFactory implements AnnotationFormatterFactory<DateTimeFormat> {

	static final int FIRST_YEAR = 1;

	static final int LAST_YEAR = 9999;

	private final Jsr310DateTimeFormatAnnotationFormatterFactory standard = new Jsr310DateTimeFormatAnnotationFormatterFactory();

	@Override
	public Set<Class<?>> getFieldTypes() {
		return Set.of(LocalDate.class);
	}

	@Override
	public Printer<?> getPrinter(DateTimeFormat annotation, Class<?> fieldType) {
		return this.standard.getPrinter(annotation, fieldType);
	}

	@Override
	public Parser<?> getParser(DateTimeFormat annotation, Class<?> fieldType) {
		Parser<?> parser = this.standard.getParser(annotation, fieldType);
		return (text, locale) -> {
			LocalDate date = (LocalDate) parser.parse(text, locale);
			if (date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR) {
				throw new IllegalArgumentException("Year out of range");
			}
			return date;
		};
	}

}
