package dk.peerstoette.web;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.jspecify.annotations.Nullable;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers 400, with the error page, to a request whose parameters are not text we can
 * keep: bytes that are not UTF-8 (Tomcat cannot decode them), or a control character
 * other than tab and line breaks (no form sends one, and PostgreSQL refuses a NUL in
 * text); or whose {@code sort} holds a {@code %} (Spring Data decodes a sort once more,
 * and fails on it; any other sort that is no column of the list gives the list's own
 * order, see {@link ListPages}). Checked once, before anything reads a parameter, so that
 * no form, search or filter has to. The error page is rendered without the parameters,
 * which it does not need and could not read.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class MalformedInputFilter extends OncePerRequestFilter {

	private static final String REJECTED = MalformedInputFilter.class.getName() + ".rejected";

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getAttribute(REJECTED) != null) {
			chain.doFilter(new WithoutParameters(request), response);
			return;
		}
		Integer refusal = refusal(request);
		if (refusal != null) {
			request.setAttribute(REJECTED, Boolean.TRUE);
			response.sendError(refusal);
		}
		else {
			chain.doFilter(request, response);
		}
	}

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

	/** The status to refuse the request with, or null if its parameters are fine. */
	private static @Nullable Integer refusal(HttpServletRequest request) {
		Map<String, String[]> parameters;
		try {
			parameters = request.getParameterMap();
		}
		catch (IllegalStateException ex) {
			// Tomcat could not read them: 413 for too many or too large, else 400. Its
			// message quotes the value, so it is not logged.
			return (ex instanceof InvalidParameterException invalid) ? invalid.getErrorCode()
					: HttpServletResponse.SC_BAD_REQUEST;
		}
		for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
			if (!plain(parameter.getKey())) {
				return HttpServletResponse.SC_BAD_REQUEST;
			}
			for (String value : parameter.getValue()) {
				if (!plain(value) || (parameter.getKey().equals("sort") && value.contains("%"))) {
					return HttpServletResponse.SC_BAD_REQUEST;
				}
			}
		}
		return null;
	}

	private static boolean plain(@Nullable String text) {
		if (text == null) {
			return true;
		}
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
				return false;
			}
		}
		return true;
	}

	/** The request as the error page sees it: without parameters or query. */
	private static final class WithoutParameters extends HttpServletRequestWrapper {

		WithoutParameters(HttpServletRequest request) {
			super(request);
		}

		@Override
		public @Nullable String getParameter(String name) {
			return null;
		}

		@Override
		public Map<String, String[]> getParameterMap() {
			return Map.of();
		}

		@Override
		public Enumeration<String> getParameterNames() {
			return Collections.emptyEnumeration();
		}

		@Override
		public String @Nullable [] getParameterValues(String name) {
			return null;
		}

		@Override
		public @Nullable String getQueryString() {
			return null;
		}

	}

}
