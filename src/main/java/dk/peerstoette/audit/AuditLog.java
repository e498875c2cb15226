package dk.peerstoette.audit;

import java.sql.Types;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.slf4j.MDC;
import tools.jackson.databind.json.JsonMapper;

import dk.peerstoette.security.Role;
import dk.peerstoette.security.StaffUser;

import org.springframework.jdbc.core.SqlParameterValue;
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

	private static final String COLUMNS = "id, occurred_at, actor_id, actor_username, action, entity_type, entity_id, "
			+ "outcome, detail, request_id, criteria::text as criteria, shown::text as shown";

	private final JdbcClient jdbc;

	AuditLog(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Records something done by the signed-in user, in the caller's transaction. */
	@Transactional(propagation = Propagation.MANDATORY)
	public void record(AuditAction action, String entityType, @Nullable Object entityId, @Nullable String detail) {
		insert(currentActor(), action, entityType, entityId, AuditOutcome.SUCCESS, detail);
	}

	/**
	 * Records a read of one record whose page also shows others (a peer worker's page
	 * with the recipients of their caseload), and which those were, in the caller's
	 * transaction.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void record(AuditAction action, String entityType, Object entityId, @Nullable String detail,
			ShownRecords shown) {
		insert(currentActor(), action, entityType, entityId, AuditOutcome.SUCCESS, detail, null, shown);
	}

	/**
	 * Records a list, search or search box that showed person records, as a
	 * {@link AuditAction#SEARCH} of {@code entityType}: what it was asked and which
	 * records it showed, in the caller's transaction. The one way every list of people is
	 * audited.
	 * @param shown the records on the page (not every match), by type
	 * @param criteria the filters and search text it was asked with
	 * @param detail codes, e.g. {@code RESULTS=<matches>;VIA=CONTACT_FORM}
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void recordShown(String entityType, ShownRecords shown, SearchCriteria criteria, @Nullable String detail) {
		insert(currentActor(), AuditAction.SEARCH, entityType, null, AuditOutcome.SUCCESS, detail, criteria, shown);
	}

	/**
	 * Records an extract (a file downloaded, a document produced) of the records
	 * {@code shown}, with what it was asked, in the caller's transaction.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void recordExport(String entityType, ShownRecords shown, SearchCriteria criteria, @Nullable String detail) {
		insert(currentActor(), AuditAction.EXPORT, entityType, null, AuditOutcome.SUCCESS, detail, criteria, shown);
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
		insert(new Actor(actorId, username, null, null), action, "SESSION", null, outcome, detail);
	}

	/**
	 * Every use of one record, newest first: reads, changes and refusals of it, and every
	 * list or page that showed it — for a person who asks who looked at their data (CJEU
	 * C-579/21), and for sampling the log.
	 */
	@Transactional(readOnly = true)
	public List<AuditEntry> entriesShowing(String entityType, long entityId, int limit) {
		return this.jdbc.sql("""
				select %s from audit_event
				where (entity_type = :type and entity_id = :id) or shown @> cast(:shown as jsonb)
				order by occurred_at desc, id desc limit :limit
				""".formatted(COLUMNS))
			.param("type", entityType)
			.param("id", String.valueOf(entityId))
			.param("shown", json(ShownRecords.of(entityType, List.of(entityId)).ids()))
			.param("limit", limit)
			.query(AuditEntry.class)
			.list();
	}

	/** The newest entries about one record, newest first. */
	@Transactional(readOnly = true)
	public List<AuditEntry> entriesFor(String entityType, Object entityId, int limit) {
		return this.jdbc.sql("""
				select %s
				from audit_event where entity_type = ? and entity_id = ? order by occurred_at desc, id desc limit ?
				""".formatted(COLUMNS))
			.param(entityType)
			.param(String.valueOf(entityId))
			.param(limit)
			.query(AuditEntry.class)
			.list();
	}

	/** The newest entries by one actor, newest first. */
	@Transactional(readOnly = true)
	public List<AuditEntry> entriesBy(String actorUsername, int limit) {
		return this.jdbc.sql("""
				select %s
				from audit_event where actor_username = ? order by occurred_at desc, id desc limit ?
				""".formatted(COLUMNS)).param(actorUsername).param(limit).query(AuditEntry.class).list();
	}

	private void insert(Actor actor, AuditAction action, @Nullable String entityType, @Nullable Object entityId,
			AuditOutcome outcome, @Nullable String detail) {
		insert(actor, action, entityType, entityId, outcome, detail, null, null);
	}

	private void insert(Actor actor, AuditAction action, @Nullable String entityType, @Nullable Object entityId,
			AuditOutcome outcome, @Nullable String detail, @Nullable SearchCriteria criteria,
			@Nullable ShownRecords shown) {
		if (detail != null && !DETAIL.matcher(detail).matches()) {
			throw new IllegalArgumentException("Audit details are codes, not free text");
		}
		// When it happened is the database's time (occurred_at's default): an instant for
		// the log, which business time (and a test's stopped clock) must not touch.
		// Every value is bound with its type, also a null: PostgreSQL's driver sends a
		// null as of no type, and a statement whose types change from one call to the
		// next is parsed and planned anew each time.
		this.jdbc
			.sql("""
					insert into audit_event (actor_id, actor_username, actor_role, actor_organisation_id, action, entity_type,
					                         entity_id, outcome, detail, request_id, client_request_id, criteria, shown)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), cast(? as jsonb))
					""")
			.param(new SqlParameterValue(Types.BIGINT, actor.id()))
			.param(new SqlParameterValue(Types.VARCHAR, truncate(actor.username(), 100)))
			.param(new SqlParameterValue(Types.VARCHAR, (actor.role() != null) ? actor.role().name() : null))
			.param(new SqlParameterValue(Types.BIGINT, actor.organisationId()))
			.param(new SqlParameterValue(Types.VARCHAR, action.name()))
			.param(new SqlParameterValue(Types.VARCHAR, entityType))
			.param(new SqlParameterValue(Types.VARCHAR, (entityId != null) ? String.valueOf(entityId) : null))
			.param(new SqlParameterValue(Types.VARCHAR, outcome.name()))
			.param(new SqlParameterValue(Types.VARCHAR, detail))
			.param(new SqlParameterValue(Types.VARCHAR, truncate(MDC.get(REQUEST_ID), 64)))
			.param(new SqlParameterValue(Types.VARCHAR, truncate(MDC.get(CLIENT_REQUEST_ID), 64)))
			.param(new SqlParameterValue(Types.VARCHAR, (criteria != null) ? json(criteria.values()) : null))
			.param(new SqlParameterValue(Types.VARCHAR, (shown != null) ? json(shown.ids()) : null))
			.update();
	}

	private static String json(Map<String, ?> values) {
		return JsonMapper.shared().writeValueAsString(values);
	}

	private static Actor currentActor() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null) {
			return new Actor(null, null, null, null);
		}
		if (authentication.getPrincipal() instanceof StaffUser user) {
			return new Actor(user.getId(), user.getUsername(), user.getRole(), user.getOrganisationId());
		}
		return new Actor(null, authentication.getName(), null, null);
	}

	private static @Nullable String truncate(@Nullable String value, int length) {
		return (value == null || value.length() <= length) ? value : value.substring(0, length);
	}

	/**
	 * Who did it, with the role and organisation they had then: a later change of either
	 * must not rewrite who looked (the citizen's access log names them).
	 */
	private record Actor(@Nullable Long id, @Nullable String username, @Nullable Role role,
			@Nullable Long organisationId) {
	}

}
