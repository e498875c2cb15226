package dk.peerstoette.course;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import dk.peerstoette.partnership.Choice;
import dk.peerstoette.recipient.RecipientLabel;

/**
 * A course's page: its values with names resolved, its derived status, the mentor rule's
 * problems (over both parts of a shared mentor course), the shared parts, and whether the
 * reader may change it.
 */
record CourseView(long id, CourseKind kind, @Nullable String title, String unitName, @Nullable String modelName,
		LocalDate startsOn, @Nullable LocalDate plannedEndOn, @Nullable LocalDate endedOn,
		@Nullable String endReasonName, @Nullable LocalDate dischargeOn, @Nullable String goals,
		@Nullable BridgeDestination bridgeTo, CourseStatus status, List<RecipientLabel> recipients,
		List<Choice> peerWorkers, List<MentorRule.Problem> mentorRuleProblems, SharedMentorCourses.Parts shared,
		boolean editable, long version) {

	/** The goals line by line, as the recipient put them. */
	public List<String> goalLines() {
		return (this.goals != null) ? this.goals.lines().toList() : List.of();
	}

}
