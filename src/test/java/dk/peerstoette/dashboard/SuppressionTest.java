package dk.peerstoette.dashboard;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dk.peerstoette.dashboard.Figure.Shown;
import dk.peerstoette.dashboard.FigureTable.ChartKind;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Small-number suppression with k = 5, on tables written as text: a figure is
 * "value/persons", and the expected result shows '&lt;' for SMALL, '-' for HIDDEN and the
 * value otherwise.
 */
class SuppressionTest {

	@Test
	void primaryHidesEveryFigureBuiltFromFewerThanKPeopleAndDropsItsValue() {
		FigureTable table = table(false, false, false, "3/3 5/5 12/4");
		FigureTable suppressed = Suppression.apply(table, 5);
		assertThat(shown(suppressed)).containsExactly("< 5 <");
		Figure small = suppressed.rows().get(0).cells().get(0);
		assertThat(small.value()).isNull();
		assertThat(small.persons()).isZero();
		assertThat(small.shown()).isEqualTo(Shown.SMALL);
	}

	@Test
	void aZeroStaysShown() {
		assertThat(shown(Suppression.apply(table(true, true, false, "0/0 7/7 7/7"), 5))).containsExactly("0 7 7");
	}

	@Test
	void aNonAdditiveTableHasNoSecondarySuppression() {
		assertThat(shown(Suppression.apply(table(false, true, false, "3/3 8/8 11/11"), 5))).containsExactly("< 8 11");
	}

	@Test
	void secondaryInARowHidesTheSmallestOtherNonZeroPart() {
		// 3 + 8 + 20 = 31: with the 3 hidden, the 8 (smallest other part) goes too, so
		// the
		// total no longer gives the 3 away.
		assertThat(shown(Suppression.apply(table(true, true, false, "3/3 8/8 20/20 31/31"), 5)))
			.containsExactly("< - 20 31");
	}

	@Test
	void secondaryInARowSkipsZeroPartsAndHidesTheTotalWhenNothingElseCan() {
		assertThat(shown(Suppression.apply(table(true, true, false, "0/0 6/6 0/0 6/6", "2/2 0/0 9/9 11/11"), 5)))
			.containsExactly("0 6 0 6", "< 0 - 11");
		// The single non-zero part is small and the total is built from enough people (a
		// total counting distinct people may exceed the parts): the total must go.
		assertThat(shown(Suppression.apply(table(true, true, false, "4/4 0/0 4/5"), 5))).containsExactly("< 0 -");
	}

	@Test
	void secondaryInAColumn() {
		// Rows 10, 3, 7 with the total 20 in the last row.
		assertThat(shown(Suppression.apply(table(true, false, true, "10/10", "3/3", "7/7", "20/20"), 5)))
			.containsExactly("10", "<", "-", "20");
	}

	@Test
	void secondaryIsRepeatedUntilNoHiddenFigureCanBeWorkedOut() {
		// conv supp total
		// 2 9 11 -> the 2 is small, the 9 goes in the row
		// 6 7 13 -> the 9 leaves column 'supp' with one hidden part: the 7 goes; then
		// this
		// row has one hidden: the 6 goes; then column 'conv' has 2 hidden, fine.
		// 8 16 24 total row
		FigureTable table = table(true, true, true, "2/2 9/9 11/11", "6/6 7/7 13/13", "8/8 16/16 24/24");
		assertThat(shown(Suppression.apply(table, 5))).containsExactly("< - 11", "- - 13", "8 16 24");
	}

	@Test
	void aTableWithNothingSmallIsUnchanged() {
		FigureTable table = table(true, true, true, "5/5 6/6 11/11", "7/7 8/8 15/15", "12/12 14/14 26/26");
		assertThat(Suppression.apply(table, 5)).isEqualTo(table);
	}

	/** A table of rows "value/persons ...". */
	private static FigureTable table(boolean additive, boolean lastColumnIsTotal, boolean totalRow, String... rows) {
		List<FigureRow> figureRows = new ArrayList<>();
		int columns = 0;
		for (int r = 0; r < rows.length; r++) {
			List<Figure> cells = new ArrayList<>();
			for (String cell : rows[r].split(" ")) {
				String[] parts = cell.split("/");
				cells.add(Figure.of(new BigDecimal(parts[0]), Integer.parseInt(parts[1])));
			}
			columns = cells.size();
			figureRows.add(new FigureRow("row " + r, cells));
		}
		List<String> headings = new ArrayList<>();
		for (int c = 0; c < columns; c++) {
			headings.add("column " + c);
		}
		return new FigureTable("test", "Test", headings, figureRows, additive, totalRow ? "Total" : null,
				lastColumnIsTotal, ChartKind.NONE, null);
	}

	private static List<String> shown(FigureTable table) {
		return table.rows()
			.stream()
			.map((row) -> String.join(" ", row.cells().stream().map((cell) -> switch (cell.shown()) {
				case SMALL -> "<";
				case HIDDEN -> "-";
				case VALUE -> cell.value().toPlainString();
			}).toList()))
			.toList();
	}

}
