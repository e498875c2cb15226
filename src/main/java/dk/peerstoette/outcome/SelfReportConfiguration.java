package dk.peerstoette.outcome;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import dk.peerstoette.audit.AuditAction;
import dk.peerstoette.audit.AuditLog;
import dk.peerstoette.audit.AuditOutcome;
import dk.peerstoette.security.StaffUser;

import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Puts the self-report lock in front of every page, and lifts it when someone signs in
 * again in the locked session.
 */
@Configuration(proxyBeanMethods = false)
class SelfReportConfiguration implements WebMvcConfigurer {

	private final AuditLog auditLog;

	private final AssessmentService assessments;

	SelfReportConfiguration(AuditLog auditLog, AssessmentService assessments) {
		this.auditLog = auditLog;
		this.assessments = assessments;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new SelfReportLock(this.assessments))
			.addPathPatterns("/**")
			.excludePathPatterns(SelfReportLock.OPEN)
			.excludePathPatterns(SelfReportLock.PATH + "/**");
	}

	/** Signing in is the other way for a staff member to take the device back. */
	@EventListener
	void signedIn(AuthenticationSuccessEvent event) {
		if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
			return;
		}
		HttpServletRequest request = attributes.getRequest();
		HttpSession session = request.getSession(false);
		SelfReportLock.Lock lock = SelfReportLock.of(session);
		if (session == null || lock == null) {
			return;
		}
		SelfReportLock.lift(session);
		Object principal = event.getAuthentication().getPrincipal();
		if (principal instanceof StaffUser user) {
			this.auditLog.recordSession(AuditAction.UPDATE, user.getId(), user.getUsername(), AuditOutcome.SUCCESS,
					"SELF_REPORT=UNLOCK;VIA=SIGN_IN;ASSESSMENT=" + lock.assessmentId());
		}
	}

}
