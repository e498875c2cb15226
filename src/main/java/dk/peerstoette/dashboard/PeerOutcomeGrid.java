package dk.peerstoette.dashboard;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import dk.peerstoette.instrument.ItemDimension;
import dk.peerstoette.partnership.EmploymentForm;
import dk.peerstoette.partnership.PeerRole;

/**
 * The change in peer workers' own dimensions over the whole of a user's scope for one
 * calendar year, and which of its figures must be hidden so that no group of 1 to k−1
 * peer workers can be worked out by adding and subtracting the others.
 *
 * <p>
 * A peer worker's pair (their first and latest check-in that counts in anonymous
 * statistics) is counted in one cell: the role, employment form and model that held on
 * the day of the latest. A reader can ask for all peer workers, or for a role, a form or
 * a model (the peer workers without a model too); these overlap, so the audit
 * ({@link SecondarySuppression}) runs over all of them at once, and every answer is taken
 * from this one grid.
 */
final class PeerOutcomeGrid {

	/** The key of peer workers without a model. */
	static final String NO_MODEL = "NONE";

	private final List<Key> keys = new ArrayList<>();

	private final List<Group> groups = new ArrayList<>();

	private final Map<ItemDimension, List<ChimeSums>> cells = new EnumMap<>(ItemDimension.class);

	private final Map<ItemDimension, Set<Integer>> hidden = new EnumMap<>(ItemDimension.class);

	private final Map<ItemDimension, SecondarySuppression> audits = new EnumMap<>(ItemDimension.class);

	/**
	 * @param rows the sums per role, form, model and dimension
	 * @param modelIds the models a reader can ask for
	 * @param k the smallest group that may be shown
	 */
	PeerOutcomeGrid(List<Row> rows, List<Long> modelIds, int k) {
		for (Row row : rows) {
			Key key = new Key(row.role(), row.form(), row.modelId());
			if (!this.keys.contains(key)) {
				this.keys.add(key);
			}
		}
		this.groups.add(Group.all());
		for (PeerRole role : PeerRole.values()) {
			this.groups.add(new Group(Breakdown.ROLE, role.name()));
		}
		for (EmploymentForm form : EmploymentForm.values()) {
			this.groups.add(new Group(Breakdown.FORM, form.name()));
		}
		for (Long model : modelIds) {
			this.groups.add(new Group(Breakdown.MODEL, String.valueOf(model)));
		}
		this.groups.add(new Group(Breakdown.MODEL, NO_MODEL));
		List<int[]> vectors = this.groups.stream().map(this::vector).toList();
		for (Row row : rows) {
			List<ChimeSums> sums = this.cells.computeIfAbsent(row.dimension(), (dimension) -> {
				List<ChimeSums> none = new ArrayList<>();
				this.keys.forEach((key) -> none.add(ChimeSums.NONE));
				return none;
			});
			int cell = this.keys.indexOf(new Key(row.role(), row.form(), row.modelId()));
			sums.set(cell, sums.get(cell).plus(row.sums()));
		}
		this.cells.forEach((dimension, sums) -> {
			SecondarySuppression audit = new SecondarySuppression(sums, vectors, k);
			this.audits.put(dimension, audit);
			this.hidden.put(dimension, audit.hidden(List.of()));
		});
	}

	/** The sums of one role, form, model and dimension, as the database returns them. */
	record Row(String role, String form, @Nullable Long modelId, ItemDimension dimension, ChimeSums sums) {
	}

	/** How the peer workers are split. */
	enum Breakdown {

		ALL, ROLE, FORM, MODEL

	}

	/**
	 * A group a reader can ask for.
	 *
	 * @param key the role or form's name, the model's id or {@link #NO_MODEL}; none for
	 * all
	 */
	record Group(Breakdown breakdown, @Nullable String key) {

		static Group all() {
			return new Group(Breakdown.ALL, null);
		}

		boolean includes(Key cell) {
			return switch (this.breakdown) {
				case ALL -> true;
				case ROLE -> cell.role().equals(this.key);
				case FORM -> cell.form().equals(this.key);
				case MODEL ->
					Objects.equals(this.key, (cell.modelId() != null) ? String.valueOf(cell.modelId()) : NO_MODEL);
			};
		}

	}

	/** The sums of a group, and whether they are hidden. */
	record Cell(ChimeSums sums, boolean hidden) {
	}

	/** The dimensions with any pair. */
	Set<ItemDimension> dimensions() {
		return this.cells.keySet();
	}

	/** The figure a user asked for; a group the grid does not offer is an error. */
	Cell cell(Group group, ItemDimension dimension) {
		int index = this.groups.indexOf(group);
		if (index < 0) {
			throw new IllegalArgumentException("Not a figure of the grid");
		}
		SecondarySuppression audit = this.audits.get(dimension);
		if (audit == null) {
			return new Cell(ChimeSums.NONE, false);
		}
		return new Cell(audit.sums(vector(group)), this.hidden.get(dimension).contains(index));
	}

	private int[] vector(Group group) {
		int[] vector = new int[this.keys.size()];
		for (int cell = 0; cell < vector.length; cell++) {
			vector[cell] = group.includes(this.keys.get(cell)) ? 1 : 0;
		}
		return vector;
	}

	/** A cell: the role, form and model that held. */
	record Key(String role, String form, @Nullable Long modelId) {
	}

}
