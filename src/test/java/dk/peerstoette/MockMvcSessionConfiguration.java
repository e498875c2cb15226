package dk.peerstoette;

import java.io.IOException;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.web.util.WebUtils;

/**
 * MockMvc tests keep MockMvc's own session: they hand a {@code MockHttpSession} from
 * request to request and look into it, which a session kept in the database would bypass.
 * Requests over real HTTP (browser tests, {@link CookieClient}) go through the session
 * store in PostgreSQL exactly as in production; the tests of the session store itself are
 * written that way.
 */
@TestConfiguration(proxyBeanMethods = false)
public class MockMvcSessionConfiguration {

	@Bean
	static BeanPostProcessor sessionStoreForRealRequestsOnly() {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				return (bean instanceof SessionRepositoryFilter<?> filter) ? new RealRequestsOnly(filter) : bean;
			}

		};
	}

	/** The session store's filter, for every request but MockMvc's. */
	private record RealRequestsOnly(Filter store) implements Filter, Ordered {

		@Override
		public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
				throws IOException, ServletException {
			if (WebUtils.getNativeRequest(request, MockHttpServletRequest.class) != null) {
				chain.doFilter(request, response);
			}
			else {
				this.store.doFilter(request, response, chain);
			}
		}

		@Override
		public int getOrder() {
			return SessionRepositoryFilter.DEFAULT_ORDER;
		}

	}

}
