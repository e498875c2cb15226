package dk.peerstoette.dashboard;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which pieces of a period come from the summaries and which from the contacts. */
class SummaryPlanTest {

	@Test
	void aWholeUpToDateYearIsOnePiece() {
		SummaryPlan plan = SummaryPlan.of(List.of(1L, 2L), day("2025-01-01"), day("2025-12-31"), Set.of());
		assertThat(pieces(plan.reachPieces())).containsExactly("1 Y 2025-01-01", "2 Y 2025-01-01");
		assertThat(plan.activityMonths()).hasSize(24);
		assertThat(plan.contactDays()).isEmpty();
	}

	@Test
	void aStaleMonthIsReadFromTheContactsAndItsYearMonthByMonth() {
		SummaryPlan plan = SummaryPlan.of(List.of(1L, 2L), day("2025-01-01"), day("2025-12-31"), Set.of("1/2025-03"));
		assertThat(pieces(plan.reachPieces())).hasSize(11 + 1)
			.contains("1 M 2025-02-01", "1 M 2025-04-01", "2 Y 2025-01-01")
			.doesNotContain("1 M 2025-03-01", "1 Y 2025-01-01");
		assertThat(pieces(plan.contactDays())).containsExactly("1 2025-03-01 2025-03-31");
		assertThat(plan.activityMonths()).hasSize(11 + 12);
	}

	@Test
	void theDaysOfMonthsCoveredInPartComeFromTheContacts() {
		SummaryPlan plan = SummaryPlan.of(List.of(1L), day("2024-12-15"), day("2026-01-20"), Set.of("1/2026-01"));
		assertThat(pieces(plan.reachPieces())).contains("1 Y 2025-01-01").hasSize(1);
		assertThat(pieces(plan.contactDays())).containsExactly("1 2024-12-15 2024-12-31", "1 2026-01-01 2026-01-20");
		assertThat(plan.activityMonths()).hasSize(12);
	}

	@Test
	void aPeriodWithinAMonthIsAllContactsAndAStaleEdgeJoinsItsNeighbours() {
		assertThat(pieces(SummaryPlan.of(List.of(1L), day("2025-03-03"), day("2025-03-20"), Set.of()).contactDays()))
			.containsExactly("1 2025-03-03 2025-03-20");
		SummaryPlan plan = SummaryPlan.of(List.of(1L), day("2025-03-15"), day("2025-05-31"),
				Set.of("1/2025-04", "1/2025-05"));
		assertThat(pieces(plan.contactDays())).containsExactly("1 2025-03-15 2025-05-31");
		assertThat(plan.reachPieces()).isEmpty();
	}

	private static LocalDate day(String day) {
		return LocalDate.parse(day);
	}

	private static List<String> pieces(List<Object[]> pieces) {
		return pieces.stream()
			.map((piece) -> String.join(" ", List.of(piece).stream().map(String::valueOf).toList()))
			.toList();
	}

}
