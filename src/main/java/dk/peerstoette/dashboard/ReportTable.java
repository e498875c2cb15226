package dk.peerstoette.dashboard;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A table of the evaluation report as text: every figure already passed through the rules
 * of the module that counted it, suppressed ones as their marks.
 */
public record ReportTable(String id, String title, List<String> columns, List<Row> rows, @Nullable String note) {

	public ReportTable {
		columns = List.copyOf(columns);
		rows = List.copyOf(rows);
	}

	/** A row as text; a total row is set apart. */
	public record Row(String label, List<String> cells, boolean total) {

		public Row {
			cells = List.copyOf(cells);
		}

	}

}
