package dk.peerstoette.dashboard.export;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;

import dk.peerstoette.dashboard.Figure;
import dk.peerstoette.dashboard.FigureRow;
import dk.peerstoette.dashboard.FigureTable;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The CSV and XLSX writers on hand-built, already suppressed tables: what is written, how
 * suppressed figures read, and that a suppressed figure's value never reaches the file.
 */
class ExportFormatsTest {

	static final FigureText TEXT = new FigureText(5);

	/**
	 * Recipients by kind of course and organisation; Aarhus's group figure rests on 3
	 * people (SMALL) and its mentor figure is hidden so the 3 cannot be worked out from
	 * the total. Their values (3 and 7) are left in the figures on purpose: a writer must
	 * not show them.
	 */
	static FigureTable reach() {
		return FigureTable
			.barChartWithTotalColumn("reach-by-kind", "Modtagere nået: kørsel/æøå",
					List.of("Individuel", "Gruppe", "Mentor", "I alt"), "Tal fra forløb")
			.withTotalRow("I alt")
			.withRows(List.of(
					new FigureRow("København", List.of(Figure.of(40), Figure.of(12), Figure.of(8), Figure.of(60))),
					new FigureRow("Aarhus",
							List.of(Figure.of(20), new Figure(BigDecimal.valueOf(3), Figure.Shown.SMALL),
									new Figure(BigDecimal.valueOf(7), Figure.Shown.HIDDEN), Figure.of(30))),
					new FigureRow("I alt", List.of(Figure.of(60), Figure.of(15), Figure.of(15), Figure.of(90)))));
	}

	static FigureTable change() {
		return FigureTable.withoutChart("chime", "CHIME: ændring", List.of("Par", "Middelændring"), null)
			.withRows(List.of(new FigureRow("Håb", List.of(Figure.of(12), Figure.of(new BigDecimal("0.45")))),
					new FigureRow("Mening", List.of(Figure.of(0), new Figure(null, Figure.Shown.VALUE)))));
	}

	@Test
	void csvIsUtf8WithABomAHeaderAndTheRowsWithSuppressionMarks() throws Exception {
		byte[] bytes = CsvExport.write(reach(), TEXT);
		assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
		String text = new String(bytes, StandardCharsets.UTF_8);
		assertThat(text).contains("\r\n").doesNotContain(",3,").doesNotContain(",7,");
		List<CSVRecord> records = ExportedCsv.records(bytes);
		assertThat(records).hasSize(4);
		assertThat(records.get(0).toList()).containsExactly("Modtagere nået: kørsel/æøå", "Individuel", "Gruppe",
				"Mentor", "I alt");
		assertThat(records.get(1).toList()).containsExactly("København", "40", "12", "8", "60");
		assertThat(records.get(2).toList()).containsExactly("Aarhus", "20", "<5", "–", "30");
		assertThat(records.get(3).toList()).containsExactly("I alt", "60", "15", "15", "90");
	}

	@Test
	void csvWritesDecimalsWithAPointAndAnEmptyFigureAsNothing() throws Exception {
		String text = new String(CsvExport.write(change(), TEXT), StandardCharsets.UTF_8);
		assertThat(text).contains("Håb,12,0.45\r\n").contains("Mening,0,\r\n");
	}

	@Test
	void xlsxHasACoverSheetAndOneSheetPerTableWithNumbersAsNumbersAndMarksAsText() throws Exception {
		byte[] bytes = XlsxExport.write("Om udtrækket",
				List.of(List.of("Periode", "1. januar 2026 – 31. december 2026"), List.of("Små tal", "regel")),
				List.of(reach(), change()), TEXT);
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(bytes))) {
			List<Sheet> sheets = workbook.getSheets().toList();
			assertThat(sheets).extracting(Sheet::getName)
				.containsExactly("Om udtrækket", "Modtagere nået kørsel æøå", "CHIME ændring");
			List<Row> cover = sheets.get(0).read();
			assertThat(cover.get(0).getCell(1).asString()).isEqualTo("1. januar 2026 – 31. december 2026");
			List<Row> rows = sheets.get(1).read();
			assertThat(rows.get(0).getCell(2).asString()).isEqualTo("Gruppe");
			assertThat(rows.get(1).getCell(1).getType()).isEqualTo(CellType.NUMBER);
			assertThat(rows.get(1).getCell(1).asNumber()).isEqualByComparingTo("40");
			assertThat(rows.get(2).getCell(2).getType()).isEqualTo(CellType.STRING);
			assertThat(rows.get(2).getCell(2).asString()).isEqualTo("<5");
			assertThat(rows.get(2).getCell(3).asString()).isEqualTo("–");
			assertThat(rows.get(3).getCell(4).asNumber()).isEqualByComparingTo("90");
			assertThat(rows.get(rows.size() - 1).getCell(0).asString()).isEqualTo("Tal fra forløb");
			List<Row> chime = sheets.get(2).read();
			assertThat(chime.get(1).getCell(2).asNumber()).isEqualByComparingTo("0.45");
		}
	}

	@Test
	void sheetNamesAreCutTo31CharactersCleanedAndUnique() {
		Set<String> taken = new HashSet<>();
		String long1 = XlsxExport.sheetName("Kontakter og timer efter type af kontakt, måned for måned", taken);
		String long2 = XlsxExport.sheetName("Kontakter og timer efter type af kontakt, år for år", taken);
		String odd = XlsxExport.sheetName("a/b [c]: d?*", taken);
		assertThat(long1).isEqualTo("Kontakter og timer efter type a");
		assertThat(long2).hasSizeLessThanOrEqualTo(31).isEqualTo("Kontakter og timer efter ty (2)");
		assertThat(odd).isEqualTo("a b c d");
		assertThat(XlsxExport.sheetName("KONTAKTER OG TIMER EFTER TYPE A", taken))
			.isEqualTo("KONTAKTER OG TIMER EFTER TY (3)");
	}

	@Test
	void figuresReadInTheReadersLanguage() {
		assertThat(TEXT.local(Figure.of(new BigDecimal("1234.50")), Locale.forLanguageTag("da"))).isEqualTo("1.234,5");
		assertThat(TEXT.local(Figure.of(new BigDecimal("0.45")), Locale.ENGLISH)).isEqualTo("0.45");
		assertThat(TEXT.local(new Figure(BigDecimal.TEN, Figure.Shown.SMALL), Locale.ENGLISH)).isEqualTo("<5");
		assertThat(new FigureText(10).plain(new Figure(null, Figure.Shown.SMALL))).isEqualTo("<10");
		assertThat(FigureText.plain(new BigDecimal("1E+3"))).isEqualTo("1000");
	}

}
