package dk.peerstoette.course;

/**
 * The kinds of course the programme runs; labels are {@code course.kind.<name>}. Public
 * so that the dashboard filters by it.
 */
public enum CourseKind {

	/**
	 * Individuelt peer-forløb: conversation and companionship, no pre-set goal needed.
	 */
	INDIVIDUAL,
	/** Gruppeforløb: one or more recipients. */
	GROUP,
	/** Mentorforløb: around a discharge, checked by {@link MentorRule}. */
	MENTOR,
	/** Brobygning: the peer as a bridge between the citizen and the system. */
	BRIDGE_BUILDING;

	/** Every kind but a group course has exactly one recipient. */
	boolean hasOneRecipient() {
		return this != GROUP;
	}

}
