package dk.peerstoette.security;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.session.web.http.SessionRepositoryFilter;

/**
 * The session store as the session filter uses it, with two fewer statements per request
 * than Spring Session JDBC alone:
 * <ul>
 * <li>The filter reads the session again after saving it, only to learn whether it still
 * exists (spring-session#1731): the session this request has just saved is answered from
 * memory. The memory is per thread and forgotten at the end of each request
 * ({@link Filter}).</li>
 * <li>Every request wrote the session's last access time: it is written only when it is
 * more than {@link #TOUCH_INTERVAL} old (or with any other change), so a session's idle
 * time is counted from at most that much before its last request: an idle session ends at
 * most a minute early, never late.</li>
 * </ul>
 */
final class SessionStore implements SessionRepository<Session> {

	/** How old a stored last access time may grow before a request writes it again. */
	static final Duration TOUCH_INTERVAL = Duration.ofMinutes(1);

	private static final ThreadLocal<@Nullable Session> SAVED = new ThreadLocal<>();

	private final SessionRepository<Session> sessions;

	@SuppressWarnings("unchecked")
	SessionStore(SessionRepository<? extends Session> sessions) {
		this.sessions = (SessionRepository<Session>) sessions;
	}

	@Override
	public Session createSession() {
		return this.sessions.createSession();
	}

	@Override
	public void save(Session session) {
		this.sessions.save((session instanceof Touched touched) ? touched.stored : session);
		SAVED.set(session);
	}

	@Override
	public @Nullable Session findById(String id) {
		Session saved = SAVED.get();
		if (saved != null && saved.getId().equals(id)) {
			return saved;
		}
		Session stored = this.sessions.findById(id);
		return (stored != null) ? new Touched(stored) : null;
	}

	@Override
	public void deleteById(String id) {
		SAVED.remove();
		this.sessions.deleteById(id);
	}

	/**
	 * Spring Session's filter over this store, which forgets the session it saved at the
	 * end of each request.
	 */
	static final class Filter extends SessionRepositoryFilter<Session> {

		Filter(SessionStore store) {
			super(store);
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
				FilterChain filterChain) throws ServletException, IOException {
			try {
				super.doFilterInternal(request, response, filterChain);
			}
			finally {
				SAVED.remove();
			}
		}

	}

	/** A stored session whose last access time is written only once it is stale. */
	private static final class Touched implements Session {

		private final Session stored;

		Touched(Session stored) {
			this.stored = stored;
		}

		@Override
		public void setLastAccessedTime(Instant lastAccessedTime) {
			if (lastAccessedTime.isAfter(this.stored.getLastAccessedTime().plus(TOUCH_INTERVAL))) {
				this.stored.setLastAccessedTime(lastAccessedTime);
			}
		}

		@Override
		public String getId() {
			return this.stored.getId();
		}

		@Override
		public String changeSessionId() {
			return this.stored.changeSessionId();
		}

		@Override
		public <T> @Nullable T getAttribute(String attributeName) {
			return this.stored.getAttribute(attributeName);
		}

		@Override
		public Set<String> getAttributeNames() {
			return this.stored.getAttributeNames();
		}

		@Override
		public void setAttribute(String attributeName, @Nullable Object attributeValue) {
			this.stored.setAttribute(attributeName, attributeValue);
		}

		@Override
		public void removeAttribute(String attributeName) {
			this.stored.removeAttribute(attributeName);
		}

		@Override
		public Instant getCreationTime() {
			return this.stored.getCreationTime();
		}

		@Override
		public Instant getLastAccessedTime() {
			return this.stored.getLastAccessedTime();
		}

		@Override
		public void setMaxInactiveInterval(Duration interval) {
			this.stored.setMaxInactiveInterval(interval);
		}

		@Override
		public Duration getMaxInactiveInterval() {
			return this.stored.getMaxInactiveInterval();
		}

		@Override
		public boolean isExpired() {
			return this.stored.isExpired();
		}

	}

}
