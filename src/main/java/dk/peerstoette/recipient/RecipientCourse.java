package dk.peerstoette.recipient;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One of a recipient's courses, as their page lists it. {@code kind} and {@code status}
 * are codes (message keys {@code course.kind.<kind>} and {@code course.status.<status>}).
 */
public record RecipientCourse(long courseId, String kind, @Nullable String title, String status, LocalDate startsOn,
		@Nullable LocalDate endedOn, List<String> peerWorkers) {

}
