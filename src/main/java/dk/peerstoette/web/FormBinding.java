package dk.peerstoette.web;

import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Binding rules every form shares. A record's id comes from the path and is checked
 * against the user's scope there; a posted {@code id} must never reach a form object, so
 * no request can point a form at another record.
 */
@ControllerAdvice
class FormBinding {

	@InitBinder
	void neverBindAnId(WebDataBinder binder) {
		binder.setDisallowedFields("id");
	}

}
