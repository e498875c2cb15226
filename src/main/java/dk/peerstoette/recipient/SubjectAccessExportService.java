package dk.peerstoette.recipient;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import dk.peerstoette.audit.AuditAction;
import dk.peerstoette.audit.AuditLog;
import dk.peerstoette.audit.AuditOutcome;
import dk.peerstoette.recipient.SubjectAccessSection.Entry;
import dk.peerstoette.recipient.SubjectAccessSection.Field;
import dk.peerstoette.security.Role;
import dk.peerstoette.security.StaffUser;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The subject access export (GDPR Art. 15): everything held about one recipient — their
 * details, consents and network, and what every {@link SubjectAccessSource} holds
 * (courses, contacts with notes, assessments with answers, quotes) — with the citizen's
 * access log. Only a coordinator of the recipient's organisation produces it: another
 * organisation's coordinator gets 404, every other role 403, each refusal audited; the
 * export is audited before it is gathered, so its access log lists it.
 */
@Service
class SubjectAccessExportService {

	/** The tables this module's own sections hand over; the sources add theirs. */
	static final Set<String> OWN_TABLES = Set.of("recipient", "consent", "recipient_network", "audit_event");

	/**
	 * Tables that hold a recipient's id but are not exported, each with why: copies made
	 * from exported tables, removed and rebuilt with them.
	 */
	static final Set<String> DERIVED_TABLES = Set.of(
			// The dashboard's monthly reach counts, rebuilt from the contacts.
			"contact_reach");

	private final RecipientService records;

	private final RecipientRepository recipients;

	private final CitizenAccessLogService accessLog;

	private final List<SubjectAccessSource> sources;

	private final AuditLog auditLog;

	private final Clock clock;

	SubjectAccessExportService(RecipientService records, RecipientRepository recipients,
			CitizenAccessLogService accessLog, List<SubjectAccessSource> sources, AuditLog auditLog, Clock clock) {
		this.records = records;
		this.recipients = recipients;
		this.accessLog = accessLog;
		this.sources = sources.stream().sorted(Comparator.comparingInt(SubjectAccessSource::order)).toList();
		this.auditLog = auditLog;
		this.clock = clock;
	}

	/** Every table whose rows about a recipient the export hands over. */
	Set<String> coveredTables() {
		Set<String> tables = new TreeSet<>(OWN_TABLES);
		this.sources.forEach((source) -> tables.addAll(source.tables()));
		return tables;
	}

	/**
	 * Everything held about the recipient.
	 * @param format how it is handed over, for the access log's entry
	 */
	@Transactional
	public SubjectAccessExport produce(long id, StaffUser user, String format, Locale locale) {
		if (user.getRole() != Role.COORDINATOR && user.getRole() != Role.PEER_WORKER) {
			this.auditLog.recordRefusal(AuditAction.EXPORT, RecipientService.ENTITY, id, AuditOutcome.DENIED,
					"REASON=ROLE");
			throw new AccessDeniedException("Only a coordinator exports a recipient's data");
		}
		// A peer worker is refused here (403), anyone out of scope gets 404.
		RecipientView recipient = this.records.readForAccessLog(id, user, locale);
		this.auditLog.record(AuditAction.EXPORT, RecipientService.ENTITY, id, "SUBJECT_ACCESS;FORMAT=" + format);
		Recipient entity = this.recipients.findById(id).orElseThrow();
		List<SubjectAccessSection> sections = new ArrayList<>();
		sections.add(details(recipient, entity));
		sections.add(consents(recipient));
		sections.add(network(recipient));
		this.sources.forEach((source) -> sections.addAll(source.sectionsOf(id, locale)));
		sections.add(accessLog(id));
		return new SubjectAccessExport(id, recipient.internalNumber(),
				new RecipientLabel(id, recipient.internalNumber(), recipient.alias()).label(),
				String.valueOf(user.getOrganisationName()), this.clock.instant(), sections);
	}

	private static SubjectAccessSection details(RecipientView recipient, Recipient entity) {
		return new SubjectAccessSection("recipient", "recipient.export.details.", List
			.of(Entry.of(Field.of("id", recipient.id()), Field.of("internalNumber", recipient.internalNumber()),
					Field.of("alias", recipient.alias()), Field.of("externalReference", recipient.externalReference()),
					Field.of("birthYear", recipient.birthYear()),
					Field.code("gender", "recipient.gender.", recipient.gender()),
					Field.of("unit", recipient.unitName()), Field.of("targetGroup", recipient.targetGroupName()),
					Field.of("referralDate", recipient.referralDate()),
					Field.of("referralSource", recipient.referralSourceName()),
					Field.of("registeredAt", entity.getCreatedAt()), Field.of("changedAt", entity.getUpdatedAt()))));
	}

	private static SubjectAccessSection consents(RecipientView recipient) {
		// Oldest first: a consent's history is read forwards.
		List<Entry> entries = recipient.consents()
			.stream()
			.sorted(Comparator.comparing(ConsentView::givenOn).thenComparing(ConsentView::id))
			.map((consent) -> Entry.of(Field.of("id", consent.id()),
					Field.code("kind", "recipient.consent.kind.", consent.kind()),
					Field.of("givenOn", consent.givenOn()),
					Field.code("method", "recipient.consent.method.", consent.method()),
					Field.of("expiresOn", consent.expiresOn()), Field.of("withdrawnOn", consent.withdrawnOn()),
					Field.code("stateToday", "recipient.consent.state.", consent.state())))
			.toList();
		return new SubjectAccessSection("consents", "recipient.export.consents.", entries);
	}

	private static SubjectAccessSection network(RecipientView recipient) {
		List<Entry> entries = recipient.network()
			.entrySet()
			.stream()
			.map((relatives) -> Entry.of(Field.code("role", "recipient.network.role.", relatives.getKey()),
					Field.of("relatives", relatives.getValue())))
			.toList();
		return new SubjectAccessSection("network", "recipient.export.network.", entries);
	}

	private SubjectAccessSection accessLog(long id) {
		boolean names = this.accessLog.showsStaffNames();
		List<Entry> entries = this.accessLog.accesses(id).stream().map((access) -> {
			List<Field> fields = new ArrayList<>();
			fields.add(Field.of("id", access.id()));
			fields.add(Field.of("at", access.occurredAt()));
			fields.add(Field.of("organisation", access.organisationName()));
			fields.add(Field.code("role", "role.", access.role()));
			if (names) {
				fields.add(Field.of("staffName", access.staffName()));
			}
			fields.add(Field.code("action", "recipient.accessLog.what.", access.action()));
			fields.add(Field.code("shownOnListOf", "recipient.accessLog.listed.",
					access.listed() ? CitizenAccessLogService.toldType(access) : null));
			fields.add(Field.of("refused", access.refused()));
			fields.add(Field.code("purpose", "recipient.accessLog.why.",
					(access.role() != null) ? access.role().name() : "UNKNOWN"));
			return new Entry(fields, List.of());
		}).toList();
		return new SubjectAccessSection("accessLog", "recipient.export.accessLog.", entries);
	}

}
