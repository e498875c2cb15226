package dk.peerstoette.dashboard;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import dk.peerstoette.dashboard.Counted.Change;

/**
 * The dashboard's first lines, for a reader on a phone: recipients reached, contacts,
 * hours and CHIME's mean change per dimension. Each is a figure of a published table,
 * picked from it, never counted anew: what passed {@link DisclosureControl} there is what
 * shows here, hidden or rounded alike.
 *
 * @param recipients recipients reached, all roles (table reach, first row, total column)
 * @param contacts contacts, all kinds and roles (table contacts, total row and column)
 * @param hours hours, all kinds and roles (table hours, total row and column)
 * @param chime the mean change of each CHIME dimension (table chime, column mean)
 */
record Headline(Figure recipients, Figure contacts, Figure hours, List<Dimension> chime) {

	Headline {
		chime = List.copyOf(chime);
	}

	/** The headline of the published tables; none when a table is missing. */
	static @Nullable Headline of(List<FigureTable> tables) {
		FigureTable reach = table(tables, "reach");
		FigureTable contacts = table(tables, "contacts");
		FigureTable hours = table(tables, "hours");
		FigureTable chime = table(tables, "chime");
		if (reach == null || contacts == null || hours == null || chime == null) {
			return null;
		}
		List<Dimension> dimensions = new ArrayList<>();
		for (FigureRow row : chime.rows()) {
			dimensions.add(new Dimension(row.label(), row.cells().get(Change.Column.MEAN.ordinal())));
		}
		return new Headline(last(reach.rows().get(0)), last(lastRow(contacts)), last(lastRow(hours)), dimensions);
	}

	private static @Nullable FigureTable table(List<FigureTable> tables, String id) {
		return tables.stream().filter((table) -> table.id().equals(id)).findFirst().orElse(null);
	}

	private static FigureRow lastRow(FigureTable table) {
		return table.rows().get(table.rows().size() - 1);
	}

	private static Figure last(FigureRow row) {
		return row.cells().get(row.cells().size() - 1);
	}

	/** A CHIME dimension, labelled in the reader's language, and its mean change. */
	record Dimension(String label, Figure change) {
	}

}
