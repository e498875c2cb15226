package dk.peerstoette.recipient;

/** What a recipient has consented to. */
public enum ConsentKind {

	/** Being registered at all: needed before contacts are recorded. */
	REGISTRATION,
	/** Answering outcome measurements (CHIME). */
	OUTCOME_MEASUREMENT,
	/** Anonymised quotes being used in reports. */
	ANONYMISED_QUOTES,
	/**
	 * Sharing with one named partner organisation (of a partnership the recipient's
	 * organisation is in): what a referral to it needs, and what keeps the receiving
	 * organisation's view of the recipient.
	 */
	PARTNER_SHARING,
	/**
	 * Being contacted for an interview of the programme's evaluation: what puts a
	 * recipient among those an interview sample is drawn from.
	 */
	EVALUATION_INTERVIEW

}
