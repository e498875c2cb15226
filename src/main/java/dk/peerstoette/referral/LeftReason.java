package dk.peerstoette.referral;

/**
 * Why a place left its waiting list; message keys {@code referral.waiting.left.<name>}.
 * Only {@link #COURSE_STARTED} is set by a course; the others a coordinator chooses.
 */
enum LeftReason {

	COURSE_STARTED, NO_LONGER_WANTED, HELPED_ELSEWHERE, NOT_REACHED, OTHER;

	/** The reasons a coordinator may give for taking a place off by hand. */
	static final LeftReason[] BY_HAND = { NO_LONGER_WANTED, HELPED_ELSEWHERE, NOT_REACHED, OTHER };

}
