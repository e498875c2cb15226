package dk.peerstoette.web;

import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.slf4j.MDC;

import dk.peerstoette.audit.AuditLog;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives each request an id, taken from a proxy's {@code X-Request-Id} when it is a plain
 * token, else made up, and puts it in the log context and the response.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestIdFilter extends OncePerRequestFilter {

	static final String HEADER = "X-Request-Id";

	private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._-]{8,64}");

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		// An error page is rendered in a second dispatch of the same request: keep its
		// id.
		String requestId = (request.getAttribute(AuditLog.REQUEST_ID) instanceof String earlier) ? earlier
				: idFrom(request.getHeader(HEADER));
		request.setAttribute(AuditLog.REQUEST_ID, requestId);
		MDC.put(AuditLog.REQUEST_ID, requestId);
		response.setHeader(HEADER, requestId);
		try {
			chain.doFilter(request, response);
		}
		finally {
			MDC.remove(AuditLog.REQUEST_ID);
		}
	}

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

	private static String idFrom(@Nullable String given) {
		return (given != null && ACCEPTED.matcher(given).matches()) ? given : UUID.randomUUID().toString();
	}

}
