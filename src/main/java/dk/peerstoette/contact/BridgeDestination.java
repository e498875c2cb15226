package dk.peerstoette.contact;

/**
 * What a bridge-building contact built a bridge to; labels are
 * {@code contact.bridgeTo.<name>}.
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
