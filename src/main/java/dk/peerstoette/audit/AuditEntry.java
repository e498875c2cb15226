package dk.peerstoette.audit;

import java.time.OffsetDateTime;

import org.jspecify.annotations.Nullable;

/**
 * One row of the access log, as read back. {@code criteria} and {@code shown} are JSON:
 * what a list or search was asked ({@link SearchCriteria}) and the ids it showed by
 * record type ({@link ShownRecords}).
 */
public record AuditEntry(long id, OffsetDateTime occurredAt, @Nullable Long actorId, @Nullable String actorUsername,
		AuditAction action, @Nullable String entityType, @Nullable String entityId, AuditOutcome outcome,
		@Nullable String detail, @Nullable String requestId, @Nullable String criteria, @Nullable String shown) {

}
