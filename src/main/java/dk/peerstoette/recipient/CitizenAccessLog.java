package dk.peerstoette.recipient;

import java.time.LocalDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;

import dk.peerstoette.audit.AuditAction;
import dk.peerstoette.security.Role;

/**
 * A citizen's access log, as the document handed to them shows it: whose record, when it
 * was produced and by which organisation, and every access in time order.
 *
 * @param staffNames whether the lines name the staff member who looked
 */
record CitizenAccessLog(long recipientId, String internalNumber, String label, String organisationName,
		LocalDateTime producedAt, boolean staffNames, List<Line> lines) {

	/**
	 * One access: when (in the business time zone), the organisation and role of whoever
	 * looked, their name only if the setting says so, what was done (a message key) and
	 * why (the purpose of their role, a message key), and whether it was refused.
	 */
	record Line(long auditId, LocalDateTime at, @Nullable String organisationName, @Nullable Role role,
			@Nullable String staffName, AuditAction action, String whatKey, String whyKey, boolean refused) {

	}

}
