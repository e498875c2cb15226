package dk.peerstoette.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.support.DefaultHandlerExceptionResolver;

/**
 * Spring's resolver of bad requests (a value of the wrong type, a missing parameter, an
 * unsupported method), whose warning says which exception and which parameter, but not,
 * as Spring's own does, the value: {@code ?unit=} followed by a name is logged as a
 * mismatch of {@code unit}, without the name.
 */
class ValueFreeExceptionResolver extends DefaultHandlerExceptionResolver {

	@Override
	protected String buildLogMessage(Exception ex, HttpServletRequest request) {
		String parameter = (ex instanceof MethodArgumentTypeMismatchException mismatch)
				? " of parameter '" + mismatch.getName() + "'" : "";
		return "Resolved [" + ex.getClass().getName() + parameter + "]";
	}

}
