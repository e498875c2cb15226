package dk.peerstoette.recipient;

/** The list's filter on the consent to registration, as of today. */
enum ConsentFilter {

	/** Recipients with a consent to registration that holds today. */
	ACTIVE,
	/** Recipients without one: never given, expired or withdrawn. */
	MISSING

}
