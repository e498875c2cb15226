package dk.peerstoette.outcome;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * An assessment that falls due and has not been started: one recipient in one course at
 * one timepoint.
 */
record DueAssessment(long recipientId, String internalNumber, String alias, long courseId, String courseKind,
		@Nullable String courseTitle, Timepoint timepoint, LocalDate dueOn, boolean overdue) {

}
