package dk.peerstoette.security;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Sends a user whose password an administrator set (and so knows) to
 * {@value #PASSWORD_PAGE} from every other page, a form sent elsewhere included (303:
 * what was sent is not done), until they have chosen their own. Signing out, the second
 * factor (given or enrolled first: the password page needs a complete sign-in), the
 * page's styles and error pages stay open.
 */
class PasswordChangeRequiredFilter extends OncePerRequestFilter {

	static final String PASSWORD_PAGE = "/account/password";

	private static final RequestMatcher OPEN = new OrRequestMatcher(List
		.of(PASSWORD_PAGE, "/login/second-factor", "/account/second-factor", "/logout", "/error", "/assets/**",
				"/webjars/**", "/favicon.ico")
		.stream()
		.map((pattern) -> (RequestMatcher) PathPatternRequestMatcher.withDefaults().matcher(pattern))
		.toList());

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof StaffUser user
				&& user.isPasswordChangeRequired() && !OPEN.matches(request)) {
			response.setStatus(HttpStatus.SEE_OTHER.value());
			response.setHeader("Location", request.getContextPath() + PASSWORD_PAGE);
			return;
		}
		chain.doFilter(request, response);
	}

}
