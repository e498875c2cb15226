package dk.peerstoette.contact;

import java.util.List;

import org.jspecify.annotations.Nullable;

import dk.peerstoette.contact.MeetingQueries.AttendanceRow;

/**
 * What a contact's page shows besides the contact itself: who attended a group meeting,
 * who else ran it or took part, why a plan was not held, and whether the reader may mark
 * a plan held or not held.
 */
record MeetingView(long id, List<AttendanceRow> attendance, List<String> facilitators,
		@Nullable NotHeldReason notHeldReason, boolean markable) {

	public boolean hasAttendance() {
		return !this.attendance.isEmpty();
	}

	public String heldPath() {
		return "/contacts/planned/" + this.id + "/held";
	}

	public String notHeldPath() {
		return "/contacts/planned/" + this.id + "/not-held";
	}

}
