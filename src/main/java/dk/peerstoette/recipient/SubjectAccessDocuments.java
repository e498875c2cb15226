package dk.peerstoette.recipient;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.json.JsonMapper;

import dk.peerstoette.recipient.SubjectAccessSection.Entry;
import dk.peerstoette.recipient.SubjectAccessSection.Field;
import dk.peerstoette.web.PrintedDocuments;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The subject access export as one download: a zip holding the PDF to read (in the
 * reader's language, Danish by default; dates as dd.mm.åååå in the business time zone)
 * and the JSON file for machines (field names in English, dates ISO-8601 with the offset
 * of the business time zone, codes as codes).
 */
@Component
class SubjectAccessDocuments {

	static final String TEMPLATE = "recipient/subject-access";

	/** Tells a reader which version of the JSON layout a file has. */
	static final int FORMAT_VERSION = 1;

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

	private final PrintedDocuments documents;

	private final MessageSource messages;

	private final Clock clock;

	SubjectAccessDocuments(PrintedDocuments documents, MessageSource messages, Clock clock) {
		this.documents = documents;
		this.messages = messages;
		this.clock = clock;
	}

	/** The zip's file name, and the stem of the two files in it. */
	static String name(SubjectAccessExport export) {
		return "indsigt-" + export.internalNumber();
	}

	byte[] zip(SubjectAccessExport export, Locale locale) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			zip.putNextEntry(new ZipEntry(name(export) + ".pdf"));
			zip.write(pdf(export, locale));
			zip.closeEntry();
			zip.putNextEntry(new ZipEntry(name(export) + ".json"));
			zip.write(json(export));
			zip.closeEntry();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	byte[] pdf(SubjectAccessExport export, Locale locale) {
		List<Printed.Section> sections = export.sections().stream().map((section) -> printed(section, locale)).toList();
		return this.documents.pdf(TEMPLATE,
				Map.of("export", export, "producedAt", format(export.producedAt(), locale), "sections", sections),
				locale);
	}

	byte[] json(SubjectAccessExport export) {
		ObjectNode root = JsonNodeFactory.instance.objectNode();
		root.put("document", "SUBJECT_ACCESS_EXPORT");
		root.put("formatVersion", FORMAT_VERSION);
		root.put("producedAt", iso(export.producedAt()));
		root.put("producedBy", export.organisationName());
		for (SubjectAccessSection section : export.sections()) {
			root.set(section.name(), json(section));
		}
		return JsonMapper.shared().writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
	}

	private ArrayNode json(SubjectAccessSection section) {
		ArrayNode entries = JsonNodeFactory.instance.arrayNode();
		for (Entry entry : section.entries()) {
			ObjectNode node = entries.addObject();
			for (Field field : entry.fields()) {
				put(node, field.name(), field.value());
			}
			for (SubjectAccessSection part : entry.parts()) {
				node.set(part.name(), json(part));
			}
		}
		return entries;
	}

	private void put(ObjectNode node, String name, @Nullable Object value) {
		if (value == null) {
			node.putNull(name);
		}
		else if (value instanceof String text) {
			node.put(name, text);
		}
		else if (value instanceof Long number) {
			node.put(name, number);
		}
		else if (value instanceof Integer number) {
			node.put(name, number);
		}
		else if (value instanceof BigDecimal number) {
			node.put(name, number);
		}
		else if (value instanceof Boolean yes) {
			node.put(name, yes);
		}
		else if (value instanceof Instant instant) {
			node.put(name, iso(instant));
		}
		else if (value instanceof LocalTime time) {
			node.put(name, DateTimeFormatter.ISO_LOCAL_TIME.format(time));
		}
		else if (value instanceof List<?> codes) {
			ArrayNode array = node.putArray(name);
			codes.forEach((code) -> array.add(String.valueOf(code)));
		}
		else {
			// A date: ISO-8601 as it is.
			node.put(name, value.toString());
		}
	}

	private String iso(Instant instant) {
		return DateTimeFormatter.ISO_OFFSET_DATE_TIME
			.format(instant.truncatedTo(ChronoUnit.SECONDS).atZone(this.clock.getZone()).toOffsetDateTime());
	}

	private Printed.Section printed(SubjectAccessSection section, Locale locale) {
		return new Printed.Section(
				message(section.messagePrefix()
						+ "heading", locale),
				section.entries()
					.stream()
					.map((entry) -> new Printed.Entry(entry.fields()
						.stream()
						.filter((field) -> field.value() != null)
						.map((field) -> new Printed.Field(message(section.messagePrefix() + field.name(), locale),
								text(field, locale)))
						.toList(), entry.parts().stream().map((part) -> printed(part, locale)).toList()))
					.toList());
	}

	private String text(Field field, Locale locale) {
		Object value = Objects.requireNonNull(field.value());
		String codes = field.codePrefix();
		if (codes != null) {
			return (value instanceof List<?> list)
					? list.stream().map((code) -> message(codes + code, locale)).collect(Collectors.joining(", "))
					: message(codes + value, locale);
		}
		if (value instanceof Boolean yes) {
			return message(yes ? "recipient.export.yes" : "recipient.export.no", locale);
		}
		if (value instanceof BigDecimal number) {
			return NumberFormat.getNumberInstance(locale).format(number);
		}
		if (value instanceof LocalDate date) {
			return DATE.format(date);
		}
		if (value instanceof LocalTime time) {
			return TIME.format(time);
		}
		if (value instanceof Instant instant) {
			return format(instant, locale);
		}
		return value.toString();
	}

	private String format(Instant instant, Locale locale) {
		return DATE_TIME.withLocale(locale).format(instant.atZone(this.clock.getZone()));
	}

	private String message(String key, Locale locale) {
		return this.messages.getMessage(key, null, locale);
	}

	/**
	 * The export as the PDF's template reads it: every text made in the reader's
	 * language.
	 */
	static final class Printed {

		private Printed() {
		}

		record Section(String title, List<Entry> entries) {

		}

		record Entry(List<Field> fields, List<Section> parts) {

		}

		record Field(String label, String text) {

		}

	}

}
