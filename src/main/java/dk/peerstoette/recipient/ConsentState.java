package dk.peerstoette.recipient;

/** Where a consent stands on a given day. */
enum ConsentState {

	ACTIVE, EXPIRED, WITHDRAWN

}
