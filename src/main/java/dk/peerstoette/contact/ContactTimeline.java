package dk.peerstoette.contact;

import java.util.List;

import dk.peerstoette.audit.AuditAction;
import dk.peerstoette.audit.AuditLog;
import dk.peerstoette.contact.ContactQueries.RecipientContact;
import dk.peerstoette.contact.ContactQueries.Scope;
import dk.peerstoette.recipient.RecipientTimeline;
import dk.peerstoette.recipient.TimelineEvent;
import dk.peerstoette.security.StaffUser;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A recipient's contacts on their timeline: the kind, when, how long and who held it,
 * never the note; a link for those who may open the contact. Listing them is audited as a
 * search.
 */
@Component
class ContactTimeline implements RecipientTimeline {

	private final ContactRecords contacts;

	private final ContactQueries queries;

	private final AuditLog auditLog;

	ContactTimeline(ContactRecords contacts, ContactQueries queries, AuditLog auditLog) {
		this.contacts = contacts;
		this.queries = queries;
		this.auditLog = auditLog;
	}

	@Override
	@Transactional
	public List<TimelineEvent> eventsOf(long recipientId, StaffUser user) {
		Scope scope = this.contacts.timelineScope(user).orElse(null);
		if (scope == null) {
			return List.of();
		}
		List<RecipientContact> found = this.queries.ofRecipient(recipientId, scope);
		this.auditLog.record(AuditAction.SEARCH, ContactRecords.ENTITY, null,
				"RESULTS=" + found.size() + ";VIA=RECIPIENT_TIMELINE");
		return found.stream()
			.map((contact) -> new TimelineEvent(contact.occurredOn(), contact.startsAt(),
					"contact.kind." + contact.kind(),
					(contact.status() != ContactStatus.HELD) ? "contact.status." + contact.status() : null,
					contact.durationMinutes(), contact.peerWorker(),
					contact.readable() ? "/contacts/" + contact.id() : null))
			.toList();
	}

}
