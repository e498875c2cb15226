package dk.peerstoette.audit;

import java.util.Arrays;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.stereotype.Component;

/**
 * A signed-in user refused by a URL rule of the security configuration (a peer worker
 * asking for {@code /admin/users}, a manager posting to {@code /admin/...}) goes into the
 * access log like any other refusal: which page, with which method. Refusals by the
 * services are logged there already, with the record asked for; someone not signed in is
 * sent to the sign-in page, which is no refusal.
 */
@Component
class UrlRuleAuditor {

	static final String ENTITY = "PAGE";

	// A path segment that is a word of our own URLs or a number; anything else in a
	// path was typed by someone and is logged as '*'.
	private static final Pattern PLAIN_SEGMENT = Pattern.compile("[a-z][a-z.-]{0,29}|[0-9]{1,19}");

	private static final Pattern METHOD = Pattern.compile("[A-Z]{1,10}");

	private final AuditLog auditLog;

	private final AuthenticationTrustResolver trust = new AuthenticationTrustResolverImpl();

	UrlRuleAuditor(AuditLog auditLog) {
		this.auditLog = auditLog;
	}

	@EventListener
	void onDenied(AuthorizationDeniedEvent<?> event) {
		if (!(event.getObject() instanceof HttpServletRequest request)
				|| !this.trust.isAuthenticated(event.getAuthentication().get())) {
			return;
		}
		String method = request.getMethod();
		boolean reading = "GET".equals(method) || "HEAD".equals(method);
		String detail = "REASON=URL_RULE;METHOD=" + (METHOD.matcher(method).matches() ? method : "OTHER");
		this.auditLog.recordRefusal(reading ? AuditAction.READ : AuditAction.UPDATE, ENTITY, path(request),
				AuditOutcome.DENIED, detail);
	}

	/** The path asked for, at most 40 characters, with every typed segment as '*'. */
	static String path(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		String plain = Arrays.stream(path.split("/", -1))
			.map((segment) -> (segment.isEmpty() || PLAIN_SEGMENT.matcher(segment).matches()) ? segment : "*")
			.collect(Collectors.joining("/"));
		return (plain.length() <= 40) ? plain : plain.substring(0, 40);
	}

}
