package dk.peerstoette.logreview;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;

import dk.peerstoette.audit.AccessLogEntry;

import org.springframework.context.MessageSource;

/**
 * The accesses as CSV, as the dashboard writes its tables (RFC 4180, comma, CRLF, UTF-8
 * with a byte order mark so that Excel reads æøå): a header row, then one line per
 * access, times in the business time zone. A cell that a spreadsheet would take for a
 * formula (what someone typed into a search may start with '=') is written as text.
 */
final class AccessLogCsv {

	private static final char BOM = '\uFEFF';

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private static final List<String> COLUMNS = List.of("id", "time", "username", "name", "role", "organisation",
			"action", "recordType", "recordId", "recipient", "outcome", "detail", "criteria", "shown", "requestId",
			"reviews", "reviewedAt", "reviewer", "comment");

	private AccessLogCsv() {
	}

	static byte[] write(List<EntryRow> rows, MessageSource messages, Locale locale) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
				CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180)) {
			writer.write(BOM);
			printer.printRecord(
					COLUMNS.stream().map((column) -> messages.getMessage("logreview.csv." + column, null, locale)));
			for (EntryRow row : rows) {
				AccessLogEntry entry = row.entry();
				AccessLogEntry.Review review = entry.lastReview();
				printer.printRecord(
						Stream
							.of(String.valueOf(entry.id()), TIME.format(row.at()), entry.username(), entry.fullName(),
									(entry.role() != null) ? messages.getMessage("role." + entry.role(), null, locale)
											: null,
									entry.organisationName(), entry.action().name(), entry.entityType(),
									entry.entityId(), entry.recipientNumber(), entry.outcome().name(), entry.detail(),
									entry.criteria(), entry.shown(), entry.requestId(), String.valueOf(entry.reviews()),
									(row.reviewedAt() != null) ? TIME.format(Objects.requireNonNull(row.reviewedAt()))
											: null,
									(review != null) ? review.reviewer() : null,
									(review != null) ? review.comment() : null)
							.map(AccessLogCsv::cell)
							.toList());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	private static String cell(@Nullable String value) {
		if (value == null) {
			return "";
		}
		return (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) ? "'" + value : value;
	}

}
