package dk.peerstoette.web;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Tells how long the server took on a dashboard request, in a {@code Server-Timing:
 * app;dur=<ms>} header, so a browser's developer tools and the benchmark
 * ({@code src/benchmark}) can tell server time from network time. The page is held back
 * until it is complete, so the header can still be set.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class ServerTimingFilter extends OncePerRequestFilter {

	static final String HEADER = "Server-Timing";

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return !(path.equals("/dashboard") || path.startsWith("/dashboard/"));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long started = System.nanoTime();
		ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
		try {
			chain.doFilter(request, wrapper);
		}
		finally {
			double millis = (System.nanoTime() - started) / 1e6;
			if (!response.isCommitted()) {
				response.setHeader(HEADER, String.format(Locale.ROOT, "app;dur=%.1f", millis));
			}
			wrapper.copyBodyToResponse();
		}
	}

}
