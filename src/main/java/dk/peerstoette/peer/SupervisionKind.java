package dk.peerstoette.peer;

/** Whether supervision was given to the peer worker alone or in a group. */
enum SupervisionKind {

	INDIVIDUAL, GROUP

}
