package dk.peerstoette.dashboard.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import dk.peerstoette.dashboard.Figure;
import dk.peerstoette.dashboard.FigureRow;
import dk.peerstoette.dashboard.FigureTable;

/**
 * One table as CSV (RFC 4180, comma, CRLF), UTF-8 with a byte order mark so that Excel
 * reads æøå: a header row with the table's title over the label column and the column
 * headings, then one line per row. Suppressed figures are written as their marks.
 */
final class CsvExport {

	private static final char BOM = '\uFEFF';

	private CsvExport() {
	}

	static byte[] write(FigureTable table, FigureText text) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
				CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180)) {
			writer.write(BOM);
			List<String> header = new ArrayList<>();
			header.add(table.title());
			header.addAll(table.columns());
			printer.printRecord(header);
			for (FigureRow row : table.rows()) {
				List<String> line = new ArrayList<>();
				line.add(row.label());
				for (Figure figure : row.cells()) {
					line.add(text.plain(figure));
				}
				printer.printRecord(line);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

}
