package dk.peerstoette.contact;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A course a coordinator may record a contact in: its kind (a code, labels
 * {@code contact.courseKind.<kind>}), title, unit, recipients (alias and number, in the
 * order of {@code recipientIds}) and end.
 */
record CourseOption(long id, String kind, @Nullable String title, String unitName, List<Long> recipientIds,
		List<String> recipients, @Nullable LocalDate endedOn) {

}
