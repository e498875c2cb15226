package dk.peerstoette.contact;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * The course a coordinator chose to record a contact in, as the form shows it: its kind
 * (a code, labels {@code contact.courseKind.<kind>}), title, unit and end.
 */
record CourseOption(long id, String kind, @Nullable String title, String unitName, @Nullable LocalDate endedOn) {

}
