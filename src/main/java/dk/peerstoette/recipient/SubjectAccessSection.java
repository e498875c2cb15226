package dk.peerstoette.recipient;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * One section of a subject access export: its records, each a list of named values and
 * sub-sections (a contact's corrections, an assessment's answers). Names are the JSON
 * file's field names, stable and in English; the PDF labels each with the message
 * {@code <messagePrefix><name>} and heads the section with
 * {@code <messagePrefix>heading}.
 *
 * @param name the section's key in the JSON file
 * @param messagePrefix where the section's texts are, e.g. {@code contact.export.}
 */
public record SubjectAccessSection(String name, String messagePrefix, List<Entry> entries) {

	public SubjectAccessSection {
		entries = List.copyOf(entries);
	}

	/** One record: its values in the order the document shows them, and its parts. */
	public record Entry(List<Field> fields, List<SubjectAccessSection> parts) {

		public Entry {
			fields = List.copyOf(fields);
			parts = List.copyOf(parts);
		}

		public static Entry of(Field... fields) {
			return new Entry(List.of(fields), List.of());
		}

	}

	/**
	 * A named value: text, a number, a yes/no, a date, a time of day, an instant (shown
	 * in the business time zone), or a code (or a list of codes) whose reader's text is
	 * the message {@code <codePrefix><code>}. No value is {@code null}.
	 */
	public record Field(String name, @Nullable Object value, @Nullable String codePrefix) {

		public Field {
			if (value != null && !(value instanceof String || value instanceof Long || value instanceof Integer
					|| value instanceof BigDecimal || value instanceof Boolean || value instanceof LocalDate
					|| value instanceof LocalTime || value instanceof Instant || value instanceof List<?>)) {
				throw new IllegalArgumentException("No export format for " + value.getClass());
			}
			if (value instanceof List<?> && codePrefix == null) {
				throw new IllegalArgumentException("A list is a list of codes");
			}
		}

		public static Field of(String name, @Nullable Object value) {
			return new Field(name, value, null);
		}

		/** A code (an enum's name) told as {@code <codePrefix><code>}. */
		public static Field code(String name, String codePrefix, @Nullable Object code) {
			return new Field(name, (code != null) ? code.toString() : null, codePrefix);
		}

		/** Codes told as {@code <codePrefix><code>} each. */
		public static Field codes(String name, String codePrefix, List<?> codes) {
			return new Field(name, codes.stream().map(Objects::toString).toList(), codePrefix);
		}

	}

}
