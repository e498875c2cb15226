package dk.peerstoette.dashboard;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import dk.peerstoette.dashboard.Figure.Shown;

/**
 * Small-number suppression of a table. Primary: a figure built from fewer than {@code k}
 * people loses its value ({@link Shown#SMALL}). Secondary, for additive tables only: in
 * any row or column whose total is shown and which has exactly one hidden part, the
 * smallest other non-zero part is hidden too ({@link Shown#HIDDEN}), so that the hidden
 * part cannot be worked out by subtraction; repeated until nothing changes. A zero (no
 * people, value 0) stays shown: it reveals nobody. A suppressed figure keeps neither its
 * value nor its number of people.
 */
final class Suppression {

	private Suppression() {
	}

	static FigureTable apply(FigureTable table, int k) {
		int rows = table.rows().size();
		int columns = table.columns().size();
		Figure[][] cells = new Figure[rows][columns];
		for (int r = 0; r < rows; r++) {
			for (int c = 0; c < columns; c++) {
				cells[r][c] = primary(table.rows().get(r).cells().get(c), k);
			}
		}
		if (table.additive()) {
			boolean changed = true;
			while (changed) {
				changed = false;
				if (table.lastColumnIsTotal() && columns > 1) {
					for (int r = 0; r < rows; r++) {
						changed |= secondary(line(cells, r, -1, columns), cells, r, -1);
					}
				}
				if (table.totalRowLabel() != null && rows > 1) {
					for (int c = 0; c < columns; c++) {
						changed |= secondary(line(cells, -1, c, rows), cells, -1, c);
					}
				}
			}
		}
		List<FigureRow> out = new ArrayList<>(rows);
		for (int r = 0; r < rows; r++) {
			out.add(new FigureRow(table.rows().get(r).label(), List.of(cells[r])));
		}
		return table.withRows(out);
	}

	private static Figure primary(Figure figure, int k) {
		if (figure.shown() != Shown.VALUE || isZero(figure) || figure.persons() >= k) {
			return figure;
		}
		return new Figure(null, 0, Shown.SMALL);
	}

	private static boolean isZero(Figure figure) {
		return figure.persons() == 0 && (figure.value() == null || figure.value().compareTo(BigDecimal.ZERO) == 0);
	}

	/** The cells of row {@code r} (when c is -1) or column {@code c}, total last. */
	private static int[][] line(Figure[][] cells, int r, int c, int length) {
		int[][] at = new int[length][];
		for (int i = 0; i < length; i++) {
			at[i] = (r >= 0) ? new int[] { r, i } : new int[] { i, c };
		}
		return at;
	}

	private static boolean secondary(int[][] at, Figure[][] cells, int r, int c) {
		int last = at.length - 1;
		Figure total = cells[at[last][0]][at[last][1]];
		if (total.shown() != Shown.VALUE) {
			return false;
		}
		int hidden = 0;
		int smallest = -1;
		for (int i = 0; i < last; i++) {
			Figure part = cells[at[i][0]][at[i][1]];
			if (part.shown() != Shown.VALUE) {
				hidden++;
			}
			else if (!isZero(part) && (smallest < 0 || smaller(part, cells[at[smallest][0]][at[smallest][1]]))) {
				smallest = i;
			}
		}
		if (hidden != 1) {
			return false;
		}
		// With no other part to hide, the total itself would give the hidden part away.
		int victim = (smallest >= 0) ? smallest : last;
		cells[at[victim][0]][at[victim][1]] = new Figure(null, 0, Shown.HIDDEN);
		return true;
	}

	private static boolean smaller(Figure a, Figure b) {
		BigDecimal va = (a.value() != null) ? a.value() : BigDecimal.ZERO;
		BigDecimal vb = (b.value() != null) ? b.value() : BigDecimal.ZERO;
		int byValue = va.compareTo(vb);
		return (byValue != 0) ? byValue < 0 : a.persons() < b.persons();
	}

}
