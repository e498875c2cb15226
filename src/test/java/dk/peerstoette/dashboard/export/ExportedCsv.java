package dk.peerstoette.dashboard.export;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import static org.assertj.core.api.Assertions.assertThat;

/** A dashboard table as exported to CSV, read back: UTF-8 after its byte order mark. */
public final class ExportedCsv {

	private ExportedCsv() {
	}

	/**
	 * The records of an export, header first; fails if the byte order mark is missing.
	 */
	public static List<CSVRecord> records(byte[] csv) throws IOException {
		assertThat(csv).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
		try (CSVParser parser = CSVParser.parse(
				new InputStreamReader(new ByteArrayInputStream(csv, 3, csv.length - 3), StandardCharsets.UTF_8),
				CSVFormat.RFC4180)) {
			return parser.getRecords();
		}
	}

}
