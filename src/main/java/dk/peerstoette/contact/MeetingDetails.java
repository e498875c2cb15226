package dk.peerstoette.contact;

import java.util.List;

import dk.peerstoette.security.StaffUser;
import dk.peerstoette.web.NotFoundException;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The parts of a contact's page that group meetings, organisational activities and
 * planned meetings add, for a contact the reader has been allowed to read.
 */
@Component
class MeetingDetails {

	private final ContactRepository contacts;

	private final MeetingQueries meetings;

	private final PlannedMeetingService planned;

	MeetingDetails(ContactRepository contacts, MeetingQueries meetings, PlannedMeetingService planned) {
		this.contacts = contacts;
		this.meetings = meetings;
		this.planned = planned;
	}

	@Transactional(readOnly = true)
	public MeetingView of(StaffUser user, ContactView view) {
		Contact contact = this.contacts.findById(view.id()).orElseThrow(NotFoundException::new);
		return new MeetingView(view.id(),
				(contact.getKind() == ContactKind.GROUP_MEETING) ? this.meetings.attendance(view.id()) : List.of(),
				this.meetings.facilitators(view.id()), contact.getNotHeldReason(),
				contact.isPlanned() && this.planned.mayMark(user, contact));
	}

}
