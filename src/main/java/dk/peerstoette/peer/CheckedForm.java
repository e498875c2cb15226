package dk.peerstoette.peer;

import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/**
 * A form that checks the rules between its own fields (formats, periods) beyond the field
 * annotations; the controllers add {@link #VALIDATOR} so that {@code @Valid} runs both.
 */
interface CheckedForm {

	Validator VALIDATOR = Validator.forInstanceOf(CheckedForm.class, CheckedForm::check);

	/** Rejects each field that breaks a rule, with a message code. */
	void check(Errors errors);

}
