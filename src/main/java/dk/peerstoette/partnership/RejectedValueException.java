package dk.peerstoette.partnership;

/**
 * A form value broke a rule that only the service can check; names the field and the
 * message code.
 */
class RejectedValueException extends RuntimeException {

	private final String field;

	private final String code;

	RejectedValueException(String field, String code) {
		super(field + ": " + code);
		this.field = field;
		this.code = code;
	}

	String getField() {
		return this.field;
	}

	String getCode() {
		return this.code;
	}

}
