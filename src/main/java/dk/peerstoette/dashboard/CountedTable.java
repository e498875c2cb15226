package dk.peerstoette.dashboard;

import java.util.List;

/**
 * A table as counted, before {@link DisclosureControl} turns it into the
 * {@link FigureTable} that may be shown: that table's id, title, columns, totals and
 * chart (as its factories make it, without rows) and the counted rows.
 *
 * @param shape the table to be shown, without its rows
 * @param rows the counted rows, in order; a total row, if any, is the last
 */
record CountedTable(FigureTable shape, List<Row> rows) {

	CountedTable {
		rows = List.copyOf(rows);
	}

	String id() {
		return this.shape.id();
	}

	/** A labelled row of counted figures. */
	record Row(String label, List<Counted> cells) {

		Row {
			cells = List.copyOf(cells);
		}

	}

}
