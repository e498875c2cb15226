package dk.peerstoette.dashboard;

import java.util.List;

import org.jspecify.annotations.Nullable;

import dk.peerstoette.dashboard.FigureTable.ChartKind;

/**
 * A table as counted, before {@link DisclosureControl} turns it into the
 * {@link FigureTable} that may be shown; the same shape.
 */
record CountedTable(String id, String title, List<String> columns, List<Row> rows, @Nullable String totalRowLabel,
		boolean lastColumnIsTotal, ChartKind chart, @Nullable String note) {

	CountedTable {
		columns = List.copyOf(columns);
		rows = List.copyOf(rows);
	}

	/** A labelled row of counted figures. */
	record Row(String label, List<Counted> cells) {

		Row {
			cells = List.copyOf(cells);
		}

	}

}
