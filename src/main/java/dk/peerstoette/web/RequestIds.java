package dk.peerstoette.web;

import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.catalina.Globals;
import org.jspecify.annotations.Nullable;
import org.slf4j.MDC;

import dk.peerstoette.audit.AuditLog;

/**
 * The id that ties a request's log lines, access-log rows, error page and
 * {@code X-Request-Id} response header together. A client's {@code X-Request-Id} becomes
 * the id only when the request came through a trusted proxy, that is when Tomcat's
 * RemoteIpValve (on under {@code server.forward-headers-strategy=native}) found the
 * connection to come from one of {@code server.tomcat.remoteip.internal-proxies};
 * otherwise anyone could log their requests under an id of their choosing. A client's
 * well-formed value that was not taken is kept beside the id in the access log.
 */
final class RequestIds {

	static final String HEADER = "X-Request-Id";

	private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._-]{8,64}");

	private RequestIds() {
	}

	/**
	 * Gives the request its id unless it has one (an error page is a second dispatch of
	 * the same request, and keeps it).
	 */
	static void assign(HttpServletRequest request, HttpServletResponse response) {
		if (request.getAttribute(AuditLog.REQUEST_ID) != null) {
			return;
		}
		String given = request.getHeader(HEADER);
		boolean wellFormed = given != null && ACCEPTED.matcher(given).matches();
		String id = UUID.randomUUID().toString();
		if (wellFormed && Boolean.TRUE.equals(request.getAttribute(Globals.REQUEST_FORWARDED_ATTRIBUTE))) {
			id = given;
		}
		else if (wellFormed) {
			request.setAttribute(AuditLog.CLIENT_REQUEST_ID, given);
		}
		request.setAttribute(AuditLog.REQUEST_ID, id);
		response.setHeader(HEADER, id);
	}

	/**
	 * Puts the request's ids in the log context; false, and nothing done, if they are
	 * there already (put by whoever wraps this, who takes them out again).
	 */
	static boolean enterLogContext(HttpServletRequest request) {
		if (MDC.get(AuditLog.REQUEST_ID) != null) {
			return false;
		}
		MDC.put(AuditLog.REQUEST_ID, (String) request.getAttribute(AuditLog.REQUEST_ID));
		@Nullable Object clientId = request.getAttribute(AuditLog.CLIENT_REQUEST_ID);
		if (clientId instanceof String value) {
			MDC.put(AuditLog.CLIENT_REQUEST_ID, value);
		}
		return true;
	}

	static void leaveLogContext() {
		MDC.remove(AuditLog.REQUEST_ID);
		MDC.remove(AuditLog.CLIENT_REQUEST_ID);
	}

}
