package dk.peerstoette.recipient;

/** How a consent was given. */
enum ConsentMethod {

	WRITTEN, VERBAL

}
