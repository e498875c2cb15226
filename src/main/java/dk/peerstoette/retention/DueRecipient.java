package dk.peerstoette.retention;

import java.time.LocalDate;

/**
 * A recipient whose retention period ends on {@code dueOn}: {@code lastClosedOn} is the
 * day their last course ended (or they were registered, if they never had a course).
 */
record DueRecipient(long id, String label, String unitName, LocalDate lastClosedOn, LocalDate dueOn, boolean held) {

}
