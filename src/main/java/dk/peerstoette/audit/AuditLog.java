package dk.peerstoette.audit;

import java.util.List;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.slf4j.MDC;

import dk.peerstoette.security.StaffUser;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the access log. {@link #record} joins the caller's transaction, so a change and
 * its audit entry are committed together or not at all; {@link #recordRefusal} commits on
 * its own, because a refusal is usually followed by an exception that rolls the caller
 * back.
 */
@Service
public class AuditLog {

	/** The MDC key under which the request filter keeps the request id. */
	public static final String REQUEST_ID = "requestId";

	/**
	 * The MDC key of the X-Request-Id a client sent that did not become the request id
	 * (it did not come through a trusted proxy); kept beside it.
	 */
	public static final String CLIENT_REQUEST_ID = "clientRequestId";

	// Details are codes (e.g. "FIELD=role", "REASON=BAD_CREDENTIALS"), never text typed
	// by a user.
	private static final Pattern DETAIL = Pattern.compile("[A-Za-z0-9_=;,.:-]{0,200}");

	private final JdbcClient jdbc;

	AuditLog(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Records something done by the signed-in user, in the caller's transaction. */
	@Transactional(propagation = Propagation.MANDATORY)
	public void record(AuditAction action, String entityType, @Nullable Object entityId, @Nullable String detail) {
		insert(currentActor(), action, entityType, entityId, AuditOutcome.SUCCESS, detail);
	}

	/** Records a refused or failed attempt; committed even when the caller rolls back. */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void recordRefusal(AuditAction action, String entityType, @Nullable Object entityId, AuditOutcome outcome,
			@Nullable String detail) {
		insert(currentActor(), action, entityType, entityId, outcome, detail);
	}

	/**
	 * Records a sign-in or sign-out by the given user; none for a failed sign-in whose
	 * username is nobody's.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void recordSession(AuditAction action, @Nullable Long actorId, @Nullable String username,
			AuditOutcome outcome, @Nullable String detail) {
		insert(new Actor(actorId, username), action, "SESSION", null, outcome, detail);
	}

	/** The newest entries about one record, newest first. */
	@Transactional(readOnly = true)
	public List<AuditEntry> entriesFor(String entityType, Object entityId, int limit) {
		return this.jdbc
			.sql("""
					select id, occurred_at, actor_id, actor_username, action, entity_type, entity_id, outcome, detail, request_id
					from audit_event where entity_type = ? and entity_id = ? order by occurred_at desc, id desc limit ?
					""")
			.param(entityType)
			.param(String.valueOf(entityId))
			.param(limit)
			.query(AuditEntry.class)
			.list();
	}

	/** The newest entries by one actor, newest first. */
	@Transactional(readOnly = true)
	public List<AuditEntry> entriesBy(String actorUsername, int limit) {
		return this.jdbc
			.sql("""
					select id, occurred_at, actor_id, actor_username, action, entity_type, entity_id, outcome, detail, request_id
					from audit_event where actor_username = ? order by occurred_at desc, id desc limit ?
					""")
			.param(actorUsername)
			.param(limit)
			.query(AuditEntry.class)
			.list();
	}

	private void insert(Actor actor, AuditAction action, @Nullable String entityType, @Nullable Object entityId,
			AuditOutcome outcome, @Nullable String detail) {
		if (detail != null && !DETAIL.matcher(detail).matches()) {
			throw new IllegalArgumentException("Audit details are codes, not free text");
		}
		this.jdbc
			.sql("""
					insert into audit_event (actor_id, actor_username, action, entity_type, entity_id, outcome, detail, request_id,
					    client_request_id)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?)
					""")
			.param(actor.id())
			.param(truncate(actor.username(), 100))
			.param(action.name())
			.param(entityType)
			.param((entityId != null) ? String.valueOf(entityId) : null)
			.param(outcome.name())
			.param(detail)
			.param(truncate(MDC.get(REQUEST_ID), 64))
			.param(truncate(MDC.get(CLIENT_REQUEST_ID), 64))
			.update();
	}

	private static Actor currentActor() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null) {
			return new Actor(null, null);
		}
		if (authentication.getPrincipal() instanceof StaffUser user) {
			return new Actor(user.getId(), user.getUsername());
		}
		return new Actor(null, authentication.getName());
	}

	private static @Nullable String truncate(@Nullable String value, int length) {
		return (value == null || value.length() <= length) ? value : value.substring(0, length);
	}

	private record Actor(@Nullable Long id, @Nullable String username) {
	}

}
