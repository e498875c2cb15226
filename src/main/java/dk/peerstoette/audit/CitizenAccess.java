package dk.peerstoette.audit;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import dk.peerstoette.security.Role;

/**
 * One access to a citizen's record as the citizen is told of it: when, the organisation
 * and role of whoever looked (their name only if
 * {@code app.audit.citizen-log.show-staff-names}), what was done and to which kind of
 * record, and whether it was refused. Nothing of what was typed into a search: that may
 * name someone else.
 *
 * @param listed whether the record was one of several on a list or search, rather than
 * opened by itself
 */
public record CitizenAccess(long id, Instant occurredAt, @Nullable String organisationName, @Nullable Role role,
		@Nullable String staffName, AuditAction action, @Nullable String entityType, boolean listed,
		AuditOutcome outcome) {

	public boolean refused() {
		return this.outcome != AuditOutcome.SUCCESS;
	}

}
