package dk.peerstoette.course;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * One organisation's part of a shared mentor course, as a course's page shows it: where
 * and when, nothing of the recipient, the contacts or the peer workers, which stay with
 * the organisation that recorded them.
 */
public record CoursePart(String organisationName, String unitName, LocalDate startsOn, @Nullable LocalDate plannedEndOn,
		@Nullable LocalDate endedOn, @Nullable LocalDate dischargeOn, boolean thisCourse) {

}
