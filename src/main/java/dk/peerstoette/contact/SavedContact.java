package dk.peerstoette.contact;

/**
 * What a submitted contact form led to: the page to show next, and whether this was a
 * repeat of a form already taken (nothing new was written) or nothing needed changing.
 */
record SavedContact(String path, Outcome outcome) {

	enum Outcome {

		CREATED, SAVED, UNCHANGED, DELETED, REPEATED

	}

}
