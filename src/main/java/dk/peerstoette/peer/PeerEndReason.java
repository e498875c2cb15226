package dk.peerstoette.peer;

/** Why a peer worker stopped; labels are {@code peer.endReason.<name>}. */
public enum PeerEndReason {

	/** Eget ønske. */
	OWN_WISH,
	/** Hensyn til egen trivsel: the role can set a peer back in their own recovery. */
	OWN_WELLBEING,
	/** Nyt job eller uddannelse. */
	NEW_JOB_OR_EDUCATION,
	/** Ansættelsen eller projektet ophørte. */
	EMPLOYMENT_ENDED,
	/** Andet. */
	OTHER

}
