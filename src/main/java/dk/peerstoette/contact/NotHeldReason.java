package dk.peerstoette.contact;

/** Why a planned contact was not held; labels are {@code contact.notHeld.<name>}. */
enum NotHeldReason {

	RECIPIENT_CANCELLED, RECIPIENT_DID_NOT_COME, PEER_CANCELLED, OTHER

}
