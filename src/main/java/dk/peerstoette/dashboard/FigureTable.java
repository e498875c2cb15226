package dk.peerstoette.dashboard;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One table of aggregate figures: the single shape in which the dashboard, its charts,
 * the exports and the report receive every figure. Labels are already in the reader's
 * language.
 *
 * <p>
 * A table is made by the factory named for what it draws ({@link #withoutChart},
 * {@link #barChart}, {@link #barChartWithTotalColumn}, {@link #lineChart}), which gives
 * it no rows yet; {@link #withTotalRow} and {@link #withRows} complete it.
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

	/** A table that is not drawn. */
	public static FigureTable withoutChart(String id, String title, List<String> columns, @Nullable String note) {
		return new FigureTable(id, title, columns, List.of(), null, false, ChartKind.NONE, note);
	}

	/** A table drawn as bars, one series per column. */
	public static FigureTable barChart(String id, String title, List<String> columns, @Nullable String note) {
		return new FigureTable(id, title, columns, List.of(), null, false, ChartKind.BAR, note);
	}

	/**
	 * A table drawn as bars whose last column is the total of the others, which the chart
	 * leaves out.
	 */
	public static FigureTable barChartWithTotalColumn(String id, String title, List<String> columns,
			@Nullable String note) {
		return new FigureTable(id, title, columns, List.of(), null, true, ChartKind.BAR, note);
	}

	/** A table drawn as lines over its rows (e.g. months), one per column. */
	public static FigureTable lineChart(String id, String title, List<String> columns, @Nullable String note) {
		return new FigureTable(id, title, columns, List.of(), null, false, ChartKind.LINE, note);
	}

	/** The same table whose last row, labelled so, is the total of the others. */
	public FigureTable withTotalRow(String label) {
		return new FigureTable(this.id, this.title, this.columns, this.rows, label, this.lastColumnIsTotal, this.chart,
				this.note);
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
