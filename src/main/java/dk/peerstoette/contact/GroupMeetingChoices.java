package dk.peerstoette.contact;

import java.util.List;

import dk.peerstoette.contact.MeetingQueries.GroupCourseOption;
import dk.peerstoette.partnership.Choice;

/**
 * What the form for a group meeting offers: the group course, its members (each gets an
 * attendance), the organisation's active peer workers who may have run it, and the places
 * the user wrote lately.
 */
record GroupMeetingChoices(GroupCourseOption course, List<RecipientOption> members, List<Choice> peerWorkers,
		List<String> places) {

}
