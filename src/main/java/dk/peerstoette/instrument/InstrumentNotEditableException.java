package dk.peerstoette.instrument;

/**
 * An instrument that is active, retired or used by an assessment is never changed in
 * place; a change is a new version.
 */
class InstrumentNotEditableException extends RuntimeException {

	InstrumentNotEditableException() {
		super("Only a draft no assessment uses can be changed");
	}

}
