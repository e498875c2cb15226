package dk.peerstoette.audit;

import java.time.OffsetDateTime;

import org.jspecify.annotations.Nullable;

/** One row of the access log, as read back. */
public record AuditEntry(long id, OffsetDateTime occurredAt, @Nullable Long actorId, @Nullable String actorUsername,
		AuditAction action, @Nullable String entityType, @Nullable String entityId, AuditOutcome outcome,
		@Nullable String detail, @Nullable String requestId) {

}
