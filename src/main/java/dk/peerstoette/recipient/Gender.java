package dk.peerstoette.recipient;

/** A recipient's gender as they state it; not stating it is a valid answer. */
enum Gender {

	FEMALE, MALE, OTHER, NOT_STATED

}
