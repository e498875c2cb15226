package dk.peerstoette.outcome;

/**
 * An assessment is begun, then completed with its scores; a begun one may be discarded.
 */
enum AssessmentStatus {

	IN_PROGRESS, COMPLETED

}
