package dk.peerstoette.web;

import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.View;

/**
 * While the database is away (restarting, or unreachable) every request that needs it
 * fails within the pool's connection timeout; this answers it with 503 and
 * {@code Retry-After} and the error page that says so, instead of 500. The page is
 * rendered here, outside the filters that read the session and the signed-in user from
 * the database, since an error dispatch through them would wait for the database again.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class DatabaseUnavailableFilter extends OncePerRequestFilter {

	/** Seconds a client is asked to wait: the embedded server is back within a few. */
	static final String RETRY_AFTER_SECONDS = "5";

	private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableFilter.class);

	private static final long LOG_INTERVAL_NANOS = TimeUnit.SECONDS.toNanos(10);

	private final AtomicLong unavailableAnswers = new AtomicLong();

	private final AtomicLong lastLogged = new AtomicLong();

	private final ErrorPages errorPages;

	private final ThymeleafViewResolver views;

	private final LocaleResolver localeResolver;

	DatabaseUnavailableFilter(ErrorPages errorPages, ThymeleafViewResolver views, LocaleResolver localeResolver) {
		this.errorPages = errorPages;
		this.views = views;
		this.localeResolver = localeResolver;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (ServletException | IOException | RuntimeException ex) {
			if (!isDatabaseUnavailable(ex)) {
				throw ex;
			}
			logAtMostEvery10Seconds(ex);
			if (!response.isCommitted()) {
				answer(request, response);
			}
			else if (response.getStatus() < 300 || response.getStatus() >= 400) {
				// Half a page is sent: the client must see it broken off.
				throw ex;
			}
			// Else the request was done and its redirect decided when the session store
			// failed to save the session (Spring Session saves it on sendRedirect and
			// again at the end): the redirect goes out; the session keeps its last state.
		}
	}

	/**
	 * One line per outage, not one per request, with how many were answered 503
	 * meanwhile.
	 */
	private void logAtMostEvery10Seconds(Throwable ex) {
		long answered = this.unavailableAnswers.incrementAndGet();
		long now = System.nanoTime();
		long last = this.lastLogged.get();
		if (last == 0 || now - last > LOG_INTERVAL_NANOS) {
			if (this.lastLogged.compareAndSet(last, now)) {
				this.unavailableAnswers.set(0);
				// The class and SQL state only: a driver's message may quote a value.
				log.warn("The database is unavailable ({}): answered 503 to {} request(s) since the last such line",
						describe(ex), answered);
			}
		}
	}

	private void answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
		response.resetBuffer();
		response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
		response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		request.setAttribute(DispatcherServlet.LOCALE_RESOLVER_ATTRIBUTE, this.localeResolver);
		Locale locale = this.localeResolver.resolveLocale(request);
		Map<String, Object> model = new HashMap<>();
		model.put("status", HttpStatus.SERVICE_UNAVAILABLE.value());
		ModelAndView page = this.errorPages.resolveErrorView(request, HttpStatus.SERVICE_UNAVAILABLE, model);
		try {
			View view = this.views.resolveViewName(page.getViewName(), locale);
			if (view == null) {
				throw new IllegalStateException("No view " + page.getViewName());
			}
			view.render(page.getModel(), request, response);
		}
		catch (Exception ex) {
			log.warn("Could not render the page for an unavailable database", ex);
			if (!response.isCommitted()) {
				response.resetBuffer();
				response.setContentType("text/plain;charset=UTF-8");
				response.getWriter().write("503 Service Unavailable");
			}
		}
	}

	/**
	 * The pool gave no connection in time, a connection broke, or the server refused it
	 * because it is starting, recovering or stopping (SQL states of class 08 and 57P01 to
	 * 57P03).
	 */
	static boolean isDatabaseUnavailable(@Nullable Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = (cause.getCause() != cause) ? cause.getCause() : null) {
			if (cause instanceof DataAccessResourceFailureException
					|| cause instanceof SQLTransientConnectionException) {
				return true;
			}
			if (cause instanceof SQLException sql && sql.getSQLState() != null
					&& (sql.getSQLState().startsWith("08") || sql.getSQLState().matches("57P0[123]"))) {
				return true;
			}
			if (cause instanceof SQLException sql && sql.getSQLState() == null
					&& "Connection is closed".equals(sql.getMessage())) {
				// Hikari's, for a connection it closed after it broke (a rollback after
				// the server went away hides the failure that broke it).
				return true;
			}
		}
		return false;
	}

	private static String describe(Throwable ex) {
		Throwable root = ex;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		String state = (root instanceof SQLException sql && sql.getSQLState() != null) ? " " + sql.getSQLState() : "";
		return root.getClass().getName() + state;
	}

}
