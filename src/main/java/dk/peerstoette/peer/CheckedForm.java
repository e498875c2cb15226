package dk.peerstoette.peer;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/**
 * A form that checks the rules between its own fields (formats, periods, days not yet
 * come) beyond the field annotations; the controllers add {@link #validator} so that
 * {@code @Valid} runs both.
 */
interface CheckedForm {

	/** Checks a form against the business day of the clock. */
	static Validator validator(Clock clock) {
		return Validator.forInstanceOf(CheckedForm.class, (form, errors) -> form.check(LocalDate.now(clock), errors));
	}

	/** Rejects each field that breaks a rule, with a message code. */
	void check(LocalDate today, Errors errors);

}
