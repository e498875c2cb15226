package dk.peerstoette.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

import dk.peerstoette.dashboard.Counted.Change;
import dk.peerstoette.dashboard.DashboardQueries.Option;
import dk.peerstoette.dashboard.PeerOutcomeGrid.Breakdown;
import dk.peerstoette.dashboard.PeerOutcomeGrid.Group;
import dk.peerstoette.instrument.InstrumentDirectory;
import dk.peerstoette.instrument.InstrumentPurpose;
import dk.peerstoette.instrument.ItemDimension;
import dk.peerstoette.partnership.EmploymentForm;
import dk.peerstoette.partnership.PeerRole;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The dashboard's tables of peer workers' own outcomes: the change per dimension of all
 * peer workers, and by role, employment form and model. Every figure is a {@link Change}
 * of the {@link PeerOutcomeGrid}, so {@link DisclosureControl} suppresses and perturbs it
 * like CHIME's. The rows are the dimensions the standard check-in measures and any other
 * with a pair.
 */
@Component
class PeerOutcomeTables {

	private final InstrumentDirectory instruments;

	private final MessageSource messages;

	PeerOutcomeTables(InstrumentDirectory instruments, MessageSource messages) {
		this.instruments = instruments;
		this.messages = messages;
	}

	/**
	 * @param width the widest instrument scale: the most one person's change can move a
	 * sum
	 * @param threshold the change that counts as an improvement, as text
	 */
	List<CountedTable> tables(PeerOutcomeGrid grid, List<Option> models, double width, int year, String threshold,
			Locale locale) {
		TreeSet<ItemDimension> dimensions = new TreeSet<>(grid.dimensions());
		this.instruments.standard(InstrumentPurpose.PEER_CHECKIN)
			.ifPresent((instrument) -> dimensions.addAll(instrument.dimensions()));
		List<CountedTable.Row> rows = new ArrayList<>();
		for (ItemDimension dimension : dimensions) {
			List<Counted> cells = new ArrayList<>();
			for (Change.Column column : Change.Column.values()) {
				cells.add(change(grid, column, Group.all(), dimension, width));
			}
			rows.add(new CountedTable.Row(label(locale, "instrument.dimension." + dimension.name()), cells));
		}
		List<CountedTable> tables = new ArrayList<>();
		tables.add(new CountedTable(
				FigureTable.withoutChart("peer-outcomes", label(locale, "dashboard.peerOutcomes.title", year),
						List.of(label(locale, "dashboard.chime.pairs"), label(locale, "dashboard.chime.mean"),
								label(locale, "dashboard.chime.ciLow"), label(locale, "dashboard.chime.ciHigh"),
								label(locale, "dashboard.chime.dz"), label(locale, "dashboard.chime.improved")),
						label(locale, "dashboard.peerOutcomes.note", threshold, year)),
				rows));
		List<Group> roles = new ArrayList<>();
		List<String> roleNames = new ArrayList<>();
		for (PeerRole role : PeerRole.values()) {
			roles.add(new Group(Breakdown.ROLE, role.name()));
			roleNames.add(label(locale, "dashboard.role." + role.name()));
		}
		tables.add(by("peer-outcomes-role", "role", roles, roleNames, grid, dimensions, width, year, locale));
		List<Group> forms = new ArrayList<>();
		List<String> formNames = new ArrayList<>();
		for (EmploymentForm form : EmploymentForm.values()) {
			forms.add(new Group(Breakdown.FORM, form.name()));
			formNames.add(label(locale, "dashboard.form." + form.name()));
		}
		tables.add(by("peer-outcomes-form", "form", forms, formNames, grid, dimensions, width, year, locale));
		List<Group> byModel = new ArrayList<>();
		List<String> modelNames = new ArrayList<>();
		for (Option model : models) {
			byModel.add(new Group(Breakdown.MODEL, String.valueOf(model.id())));
			modelNames.add(model.name());
		}
		byModel.add(new Group(Breakdown.MODEL, PeerOutcomeGrid.NO_MODEL));
		modelNames.add(label(locale, "dashboard.peerOutcomes.noModel"));
		tables.add(by("peer-outcomes-model", "model", byModel, modelNames, grid, dimensions, width, year, locale));
		return tables;
	}

	/** The mean change of each group, then its number of pairs, per dimension. */
	private CountedTable by(String id, String breakdown, List<Group> groups, List<String> names, PeerOutcomeGrid grid,
			TreeSet<ItemDimension> dimensions, double width, int year, Locale locale) {
		List<CountedTable.Row> rows = new ArrayList<>();
		for (ItemDimension dimension : dimensions) {
			List<Counted> cells = new ArrayList<>();
			for (Group group : groups) {
				cells.add(change(grid, Change.Column.MEAN, group, dimension, width));
			}
			for (Group group : groups) {
				cells.add(change(grid, Change.Column.PAIRS, group, dimension, width));
			}
			rows.add(new CountedTable.Row(label(locale, "instrument.dimension." + dimension.name()), cells));
		}
		List<String> columns = new ArrayList<>();
		for (String figure : List.of("mean", "pairs")) {
			for (String name : names) {
				columns.add(label(locale, "dashboard.chimeRole." + figure, name));
			}
		}
		return new CountedTable(
				FigureTable.withoutChart(id, label(locale, "dashboard.peerOutcomes." + breakdown + ".title", year),
						columns, label(locale, "dashboard.peerOutcomes.by.note")),
				rows);
	}

	private static Change change(PeerOutcomeGrid grid, Change.Column column, Group group, ItemDimension dimension,
			double width) {
		PeerOutcomeGrid.Cell cell = grid.cell(group, dimension);
		return new Change(column, cell.sums(), cell.hidden(), width);
	}

	private String label(Locale locale, String code, Object... args) {
		return this.messages.getMessage(code, args, locale);
	}

}
