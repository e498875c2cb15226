package dk.peerstoette.dashboard;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One table of aggregate figures: the single shape in which the dashboard, its charts,
 * the exports and the report receive every figure. Labels are already in the reader's
 * language.
 *
 * @param id stable name, used in export file names and URLs
 * @param title the table's heading
 * @param columns the headings of the figure columns (the row label column has none)
 * @param rows the rows, in order; a total row, if any, is the last
 * @param totalRowLabel the label of the last row if it is the total of the others
 * @param lastColumnIsTotal whether the last column is the total of the others
 * @param chart how the table is drawn, if at all
 * @param note a line under the table, e.g. how a figure is defined
 */
public record FigureTable(String id, String title, List<String> columns, List<FigureRow> rows,
		@Nullable String totalRowLabel, boolean lastColumnIsTotal, ChartKind chart, @Nullable String note) {

	public FigureTable {
		columns = List.copyOf(columns);
		rows = List.copyOf(rows);
	}

	/** The same table with other rows (the report splits CHIME by dimension). */
	public FigureTable withRows(List<FigureRow> newRows) {
		return new FigureTable(this.id, this.title, this.columns, newRows, this.totalRowLabel, this.lastColumnIsTotal,
				this.chart, this.note);
	}

	/** How a table is drawn. */
	public enum ChartKind {

		NONE, BAR, LINE

	}

}
