package dk.peerstoette.instrument;

/**
 * What an instrument is for, and so who answers it: a recipient's outcome assessment, or
 * the staff survey of a unit (module staffsurvey). Each use offers only its own
 * instruments. Labels are {@code instrument.purpose.<NAME>}.
 */
public enum InstrumentPurpose {

	RECIPIENT_OUTCOME("CHIME-10"), STAFF_SURVEY("STAFF-10");

	private final String standardCode;

	InstrumentPurpose(String standardCode) {
		this.standardCode = standardCode;
	}

	/** The code of the instrument shipped for this purpose, in our own wording. */
	String standardCode() {
		return this.standardCode;
	}

}
