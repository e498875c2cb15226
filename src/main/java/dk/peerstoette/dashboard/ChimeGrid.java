package dk.peerstoette.dashboard;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
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
 * The audit is {@link SecondarySuppression}'s: exact, over every cell, every margin by
 * role (the courses without a model too), and every difference of two nested figures.
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
		List<int[]> itemVectors = new ArrayList<>(this.margins.size() * COLUMNS.size());
		for (Set<Long> margin : this.margins) {
			for (String column : COLUMNS) {
				itemVectors.add(vector(margin, roles(column)));
			}
		}
		// The courses without a model are no column, but must not be worked out either.
		List<int[]> withoutModel = new ArrayList<>();
		for (Set<Long> margin : this.margins) {
			withoutModel.add(vector(margin, List.of(DashboardQueries.NO_ROLE)));
		}
		return audit(dimension, itemVectors).hidden(withoutModel);
	}

	private SecondarySuppression audit(ChimeDimension dimension, List<int[]> itemVectors) {
		int size = this.organisations.size() * ROLES.size();
		Map<Integer, ChimeSums> dimensionCells = this.cells.get(dimension);
		List<ChimeSums> sums = new ArrayList<>(size);
		for (int cell = 0; cell < size; cell++) {
			sums.add(dimensionCells.getOrDefault(cell, ChimeSums.NONE));
		}
		return new SecondarySuppression(sums, itemVectors, this.k);
	}

	private ChimeSums sums(ChimeDimension dimension, int[] vector) {
		return audit(dimension, List.of()).sums(vector);
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

}
