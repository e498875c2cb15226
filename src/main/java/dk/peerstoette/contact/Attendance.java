package dk.peerstoette.contact;

/**
 * Whether a member of a group came to a meeting; labels are
 * {@code contact.group.attendance.<name>}.
 */
enum Attendance {

	/** Til stede. */
	PRESENT,
	/** Udeblev: did not come and did not say so. */
	ABSENT,
	/** Meldte afbud. */
	CANCELLED

}
