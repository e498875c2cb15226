package dk.peerstoette.course;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CourseStatusTest {

	private static final LocalDate TODAY = LocalDate.of(2025, 5, 20);

	@Test
	void aCourseThatStartsAfterTodayIsPlanned() {
		assertThat(CourseStatus.of(TODAY.plusDays(1), null, TODAY)).isEqualTo(CourseStatus.PLANNED);
	}

	@Test
	void aCourseThatStartedAndHasNotEndedIsActive() {
		assertThat(CourseStatus.of(TODAY, null, TODAY)).isEqualTo(CourseStatus.ACTIVE);
		assertThat(CourseStatus.of(TODAY.minusDays(10), TODAY.plusDays(1), TODAY)).isEqualTo(CourseStatus.ACTIVE);
	}

	@Test
	void aCourseEndsOnItsEndDate() {
		assertThat(CourseStatus.of(TODAY.minusDays(10), TODAY, TODAY)).isEqualTo(CourseStatus.ENDED);
		assertThat(CourseStatus.of(TODAY, TODAY, TODAY)).isEqualTo(CourseStatus.ENDED);
	}

}
