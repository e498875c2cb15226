package dk.peerstoette.course;

import java.time.LocalDate;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import dk.peerstoette.course.MentorRule.Problem;

import static org.assertj.core.api.Assertions.assertThat;

class MentorRuleTest {

	private static final LocalDate DISCHARGE = LocalDate.of(2025, 6, 15);

	@Nested
	class StartBeforeDischarge {

		@Test
		void exactlyThreeMonthsBeforeDischargeIsAllowed() {
			assertThat(mentor(LocalDate.of(2025, 3, 15), LocalDate.of(2025, 9, 15), null, DISCHARGE)).isEmpty();
		}

		@Test
		void oneDayMoreThanThreeMonthsBeforeIsTooEarly() {
			assertThat(mentor(LocalDate.of(2025, 3, 14), LocalDate.of(2025, 12, 31), null, DISCHARGE))
				.containsExactly(Problem.STARTS_TOO_EARLY);
		}

		@Test
		void startingAfterDischargeIsAllowed() {
			assertThat(mentor(LocalDate.of(2025, 7, 1), LocalDate.of(2026, 1, 1), null, DISCHARGE)).isEmpty();
		}

		@Test
		void withoutADischargeDateOnlyTheLengthIsChecked() {
			assertThat(mentor(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 7, 1), null, null)).isEmpty();
		}

		@Test
		void monthEndsAreClampedAsInPostgresql() {
			// 31 May minus 3 months is 29 February in a leap year, as PostgreSQL counts.
			LocalDate discharge = LocalDate.of(2024, 5, 31);
			assertThat(mentor(LocalDate.of(2024, 2, 29), LocalDate.of(2024, 12, 31), null, discharge)).isEmpty();
			assertThat(mentor(LocalDate.of(2024, 2, 28), LocalDate.of(2024, 12, 31), null, discharge))
				.containsExactly(Problem.STARTS_TOO_EARLY);
		}

	}

	@Nested
	class Length {

		@Test
		void exactlySixMonthsIsLongEnough() {
			assertThat(mentor(LocalDate.of(2025, 1, 10), LocalDate.of(2025, 7, 10), null, null)).isEmpty();
		}

		@Test
		void oneDayShortOfSixMonthsIsTooShort() {
			assertThat(mentor(LocalDate.of(2025, 1, 10), LocalDate.of(2025, 7, 9), null, null))
				.containsExactly(Problem.TOO_SHORT);
		}

		@Test
		void theActualEndCountsBeforeThePlannedOne() {
			assertThat(mentor(LocalDate.of(2025, 1, 10), LocalDate.of(2025, 12, 31), LocalDate.of(2025, 5, 1), null))
				.containsExactly(Problem.TOO_SHORT);
			assertThat(mentor(LocalDate.of(2025, 1, 10), LocalDate.of(2025, 3, 1), LocalDate.of(2025, 7, 10), null))
				.isEmpty();
		}

		@Test
		void anEndWithoutAPlannedEndIsChecked() {
			assertThat(mentor(LocalDate.of(2025, 1, 10), null, LocalDate.of(2025, 8, 1), null)).isEmpty();
		}

		@Test
		void withoutAnyEndTheLengthCannotBeChecked() {
			assertThat(mentor(LocalDate.of(2025, 1, 10), null, null, null)).containsExactly(Problem.NO_PLANNED_END);
		}

		@Test
		void bothProblemsAreReported() {
			assertThat(mentor(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 2, 1), null, DISCHARGE))
				.containsExactly(Problem.STARTS_TOO_EARLY, Problem.TOO_SHORT);
		}

	}

	@Test
	void onlyMentorCoursesAreChecked() {
		for (CourseKind kind : new CourseKind[] { CourseKind.INDIVIDUAL, CourseKind.GROUP,
				CourseKind.BRIDGE_BUILDING }) {
			assertThat(MentorRule.check(kind, LocalDate.of(2025, 1, 1), null, null, DISCHARGE)).isEmpty();
		}
	}

	private static java.util.List<Problem> mentor(LocalDate startsOn, LocalDate plannedEndOn, LocalDate endedOn,
			LocalDate dischargeOn) {
		return MentorRule.check(CourseKind.MENTOR, startsOn, plannedEndOn, endedOn, dischargeOn);
	}

}
