package dk.peerstoette.contact;

import dk.peerstoette.contact.ContactQueries.RecipientContact;
import dk.peerstoette.contact.ContactQueries.Scope;
import dk.peerstoette.recipient.RecipientTimeline;
import dk.peerstoette.recipient.TimelineEvent;
import dk.peerstoette.security.StaffUser;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A recipient's contacts on their timeline: the kind, when, how long and who held it,
 * never the note; a link for those who may open the contact. The timeline audits the page
 * it shows.
 */
@Component
class ContactTimeline implements RecipientTimeline {

	private final ContactService contacts;

	private final ContactQueries queries;

	ContactTimeline(ContactService contacts, ContactQueries queries) {
		this.contacts = contacts;
		this.queries = queries;
	}

	@Override
	@Transactional(readOnly = true)
	public Newest newestOf(long recipientId, StaffUser user, int limit) {
		Scope scope = this.contacts.timelineScope(user).orElse(null);
		if (scope == null) {
			return Newest.NONE;
		}
		return Newest.of(this.queries.ofRecipient(recipientId, scope, limit), RecipientContact::ofAll,
				(contact) -> new TimelineEvent(contact.occurredOn(), contact.startsAt(),
						"contact.kind." + contact.kind(),
						(contact.status() != ContactStatus.HELD) ? "contact.status." + contact.status() : null,
						contact.durationMinutes(), contact.peerWorker(),
						contact.readable() ? "/contacts/" + contact.id() : null, ContactService.ENTITY, contact.id()));
	}

}
