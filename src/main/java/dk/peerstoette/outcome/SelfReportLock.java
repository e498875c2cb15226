package dk.peerstoette.outcome;

import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;

import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;

/**
 * The self-report screen's lock: while a session holds one, every page but the screen
 * itself (and the files pages need) leads back to it, so the recipient holding the device
 * reaches no other record. The peer worker lifts it with their password or by signing in
 * again.
 */
class SelfReportLock implements HandlerInterceptor {

	static final String PATH = "/outcomes/self-report";

	static final String ATTRIBUTE = SelfReportLock.class.getName();

	static final String CLEAR_SITE_DATA = "Clear-Site-Data";

	/** How many wrong passwords end the session. */
	static final int MAX_WRONG_PASSWORDS = 5;

	/**
	 * What may be reached while locked, besides the screen. Not the error page: it would
	 * show the staff member's menu and name.
	 */
	static final List<String> OPEN = List.of(PATH, "/assets/**", "/webjars/**", "/favicon.ico", "/login", "/logout");

	/** The error page of the screen itself, without the staff member's menu and name. */
	static final String ERROR_VIEW = "outcome/self-report/error";

	/**
	 * One session's lock: which assessment, for whom, whether it is answered; its id
	 * counts the passwords tried on it.
	 */
	record Lock(long assessmentId, long userId, boolean finished, UUID id) implements Serializable {

		@Serial
		private static final long serialVersionUID = 2L;

		Lock answered() {
			return new Lock(this.assessmentId, this.userId, true, this.id);
		}

	}

	/**
	 * Locks the session, and makes the pages shown before unusable: the session gets a
	 * new id, and the browser is told to drop what it cached of this site (its
	 * back/forward cache included), so that Back asks the server, which shows the lock.
	 */
	static void lock(HttpServletRequest request, HttpServletResponse response, long assessmentId, long userId) {
		request.getSession().setAttribute(ATTRIBUTE, new Lock(assessmentId, userId, false, UUID.randomUUID()));
		request.changeSessionId();
		// Written here rather than by Spring Security's ClearSiteDataHeaderWriter, which
		// writes only over HTTPS: browsers honour it on localhost too.
		response.setHeader(CLEAR_SITE_DATA, "\"cache\"");
	}

	static @Nullable Lock of(@Nullable HttpSession session) {
		return (session != null && session.getAttribute(ATTRIBUTE) instanceof Lock lock) ? lock : null;
	}

	static void update(HttpSession session, Lock lock) {
		session.setAttribute(ATTRIBUTE, lock);
	}

	static void lift(HttpSession session) {
		session.removeAttribute(ATTRIBUTE);
	}

	private final AssessmentService assessments;

	SelfReportLock(AssessmentService assessments) {
		this.assessments = assessments;
	}

	/**
	 * Any other page while locked, an address typed in that fails included, leads to the
	 * screen, and the attempt is written to the access log. Only a failure of the
	 * screen's own pages is shown where it happened (leading to the screen again would
	 * repeat it), on a page of the screen's kind.
	 */
	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
			throws IOException {
		Lock lock = of(request.getSession(false));
		if (lock == null || failureOfTheScreen(request)) {
			return true;
		}
		this.assessments.selfReportLeaveRefused(lock.assessmentId());
		response.sendRedirect(request.getContextPath() + PATH);
		return false;
	}

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			@Nullable ModelAndView modelAndView) {
		if (modelAndView != null && of(request.getSession(false)) != null && failureOfTheScreen(request)) {
			modelAndView.setViewName(ERROR_VIEW);
		}
	}

	private static boolean failureOfTheScreen(HttpServletRequest request) {
		String screen = request.getContextPath() + PATH;
		return request.getDispatcherType() == DispatcherType.ERROR
				&& request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String failed
				&& (failed.equals(screen) || failed.startsWith(screen + "/"));
	}

}
