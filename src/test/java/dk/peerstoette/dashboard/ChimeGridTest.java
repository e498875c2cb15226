package dk.peerstoette.dashboard;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import dk.peerstoette.instrument.ChimeDimension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which CHIME figures the grid hides. The attacks are the ones a manager can make with
 * the filters: overall minus a role, a partnership minus one of its organisations, all
 * roles minus the two that are shown (leaving the courses without a model). The last test
 * checks the grid's promise on many random programmes with a derivation of its own
 * (floating-point elimination), independent of {@link LinearSpan}.
 */
class ChimeGridTest {

	static final ChimeDimension HOPE = ChimeDimension.HOPE;

	static ChimeGrid.Row row(long organisation, String role, long n) {
		return new ChimeGrid.Row(organisation, role, HOPE, new ChimeSums(n, n * 0.5, n, n / 2));
	}

	@Test
	void overallMinusTheSupplementaryRoleWouldGiveTheSmallConventionalGroup() {
		ChimeGrid grid = new ChimeGrid(List.of(1L), List.of(List.of(1L)),
				List.of(row(1, "CONVENTIONAL", 3), row(1, "SUPPLEMENTARY", 6)), 5);
		ChimeGrid.Cell all = grid.cell(List.of(1L), null, HOPE);
		ChimeGrid.Cell supplementary = grid.cell(List.of(1L), "SUPPLEMENTARY", HOPE);
		assertThat(grid.cell(List.of(1L), "CONVENTIONAL", HOPE).sums().n()).isEqualTo(3);
		assertThat(all.hidden() || supplementary.hidden()).isTrue();
		assertThat(all.hidden() && supplementary.hidden()).isFalse();
		// The smaller of the two is the one hidden.
		assertThat(supplementary.hidden()).isTrue();
	}

	/**
	 * The demo manager's case: all pairs in one organisation of a partnership whose other
	 * organisations have none, so the partnership and the organisation answer the same.
	 * Hiding the supplementary figures in both keeps the totals, which readers want most.
	 */
	@Test
	void whenTwoAnswersCoverTheSamePairsThePartsAreHiddenAndTheTotalsKept() {
		List<Long> scope = List.of(1L, 2L);
		ChimeGrid grid = new ChimeGrid(scope, List.of(scope, List.of(1L), List.of(2L)),
				List.of(row(1, "CONVENTIONAL", 3), row(1, "SUPPLEMENTARY", 6)), 5);
		for (List<Long> margin : List.of(scope, List.of(1L))) {
			assertThat(grid.cell(margin, null, HOPE).hidden()).isFalse();
			assertThat(grid.cell(margin, null, HOPE).sums().n()).isEqualTo(9);
			assertThat(grid.cell(margin, "SUPPLEMENTARY", HOPE).hidden()).isTrue();
		}
	}

	@Test
	void aPartnershipMinusOneOrganisationWouldGiveTheOther() {
		List<Long> scope = List.of(1L, 2L);
		ChimeGrid grid = new ChimeGrid(scope, List.of(scope, List.of(1L), List.of(2L)),
				List.of(row(1, "CONVENTIONAL", 2), row(2, "CONVENTIONAL", 10)), 5);
		assertThat(grid.cell(scope, "CONVENTIONAL", HOPE).hidden()
				|| grid.cell(List.of(2L), "CONVENTIONAL", HOPE).hidden())
			.isTrue();
		assertThat(grid.cell(scope, null, HOPE).hidden() || grid.cell(List.of(2L), null, HOPE).hidden()).isTrue();
	}

	@Test
	void allRolesMinusTheTwoShownWouldGiveTheCoursesWithoutAModel() {
		ChimeGrid grid = new ChimeGrid(List.of(1L), List.of(List.of(1L)),
				List.of(row(1, "CONVENTIONAL", 6), row(1, "SUPPLEMENTARY", 7), row(1, "NONE", 2)), 5);
		long hidden = List.of("CONVENTIONAL", "SUPPLEMENTARY")
			.stream()
			.filter((role) -> grid.cell(List.of(1L), role, HOPE).hidden())
			.count() + (grid.cell(List.of(1L), null, HOPE).hidden() ? 1 : 0);
		assertThat(hidden).isEqualTo(1);
		assertThat(grid.cell(List.of(1L), "CONVENTIONAL", HOPE).hidden()).isTrue();
	}

	@Test
	void nothingIsHiddenWhenEveryGroupIsLargeOrEmpty() {
		List<Long> scope = List.of(1L, 2L);
		ChimeGrid grid = new ChimeGrid(scope, List.of(scope, List.of(1L), List.of(2L)),
				List.of(row(1, "CONVENTIONAL", 6), row(1, "SUPPLEMENTARY", 7), row(2, "CONVENTIONAL", 8)), 5);
		for (List<Long> margin : List.of(scope, List.of(1L), List.of(2L))) {
			for (String role : Arrays.asList("CONVENTIONAL", "SUPPLEMENTARY", null)) {
				assertThat(grid.cell(margin, role, HOPE).hidden()).isFalse();
			}
		}
		assertThat(grid.cell(scope, null, HOPE).sums().n()).isEqualTo(21);
	}

	/**
	 * On 300 random programmes of one to four organisations in up to two partnerships, no
	 * group of 1 to 4 pairs (a cell, a margin by role, or the difference of two nested
	 * figures) can be worked out from the figures shown and the empty cells.
	 */
	@Test
	void noSmallGroupCanBeWorkedOutOnRandomProgrammes() {
		Random random = new Random(20261206);
		for (int programme = 0; programme < 300; programme++) {
			int organisations = 1 + random.nextInt(4);
			List<Long> scope = new ArrayList<>();
			for (long o = 1; o <= organisations; o++) {
				scope.add(o);
			}
			List<List<Long>> margins = new ArrayList<>();
			margins.add(scope);
			if (organisations > 2) {
				margins.add(scope.subList(0, 2));
				margins.add(scope.subList(1, organisations));
			}
			scope.forEach((o) -> margins.add(List.of(o)));
			List<ChimeGrid.Row> rows = new ArrayList<>();
			long[][] n = new long[organisations][3];
			for (int o = 0; o < organisations; o++) {
				for (int r = 0; r < 3; r++) {
					n[o][r] = (random.nextInt(3) == 0) ? 0 : random.nextInt(12);
					if (n[o][r] > 0) {
						rows.add(row(o + 1, ChimeGrid.ROLES.get(r), n[o][r]));
					}
				}
			}
			ChimeGrid grid = new ChimeGrid(scope, margins, rows, 5);
			List<double[]> known = new ArrayList<>();
			List<double[]> figures = new ArrayList<>();
			for (List<Long> margin : margins) {
				for (String role : Arrays.asList("CONVENTIONAL", "SUPPLEMENTARY", null, "NONE")) {
					double[] vector = vector(organisations, margin, role);
					figures.add(vector);
					if (role != null && role.equals("NONE")) {
						continue;
					}
					ChimeGrid.Cell cell = grid.cell(margin, role, HOPE);
					assertThat(cell.sums().n()).isEqualTo(count(n, vector));
					if (!cell.hidden() && cell.sums().n() >= 5) {
						known.add(vector);
					}
				}
			}
			for (int c = 0; c < organisations * 3; c++) {
				if (n[c / 3][c % 3] == 0) {
					double[] unit = new double[organisations * 3];
					unit[c] = 1;
					known.add(unit);
				}
			}
			List<double[]> groups = new ArrayList<>(figures);
			for (int c = 0; c < organisations * 3; c++) {
				double[] unit = new double[organisations * 3];
				unit[c] = 1;
				groups.add(unit);
			}
			for (double[] outer : figures) {
				for (double[] inner : figures) {
					double[] difference = new double[outer.length];
					boolean nested = true;
					for (int i = 0; i < outer.length; i++) {
						difference[i] = outer[i] - inner[i];
						nested &= difference[i] >= 0;
					}
					if (nested) {
						groups.add(difference);
					}
				}
			}
			for (double[] group : groups) {
				long size = count(n, group);
				if (size > 0 && size < 5) {
					assertThat(derivable(known, group))
						.as("programme %d: %s of %s", programme, Arrays.toString(group), Arrays.deepToString(n))
						.isFalse();
				}
			}
		}
	}

	private static double[] vector(int organisations, List<Long> margin, @Nullable String role) {
		double[] vector = new double[organisations * 3];
		for (long o : margin) {
			for (int r = 0; r < 3; r++) {
				if (role == null || ChimeGrid.ROLES.get(r).equals(role)) {
					vector[(int) (o - 1) * 3 + r] = 1;
				}
			}
		}
		return vector;
	}

	private static long count(long[][] n, double[] vector) {
		long total = 0;
		for (int i = 0; i < vector.length; i++) {
			total += (long) vector[i] * n[i / 3][i % 3];
		}
		return total;
	}

	/** Whether the vector is a combination of the known ones: rank does not grow. */
	private static boolean derivable(List<double[]> known, double[] vector) {
		List<double[]> with = new ArrayList<>(known);
		with.add(vector);
		return rank(known) == rank(with);
	}

	private static int rank(List<double[]> vectors) {
		if (vectors.isEmpty()) {
			return 0;
		}
		double[][] m = vectors.stream().map(double[]::clone).toArray(double[][]::new);
		int rows = m.length;
		int columns = m[0].length;
		int rank = 0;
		for (int c = 0; c < columns && rank < rows; c++) {
			int pivot = rank;
			for (int r = rank + 1; r < rows; r++) {
				if (Math.abs(m[r][c]) > Math.abs(m[pivot][c])) {
					pivot = r;
				}
			}
			if (Math.abs(m[pivot][c]) < 1e-9) {
				continue;
			}
			double[] swap = m[pivot];
			m[pivot] = m[rank];
			m[rank] = swap;
			for (int r = 0; r < rows; r++) {
				if (r != rank) {
					double factor = m[r][c] / m[rank][c];
					for (int j = c; j < columns; j++) {
						m[r][j] -= factor * m[rank][j];
					}
				}
			}
			rank++;
		}
		return rank;
	}

}
