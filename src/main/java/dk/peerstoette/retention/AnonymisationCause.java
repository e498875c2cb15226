package dk.peerstoette.retention;

/** Why a recipient was anonymised. */
enum AnonymisationCause {

	/** The organisation's retention period after the last course ended. */
	RETENTION,

	/** The recipient asked (GDPR Art. 17). */
	ERASURE_REQUEST

}
