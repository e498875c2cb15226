package dk.peerstoette.recipient;

/** How a consent was given. */
public enum ConsentMethod {

	WRITTEN, VERBAL

}
