package dk.peerstoette.outcome;

/**
 * Which due assessments the list shows: those due before today, those due from today
 * within the horizon, or both. Labels are {@code outcome.due.filter.<NAME>}.
 */
enum DueFilter {

	OVERDUE, UPCOMING, ALL

}
