package dk.peerstoette.web;

import java.io.IOException;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers each request with its W3C {@code traceparent}: the trace a caller's
 * {@code traceparent} started (Micrometer Tracing continues it; see
 * {@code management.tracing.propagation}) or a new one, with this request's span, so that
 * a proxy or a client can tie its own records to the application's log lines, which carry
 * the same trace id. Runs inside Spring Boot's observation filter (order
 * {@code HIGHEST_PRECEDENCE + 1}), where the request's span is current. The
 * {@code X-Request-Id} of {@link RequestIds} stays as it was.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
class TraceContextResponseFilter extends OncePerRequestFilter {

	static final String TRACEPARENT = "traceparent";

	private final @Nullable Tracer tracer;

	private final @Nullable Propagator propagator;

	/**
	 * Does nothing where tracing is switched off
	 * ({@code management.tracing.enabled=false}).
	 */
	TraceContextResponseFilter(ObjectProvider<Tracer> tracer, ObjectProvider<Propagator> propagator) {
		this.tracer = tracer.getIfAvailable();
		this.propagator = propagator.getIfAvailable();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		@Nullable Span span = (this.tracer != null) ? this.tracer.currentSpan() : null;
		if (span != null && this.propagator != null) {
			// Only the trace context itself; baggage, if any, stays inside.
			this.propagator.inject(span.context(), response, (carrier, name, value) -> {
				if (carrier != null && name.equals(TRACEPARENT)) {
					carrier.setHeader(name, value);
				}
			});
		}
		chain.doFilter(request, response);
	}

}
