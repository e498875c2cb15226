package dk.peerstoette.contact;

import java.util.List;

import org.jspecify.annotations.Nullable;

import dk.peerstoette.partnership.Choice;

/**
 * What a contact form offers. A peer worker chooses among their caseload; a coordinator
 * first among the organisation's courses ({@code courses}), then among the chosen
 * course's recipients and peer workers. {@code linked} is false for a peer worker login
 * without a peer worker record (who has no caseload). When a contact is corrected,
 * {@code fixedRecipient} names who it was with (that stays).
 */
record ContactFormChoices(boolean coordinator, boolean linked, List<CourseOption> courses,
		@Nullable CourseOption course, List<RecipientOption> recipients, List<Choice> peerWorkers,
		List<ContactKind> kinds, List<String> places, @Nullable String fixedRecipient) {

	/** A coordinator who has not chosen a course yet. */
	public boolean choosingCourse() {
		return this.coordinator && this.course == null && this.fixedRecipient == null;
	}

}
