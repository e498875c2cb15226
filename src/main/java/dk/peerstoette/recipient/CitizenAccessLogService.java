package dk.peerstoette.recipient;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import dk.peerstoette.audit.AccessLogDirectory;
import dk.peerstoette.audit.AuditAction;
import dk.peerstoette.audit.AuditLog;
import dk.peerstoette.audit.CitizenAccess;
import dk.peerstoette.security.StaffUser;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The access log a coordinator produces for a citizen (CJEU C-579/21: the data subject
 * may learn the dates and purposes of look-ups in their data): every access to their
 * record — read, changed, refused, or shown on a list or another record's page — with
 * when, the organisation and role of whoever looked, what was done and why. Only a
 * coordinator who may change the recipient produces it (a peer worker gets 403, anyone
 * out of scope 404, audited); producing it is audited first, so the document lists its
 * own production.
 */
@Service
class CitizenAccessLogService {

	/** Record types a line names in its own words; any other is told generally. */
	private static final Set<String> TOLD = Set.of("RECIPIENT", "CONTACT", "COURSE", "ASSESSMENT", "QUOTE",
			"PEER_WORKER", "AUDIT_EVENT");

	private final RecipientService records;

	private final AccessLogDirectory accessLog;

	private final AuditLog auditLog;

	private final Clock clock;

	CitizenAccessLogService(RecipientService records, AccessLogDirectory accessLog, AuditLog auditLog, Clock clock) {
		this.records = records;
		this.accessLog = accessLog;
		this.auditLog = auditLog;
		this.clock = clock;
	}

	/**
	 * The citizen's access log.
	 * @param format how it is handed over ({@code HTML} on screen, {@code PDF}), for the
	 * access log's own entry
	 */
	@Transactional
	public CitizenAccessLog produce(long id, StaffUser user, String format, Locale locale) {
		RecipientView recipient = this.records.readForAccessLog(id, user, locale);
		this.auditLog.record(AuditAction.EXPORT, RecipientService.ENTITY, id, "ACCESS_LOG;FORMAT=" + format);
		List<CitizenAccessLog.Line> lines = this.accessLog.citizenLog(id).stream().map(this::line).toList();
		return new CitizenAccessLog(id, recipient.internalNumber(),
				new RecipientLabel(id, recipient.internalNumber(), recipient.alias()).label(),
				String.valueOf(user.getOrganisationName()), LocalDateTime.now(this.clock),
				this.accessLog.citizenLogShowsStaffNames(), lines);
	}

	/**
	 * Every access to the recipient's record, oldest first; checks and records nothing
	 * (the caller does both).
	 */
	List<CitizenAccess> accesses(long id) {
		return this.accessLog.citizenLog(id);
	}

	/** Whether the citizen is told the name of the staff member who looked. */
	boolean showsStaffNames() {
		return this.accessLog.citizenLogShowsStaffNames();
	}

	/** The record type an access on a list is told as (message key suffix). */
	static String toldType(CitizenAccess access) {
		return TOLD.contains(access.entityType()) ? access.entityType() : "OTHER";
	}

	private CitizenAccessLog.Line line(CitizenAccess access) {
		String type = toldType(access);
		String what = access.listed() ? "recipient.accessLog.listed." + type
				: "recipient.accessLog.what." + access.action();
		String why = "recipient.accessLog.why." + ((access.role() != null) ? access.role().name() : "UNKNOWN");
		return new CitizenAccessLog.Line(access.id(),
				LocalDateTime.ofInstant(access.occurredAt(), this.clock.getZone()), access.organisationName(),
				access.role(), access.staffName(), access.action(), what, why, access.refused());
	}

}
