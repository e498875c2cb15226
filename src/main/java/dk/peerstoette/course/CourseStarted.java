package dk.peerstoette.course;

import java.time.LocalDate;
import java.util.Set;

/**
 * A course was created: published inside the creating transaction, so that a listener's
 * change (a waiting list's entry leaving it) stands or falls with the course.
 */
public record CourseStarted(long courseId, CourseKind kind, long organisationId, long unitId, Set<Long> recipientIds,
		LocalDate startsOn) {

	public CourseStarted {
		recipientIds = Set.copyOf(recipientIds);
	}

}
