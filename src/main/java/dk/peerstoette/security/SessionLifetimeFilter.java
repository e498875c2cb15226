package dk.peerstoette.security;

import java.io.IOException;
import java.time.Instant;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a session that has outlived its absolute limit however active it was, before the
 * signed-in user is read from it: the request then goes on as anyone's who is not signed
 * in. The session is created anew at sign-in, so its creation time is when its user
 * signed in.
 */
class SessionLifetimeFilter extends OncePerRequestFilter {

	private final SignedInSessions sessions;

	SessionLifetimeFilter(SignedInSessions sessions) {
		this.sessions = sessions;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		HttpSession session = request.getSession(false);
		if (session != null && this.sessions.hasOutlived(Instant.ofEpochMilli(session.getCreationTime()))) {
			session.invalidate();
		}
		chain.doFilter(request, response);
	}

}
