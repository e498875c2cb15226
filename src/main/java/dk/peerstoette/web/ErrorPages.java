package dk.peerstoette.web;

import java.util.HashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/**
 * Every error page is the one template {@code error.html}, which titles it by its status
 * in the reader's language. Spring's model of an error also holds the status's reason
 * phrase as {@code error} ("Forbidden"), the name under which the layout shows a flash
 * message by its key: it is left out, so that no page shows {@code ??Forbidden_da??}.
 */
@Component
class ErrorPages implements ErrorViewResolver {

	@Override
	public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
		Map<String, Object> shown = new HashMap<>(model);
		shown.remove("error");
		return new ModelAndView("error", shown, status);
	}

}
