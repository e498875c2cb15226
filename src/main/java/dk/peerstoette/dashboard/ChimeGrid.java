package dk.peerstoette.dashboard;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

import dk.peerstoette.instrument.ChimeDimension;
import dk.peerstoette.partnership.PeerRole;

/**
 * CHIME change over the whole of a user's scope for one calendar year, organisation by
 * role, and which of the figures a user can ask for must be hidden so that no group of 1
 * to k−1 people can be worked out by adding and subtracting the others.
 *
 * <p>
 * The figures a user can ask for are the sums over a <em>margin</em> (the whole scope,
 * the members of a partnership in it, one organisation) for the conventional role, the
 * supplementary role or all roles (which also holds the courses without a model). Every
 * answer is taken from this one grid, whatever the other filters, so the same figures are
 * hidden on every page and export; no figure about a small group appears on one answer
 * and its complement on another.
 *
 * <p>
 * The audit is exact: a group is exposed when its sums lie in the linear span of the
 * shown sums (and of the cells known to be empty). For each exposed small group the
 * smallest shown figures that together break the exposure are hidden, until none is
 * exposed. The groups checked are every cell, every margin by role, and every difference
 * of two nested figures.
 */
final class ChimeGrid {

	/** The roles a pair is counted under: its course's model's role, or none. */
	static final List<String> ROLES = DashboardQueries.ROLE_KEYS;

	/** The columns a user can ask for: a role, or all (null). */
	private static final List<@Nullable String> COLUMNS = Stream
		.concat(Arrays.stream(PeerRole.values()).map(PeerRole::name), Stream.of((@Nullable String) null))
		.toList();

	private final List<Long> organisations;

	private final List<Set<Long>> margins;

	private final Map<ChimeDimension, Map<Integer, ChimeSums>> cells = new EnumMap<>(ChimeDimension.class);

	private final Map<ChimeDimension, Set<Integer>> hidden = new EnumMap<>(ChimeDimension.class);

	private final int k;

	/**
	 * @param organisations the organisations of the user's whole scope
	 * @param margins the sets of organisations the user can ask for
	 * @param rows the sums per organisation, role and dimension
	 * @param k the smallest group that may be shown
	 */
	ChimeGrid(List<Long> organisations, Collection<? extends Collection<Long>> margins, List<Row> rows, int k) {
		this.organisations = List.copyOf(organisations);
		Set<Set<Long>> distinct = new LinkedHashSet<>();
		for (Collection<Long> margin : margins) {
			Set<Long> set = Set.copyOf(margin);
			if (!this.organisations.containsAll(set) || set.isEmpty()) {
				throw new IllegalArgumentException("A margin is a non-empty set of the scope's organisations");
			}
			distinct.add(set);
		}
		this.margins = List.copyOf(distinct);
		this.k = k;
		for (ChimeDimension dimension : ChimeDimension.values()) {
			this.cells.put(dimension, new HashMap<>());
		}
		for (Row row : rows) {
			int organisation = this.organisations.indexOf(row.organisationId());
			int role = ROLES.indexOf(row.role());
			if (organisation < 0 || role < 0) {
				throw new IllegalArgumentException("A row outside the grid");
			}
			this.cells.get(row.dimension()).merge(cellIndex(organisation, role), row.sums(), ChimeSums::plus);
		}
		for (ChimeDimension dimension : ChimeDimension.values()) {
			this.hidden.put(dimension, suppress(dimension));
		}
	}

	/** The sums of one organisation, role and dimension, as the database returns them. */
	record Row(long organisationId, String role, ChimeDimension dimension, ChimeSums sums) {
	}

	/**
	 * The sums over a margin for a role (null: all roles), and whether they are hidden.
	 */
	record Cell(ChimeSums sums, boolean hidden) {
	}

	/**
	 * The figure a user asked for.
	 * @param margin one of the grid's margins
	 * @param role a role of {@link #ROLES} but NONE, or null for all roles
	 */
	Cell cell(Collection<Long> margin, @Nullable String role, ChimeDimension dimension) {
		int m = this.margins.indexOf(Set.copyOf(margin));
		int c = COLUMNS.indexOf(role);
		if (m < 0 || c < 0) {
			throw new IllegalArgumentException("Not a figure of the grid");
		}
		int[] vector = vector(this.margins.get(m), roles(role));
		return new Cell(sums(dimension, vector), this.hidden.get(dimension).contains(m * COLUMNS.size() + c));
	}

	private Set<Integer> suppress(ChimeDimension dimension) {
		int items = this.margins.size() * COLUMNS.size();
		List<int[]> itemVectors = new ArrayList<>(items);
		for (Set<Long> margin : this.margins) {
			for (String column : COLUMNS) {
				itemVectors.add(vector(margin, roles(column)));
			}
		}
		List<int[]> sensitive = sensitive(dimension, itemVectors);
		Set<Integer> hiddenItems = new LinkedHashSet<>();
		while (true) {
			List<Integer> shown = shown(dimension, itemVectors, hiddenItems);
			LinearSpan known = known(dimension, itemVectors, shown, Set.of());
			int[] exposed = sensitive.stream().filter(known::contains).findFirst().orElse(null);
			if (exposed == null) {
				return hiddenItems;
			}
			hiddenItems.addAll(victims(dimension, itemVectors, shown, exposed));
		}
	}

	/**
	 * The shown figures to hide so that the exposed group can no longer be worked out:
	 * the smallest first, as many as it takes, then any of them that can be shown again
	 * without exposing it. Hiding the small parts before the large totals keeps the
	 * figure readers want most, the total, whenever the parts alone suffice.
	 */
	private Set<Integer> victims(ChimeDimension dimension, List<int[]> itemVectors, List<Integer> shown,
			int[] exposed) {
		Set<Integer> victims = new LinkedHashSet<>();
		for (int candidate : shown) {
			victims.add(candidate);
			if (!known(dimension, itemVectors, shown, victims).contains(exposed)) {
				break;
			}
		}
		List<Integer> largestFirst = new ArrayList<>(victims);
		java.util.Collections.reverse(largestFirst);
		for (int victim : largestFirst) {
			victims.remove(victim);
			if (known(dimension, itemVectors, shown, victims).contains(exposed)) {
				victims.add(victim);
			}
		}
		return victims;
	}

	/** The shown figures (k people or more, not hidden), smallest first. */
	private List<Integer> shown(ChimeDimension dimension, List<int[]> itemVectors, Set<Integer> hiddenItems) {
		List<Integer> shown = new ArrayList<>();
		for (int i = 0; i < itemVectors.size(); i++) {
			if (!hiddenItems.contains(i) && sums(dimension, itemVectors.get(i)).n() >= this.k) {
				shown.add(i);
			}
		}
		shown.sort(Comparator.comparingLong((Integer i) -> sums(dimension, itemVectors.get(i)).n())
			.thenComparingInt((i) -> i));
		return shown;
	}

	/**
	 * What a reader knows: the shown figures but those left out, and every empty cell,
	 * which a reader may infer and which reveals nobody.
	 */
	private LinearSpan known(ChimeDimension dimension, List<int[]> itemVectors, List<Integer> shown,
			Set<Integer> without) {
		int size = this.organisations.size() * ROLES.size();
		LinearSpan span = new LinearSpan(size);
		Map<Integer, ChimeSums> dimensionCells = this.cells.get(dimension);
		for (int cell = 0; cell < size; cell++) {
			if (dimensionCells.getOrDefault(cell, ChimeSums.NONE).n() == 0) {
				int[] unit = new int[size];
				unit[cell] = 1;
				span.add(unit);
			}
		}
		for (int item : shown) {
			if (!without.contains(item)) {
				span.add(itemVectors.get(item));
			}
		}
		return span;
	}

	/**
	 * The groups of 1 to k−1 pairs that must not be worked out: cells, margins by role
	 * (courses without a model too), and the difference of any two nested figures.
	 */
	private List<int[]> sensitive(ChimeDimension dimension, List<int[]> itemVectors) {
		int size = this.organisations.size() * ROLES.size();
		List<int[]> candidates = new ArrayList<>();
		for (int cell = 0; cell < size; cell++) {
			int[] unit = new int[size];
			unit[cell] = 1;
			candidates.add(unit);
		}
		List<int[]> figures = new ArrayList<>(itemVectors);
		for (Set<Long> margin : this.margins) {
			figures.add(vector(margin, List.of(DashboardQueries.NO_ROLE)));
		}
		candidates.addAll(figures);
		for (int[] outer : figures) {
			for (int[] inner : figures) {
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
			long n = sums(dimension, candidate).n();
			if (n > 0 && n < this.k) {
				sensitive.add(candidate);
			}
		}
		return sensitive;
	}

	private ChimeSums sums(ChimeDimension dimension, int[] vector) {
		ChimeSums total = ChimeSums.NONE;
		Map<Integer, ChimeSums> dimensionCells = this.cells.get(dimension);
		for (int cell = 0; cell < vector.length; cell++) {
			if (vector[cell] != 0) {
				total = total.plus(dimensionCells.getOrDefault(cell, ChimeSums.NONE));
			}
		}
		return total;
	}

	private int[] vector(Set<Long> margin, List<String> roles) {
		int[] vector = new int[this.organisations.size() * ROLES.size()];
		for (Long organisation : margin) {
			for (String role : roles) {
				vector[cellIndex(this.organisations.indexOf(organisation), ROLES.indexOf(role))] = 1;
			}
		}
		return vector;
	}

	private static List<String> roles(@Nullable String column) {
		return (column != null) ? List.of(column) : ROLES;
	}

	private static int cellIndex(int organisation, int role) {
		return organisation * ROLES.size() + role;
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

	private static boolean overlaps(int[] a, int[] b) {
		for (int i = 0; i < a.length; i++) {
			if (a[i] != 0 && b[i] != 0) {
				return true;
			}
		}
		return false;
	}

}
