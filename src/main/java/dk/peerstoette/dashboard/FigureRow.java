package dk.peerstoette.dashboard;

import java.util.List;

/** A labelled row of figures, one per column of its table. */
public record FigureRow(String label, List<Figure> cells) {

	public FigureRow {
		cells = List.copyOf(cells);
	}

}
