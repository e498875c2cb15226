package dk.peerstoette.dashboard;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Which figures of a fixed grid to hide so that no group of 1 to k−1 people can be worked
 * out by adding and subtracting the others: the audit behind {@link ChimeGrid} and
 * {@link PeerOutcomeGrid}.
 *
 * <p>
 * The grid is a set of disjoint cells, each with its sums; a figure is the sum over some
 * of the cells (a vector of 0 and 1). The audit is exact: a group is exposed when its
 * sums lie in the linear span of the shown figures (and of the cells known to be empty).
 * The groups checked are every cell, every figure, the groups given besides, and every
 * difference of two nested ones. For each exposed small group the smallest shown figures
 * that together break the exposure are hidden, until none is exposed.
 */
final class SecondarySuppression {

	private final List<ChimeSums> cells;

	private final List<int[]> figures;

	private final int k;

	/**
	 * @param cells the sums of each cell
	 * @param figures the figures a reader can ask for, as vectors over the cells
	 * @param k the smallest group that may be shown
	 */
	SecondarySuppression(List<ChimeSums> cells, List<int[]> figures, int k) {
		this.cells = List.copyOf(cells);
		this.figures = List.copyOf(figures);
		this.k = k;
	}

	/**
	 * The figures to hide, by index.
	 * @param alsoSensitive groups no reader asks for that must not be worked out either
	 * (such as the courses without a model)
	 */
	Set<Integer> hidden(List<int[]> alsoSensitive) {
		List<int[]> sensitive = sensitive(alsoSensitive);
		Set<Integer> hiddenItems = new LinkedHashSet<>();
		while (true) {
			List<Integer> shown = shown(hiddenItems);
			LinearSpan known = known(shown, Set.of());
			int[] exposed = sensitive.stream().filter(known::contains).findFirst().orElse(null);
			if (exposed == null) {
				return hiddenItems;
			}
			hiddenItems.addAll(victims(shown, exposed));
		}
	}

	/** The sums over the cells of a vector. */
	ChimeSums sums(int[] vector) {
		ChimeSums total = ChimeSums.NONE;
		for (int cell = 0; cell < vector.length; cell++) {
			if (vector[cell] != 0) {
				total = total.plus(this.cells.get(cell));
			}
		}
		return total;
	}

	/**
	 * The shown figures to hide so that the exposed group can no longer be worked out:
	 * the smallest first, as many as it takes, then any of them that can be shown again
	 * without exposing it. Hiding the small parts before the large totals keeps the
	 * figure readers want most, the total, whenever the parts alone suffice.
	 */
	private Set<Integer> victims(List<Integer> shown, int[] exposed) {
		Set<Integer> victims = new LinkedHashSet<>();
		for (int candidate : shown) {
			victims.add(candidate);
			if (!known(shown, victims).contains(exposed)) {
				break;
			}
		}
		List<Integer> largestFirst = new ArrayList<>(victims);
		Collections.reverse(largestFirst);
		for (int victim : largestFirst) {
			victims.remove(victim);
			if (known(shown, victims).contains(exposed)) {
				victims.add(victim);
			}
		}
		return victims;
	}

	/** The shown figures (k people or more, not hidden), smallest first. */
	private List<Integer> shown(Set<Integer> hiddenItems) {
		List<Integer> shown = new ArrayList<>();
		for (int i = 0; i < this.figures.size(); i++) {
			if (!hiddenItems.contains(i) && sums(this.figures.get(i)).n() >= this.k) {
				shown.add(i);
			}
		}
		shown.sort(Comparator.comparingLong((Integer i) -> sums(this.figures.get(i)).n()).thenComparingInt((i) -> i));
		return shown;
	}

	/**
	 * What a reader knows: the shown figures but those left out, and every empty cell,
	 * which a reader may infer and which reveals nobody.
	 */
	private LinearSpan known(List<Integer> shown, Set<Integer> without) {
		int size = this.cells.size();
		LinearSpan span = new LinearSpan(size);
		for (int cell = 0; cell < size; cell++) {
			if (this.cells.get(cell).n() == 0) {
				int[] unit = new int[size];
				unit[cell] = 1;
				span.add(unit);
			}
		}
		for (int item : shown) {
			if (!without.contains(item)) {
				span.add(this.figures.get(item));
			}
		}
		return span;
	}

	/**
	 * The groups of 1 to k−1 people that must not be worked out: cells, figures, the
	 * groups given, and the difference of any two nested ones.
	 */
	private List<int[]> sensitive(List<int[]> alsoSensitive) {
		int size = this.cells.size();
		List<int[]> candidates = new ArrayList<>();
		for (int cell = 0; cell < size; cell++) {
			int[] unit = new int[size];
			unit[cell] = 1;
			candidates.add(unit);
		}
		List<int[]> groups = new ArrayList<>(this.figures);
		groups.addAll(alsoSensitive);
		candidates.addAll(groups);
		for (int[] outer : groups) {
			for (int[] inner : groups) {
				if (outer != inner && contains(outer, inner)) {
					int[] difference = new int[size];
					for (int i = 0; i < size; i++) {
						difference[i] = outer[i] - inner[i];
					}
					candidates.add(difference);
				}
			}
		}
		List<int[]> sensitive = new ArrayList<>();
		for (int[] candidate : candidates) {
			long n = sums(candidate).n();
			if (n > 0 && n < this.k) {
				sensitive.add(candidate);
			}
		}
		return sensitive;
	}

	/** Whether {@code inner} is a proper part of {@code outer}. */
	private static boolean contains(int[] outer, int[] inner) {
		boolean smaller = false;
		for (int i = 0; i < outer.length; i++) {
			if (inner[i] > outer[i]) {
				return false;
			}
			smaller |= inner[i] < outer[i];
		}
		return smaller;
	}

}
