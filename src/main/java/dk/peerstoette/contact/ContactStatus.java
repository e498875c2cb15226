package dk.peerstoette.contact;

/**
 * Whether a contact took place; labels are {@code contact.status.<name>}. Only a held
 * contact counts in the hours.
 */
enum ContactStatus {

	HELD, PLANNED, NOT_HELD

}
