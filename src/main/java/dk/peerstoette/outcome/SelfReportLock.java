package dk.peerstoette.outcome;

import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;

import org.springframework.web.servlet.HandlerInterceptor;

/**
 * The self-report screen's lock: while a session holds one, every page but the screen
 * itself (and the files pages need) leads back to it, so the recipient holding the device
 * reaches no other record. The peer worker lifts it with their password or by signing in
 * again.
 */
class SelfReportLock implements HandlerInterceptor {

	static final String PATH = "/outcomes/self-report";

	static final String ATTRIBUTE = SelfReportLock.class.getName();

	/** How many wrong passwords end the session. */
	static final int MAX_WRONG_PASSWORDS = 5;

	/** What may be reached while locked, besides the screen. */
	static final List<String> OPEN = List.of(PATH, "/assets/**", "/webjars/**", "/favicon.ico", "/error", "/login",
			"/logout");

	/** One session's lock: which assessment, for whom, whether it is answered. */
	record Lock(long assessmentId, long userId, boolean finished, int wrongPasswords) implements Serializable {

		@Serial
		private static final long serialVersionUID = 1L;

	}

	static void lock(HttpSession session, long assessmentId, long userId) {
		session.setAttribute(ATTRIBUTE, new Lock(assessmentId, userId, false, 0));
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

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
			throws IOException {
		if (of(request.getSession(false)) == null) {
			return true;
		}
		response.sendRedirect(request.getContextPath() + PATH);
		return false;
	}

}
