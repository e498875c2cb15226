package dk.peerstoette.course;

/**
 * What a bridge-building course or contact built a bridge to; labels are
 * {@code course.bridgeTo.<name>}. Here, in the lower of the two modules, so that courses
 * and contacts (and the dashboard, which counts both) share one list.
 */
public enum BridgeDestination {

	/** Jobcenter. */
	JOB_CENTRE,
	/** Egen læge. */
	GENERAL_PRACTITIONER,
	/** Bolig. */
	HOUSING,
	/** Uddannelse. */
	EDUCATION,
	/** Forening. */
	ASSOCIATION,
	/** Andet. */
	OTHER

}
