package dk.peerstoette.peer;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One course in a peer worker's caseload. {@code kind} is the course kind's code (a
 * message key suffix, {@code course.kind.<kind>}); recipients are shown by alias and
 * internal number ({@code recipients}), in the order of their ids in
 * {@code recipientIds}, which the access log records.
 */
public record CaseloadEntry(long courseId, String kind, @Nullable String title, LocalDate startsOn,
		@Nullable LocalDate plannedEndOn, List<Long> recipientIds, List<String> recipients) {

}
