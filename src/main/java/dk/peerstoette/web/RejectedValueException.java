package dk.peerstoette.web;

/**
 * A form value broke a rule that only a service can check (a duplicate name, a unit of
 * another organisation); names the form field and the message code, so the controller can
 * put the message next to the field.
 */
public class RejectedValueException extends RuntimeException {

	private final String field;

	private final String code;

	public RejectedValueException(String field, String code) {
		super(field + ": " + code);
		this.field = field;
		this.code = code;
	}

	public String getField() {
		return this.field;
	}

	public String getCode() {
		return this.code;
	}

}
