package dk.peerstoette.audit;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A question to the access log; every condition is optional.
 *
 * @param recipientId accesses that read, changed or showed this recipient (also in a list
 * or search)
 * @param username accesses by this user (as stored, lower-case)
 * @param from accesses at or after this instant
 * @param until accesses before this instant
 * @param action accesses of this kind
 * @param refusalsOnly only refused and failed attempts
 * @param lastId accesses up to this one: the log as it stood (for a sample that stays the
 * same while the log grows)
 */
public record AccessLogFilter(@Nullable Long recipientId, @Nullable String username, @Nullable Instant from,
		@Nullable Instant until, @Nullable AuditAction action, boolean refusalsOnly, @Nullable Long lastId) {

}
