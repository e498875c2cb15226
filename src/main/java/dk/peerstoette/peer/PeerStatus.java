package dk.peerstoette.peer;

/** Whether a peer worker still works: ended once the end date has come. */
enum PeerStatus {

	ACTIVE, ENDED

}
