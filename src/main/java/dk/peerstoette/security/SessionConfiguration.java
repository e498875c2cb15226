package dk.peerstoette.security;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Objects;

import jakarta.servlet.DispatcherType;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.server.Cookie;
import org.springframework.boot.web.server.autoconfigure.ServerProperties;
import org.springframework.boot.web.servlet.DelegatingFilterProxyRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.Session;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;
import org.springframework.session.jdbc.config.annotation.web.http.EnableJdbcHttpSession;
import org.springframework.session.web.http.CookieHttpSessionIdResolver;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.DefaultCookieSerializer;
import org.springframework.session.web.http.SessionRepositoryFilter;

/**
 * Sessions are kept in PostgreSQL (tables {@code spring_session} and
 * {@code spring_session_attributes}, created by Flyway), so that a change to an account
 * can end every session of that user at once, a user can see and end their own sessions,
 * and a restart signs nobody out. Spring Boot's own session module is not used (see the
 * pom), so the settings Boot would apply are applied here: the idle timeout from
 * {@code server.servlet.session.timeout} and the cookie from
 * {@code server.servlet.session.cookie.*}.
 */
@Configuration(proxyBeanMethods = false)
@EnableJdbcHttpSession
class SessionConfiguration {

	/** Without a setting, a session ends after 30 minutes without a request. */
	static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofMinutes(30);

	private static final String COOKIE_NAME = "SESSION";

	/**
	 * The session filter runs before every other (Spring Security's too), on every kind
	 * of dispatch. It is looked up by name at the first request, as Spring Security's
	 * filter is: the servlet container starts before the data source may be ready. It is
	 * Spring Session's filter over {@link SessionStore}, which spares two statements per
	 * request.
	 */
	@Bean
	DelegatingFilterProxyRegistrationBean sessionRepositoryFilterRegistration() {
		DelegatingFilterProxyRegistrationBean registration = new DelegatingFilterProxyRegistrationBean(
				"sessionStoreFilter");
		registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER);
		registration.setDispatcherTypes(EnumSet.allOf(DispatcherType.class));
		return registration;
	}

	@Bean
	SessionRepositoryFilter<Session> sessionStoreFilter(JdbcIndexedSessionRepository sessions,
			CookieSerializer sessionCookie) {
		SessionRepositoryFilter<Session> filter = new SessionStore.Filter(new SessionStore(sessions));
		CookieHttpSessionIdResolver cookie = new CookieHttpSessionIdResolver();
		cookie.setCookieSerializer(sessionCookie);
		filter.setHttpSessionIdResolver(cookie);
		return filter;
	}

	/**
	 * Spring Session's own filter (over the plain store) stays out of the chain, and is
	 * not even made: it would need the data source as the servlet container starts.
	 */
	@Bean
	DelegatingFilterProxyRegistrationBean plainSessionRepositoryFilter() {
		DelegatingFilterProxyRegistrationBean registration = new DelegatingFilterProxyRegistrationBean(
				"springSessionRepositoryFilter");
		registration.setEnabled(false);
		return registration;
	}

	@Bean
	SessionRepositoryCustomizer<JdbcIndexedSessionRepository> idleTimeout(ObjectProvider<ServerProperties> server) {
		Duration timeout = Objects.requireNonNullElse(session(server).getTimeout(), DEFAULT_IDLE_TIMEOUT);
		return (repository) -> repository.setDefaultMaxInactiveInterval(timeout);
	}

	/**
	 * PostgreSQL's upsert for attributes: two requests of one session that add the same
	 * attribute at once do not fail on the primary key.
	 */
	@Bean
	PostgreSqlJdbcIndexedSessionRepositoryCustomizer postgreSqlSessionQueries() {
		return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
	}

	/**
	 * HttpOnly and SameSite=Lax unless set otherwise; Secure when the request came over
	 * HTTPS, or always with {@code server.servlet.session.cookie.secure=true} (prod).
	 */
	@Bean
	CookieSerializer sessionCookie(ObjectProvider<ServerProperties> server) {
		Cookie cookie = session(server).getCookie();
		DefaultCookieSerializer serializer = new DefaultCookieSerializer();
		serializer.setCookieName(Objects.requireNonNullElse(cookie.getName(), COOKIE_NAME));
		if (cookie.getHttpOnly() != null) {
			serializer.setUseHttpOnlyCookie(cookie.getHttpOnly());
		}
		if (cookie.getSecure() != null) {
			serializer.setUseSecureCookie(cookie.getSecure());
		}
		if (cookie.getSameSite() != null) {
			serializer.setSameSite(cookie.getSameSite().attributeValue());
		}
		if (cookie.getPath() != null) {
			serializer.setCookiePath(cookie.getPath());
		}
		if (cookie.getDomain() != null) {
			serializer.setDomainName(cookie.getDomain());
		}
		return serializer;
	}

	private static org.springframework.boot.web.server.servlet.Session session(
			ObjectProvider<ServerProperties> server) {
		return server.getIfAvailable(ServerProperties::new).getServlet().getSession();
	}

}
