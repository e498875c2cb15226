package dk.peerstoette.dashboard.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import dk.peerstoette.dashboard.Figure;
import dk.peerstoette.dashboard.FigureRow;
import dk.peerstoette.dashboard.FigureTable;

/**
 * Every table as its own sheet, after a first sheet that says what was exported: the
 * filters, the period and the suppression rule. Figures are numbers; a suppressed figure
 * is its mark as text.
 */
final class XlsxExport {

	/** Excel's limit on a sheet's name. */
	static final int MAX_SHEET_NAME = 31;

	private XlsxExport() {
	}

	/**
	 * @param coverTitle the first sheet's name
	 * @param cover the first sheet's lines: a label and a text each
	 */
	static byte[] write(String coverTitle, List<List<String>> cover, List<FigureTable> tables, FigureText text) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try {
			Workbook workbook = new Workbook(bytes, "Peerstoette", "1.0");
			workbook.setGlobalDefaultFont("Calibri", 11);
			Set<String> names = new HashSet<>();
			Worksheet first = workbook.newWorksheet(sheetName(coverTitle, names));
			first.width(0, 28);
			first.width(1, 90);
			for (int r = 0; r < cover.size(); r++) {
				List<String> line = cover.get(r);
				for (int c = 0; c < line.size(); c++) {
					first.value(r, c, line.get(c));
				}
				first.style(r, 0).bold().set();
			}
			for (FigureTable table : tables) {
				Worksheet sheet = workbook.newWorksheet(sheetName(table.title(), names));
				sheet.width(0, 36);
				sheet.value(0, 0, table.title());
				for (int c = 0; c < table.columns().size(); c++) {
					sheet.value(0, c + 1, table.columns().get(c));
				}
				sheet.range(0, 0, 0, table.columns().size()).style().bold().set();
				for (int r = 0; r < table.rows().size(); r++) {
					FigureRow row = table.rows().get(r);
					sheet.value(r + 1, 0, row.label());
					for (int c = 0; c < row.cells().size(); c++) {
						Figure figure = row.cells().get(c);
						BigDecimal number = FigureText.number(figure);
						if (number != null) {
							sheet.value(r + 1, c + 1, number);
						}
						else if (figure.shown() != Figure.Shown.VALUE) {
							sheet.value(r + 1, c + 1, text.plain(figure));
							sheet.style(r + 1, c + 1).horizontalAlignment("right").set();
						}
					}
				}
				if (table.note() != null) {
					sheet.value(table.rows().size() + 2, 0, table.note());
				}
			}
			workbook.finish();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	/**
	 * A name Excel accepts: no []:*?/\, at most 31 characters, not used before in the
	 * workbook (compared without case, as Excel does).
	 */
	static String sheetName(String title, Set<String> taken) {
		String clean = title.replaceAll("[\\[\\]:*?/\\\\']", " ").replaceAll("\\s+", " ").strip();
		if (clean.isEmpty()) {
			clean = "Tabel";
		}
		String name = cut(clean, MAX_SHEET_NAME);
		for (int i = 2; taken.contains(name.toLowerCase(Locale.ROOT)); i++) {
			String suffix = " (" + i + ")";
			name = cut(clean, MAX_SHEET_NAME - suffix.length()) + suffix;
		}
		taken.add(name.toLowerCase(Locale.ROOT));
		return name;
	}

	private static String cut(String text, int length) {
		return (text.length() <= length) ? text : text.substring(0, length).strip();
	}

}
