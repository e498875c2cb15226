package dk.peerstoette.audit;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import dk.peerstoette.security.Role;

/**
 * One access as the data protection officer reads it: who (with the role and organisation
 * they had then), what, which record, how it went, what a list was asked
 * ({@code criteria}, JSON) and showed ({@code shown}, JSON), and the newest review mark.
 *
 * @param recipientNumber the internal number of the recipient the access was about, when
 * it was about one recipient
 * @param reviews how many times it was marked reviewed
 */
public record AccessLogEntry(long id, Instant occurredAt, @Nullable String username, @Nullable String fullName,
		@Nullable Role role, @Nullable String organisationName, AuditAction action, @Nullable String entityType,
		@Nullable String entityId, @Nullable String recipientNumber, AuditOutcome outcome, @Nullable String detail,
		@Nullable String criteria, @Nullable String shown, @Nullable String requestId, @Nullable Review lastReview,
		int reviews) {

	/** A mark that the access was reviewed, by whom, when and with which comment. */
	public record Review(Instant reviewedAt, String reviewer, String comment) {

	}

	public boolean refused() {
		return this.outcome != AuditOutcome.SUCCESS;
	}

}
