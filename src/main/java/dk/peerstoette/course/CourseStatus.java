package dk.peerstoette.course;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * Where a course stands on a day; derived from its dates, never stored. Labels are
 * {@code course.status.<name>}. {@link CourseQueries} says the same in SQL.
 */
enum CourseStatus {

	PLANNED, ACTIVE, ENDED;

	static CourseStatus of(LocalDate startsOn, @Nullable LocalDate endedOn, LocalDate today) {
		if (endedOn != null && !endedOn.isAfter(today)) {
			return ENDED;
		}
		return startsOn.isAfter(today) ? PLANNED : ACTIVE;
	}

}
