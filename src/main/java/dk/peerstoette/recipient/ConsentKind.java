package dk.peerstoette.recipient;

/** What a recipient has consented to. */
public enum ConsentKind {

	/** Being registered at all: needed before contacts are recorded. */
	REGISTRATION,
	/** Answering outcome measurements (CHIME). */
	OUTCOME_MEASUREMENT,
	/** Anonymised quotes being used in reports. */
	ANONYMISED_QUOTES

}
