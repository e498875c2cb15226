package dk.peerstoette.contact;

import java.util.List;

import org.jspecify.annotations.Nullable;

import dk.peerstoette.partnership.Choice;
import dk.peerstoette.web.SearchOption;

/**
 * What a contact form offers. A peer worker chooses among their most recently met
 * recipients ({@code recipients}: the {@link ContactService#RECENT} last met, and the one
 * already chosen), and searches the rest of a larger caseload ({@code searchable}; what
 * the server found for {@code query}, for a browser without script, is {@code found}). A
 * coordinator first chooses a course ({@code courses}: the most recent, or those found
 * for {@code query}), then among the chosen course's recipients and peer workers.
 * {@code linked} is false for a peer worker login without a peer worker record (who has
 * no caseload). When a contact is corrected, {@code fixedRecipient} names who it was with
 * (that stays).
 */
record ContactFormChoices(boolean coordinator, boolean linked, List<SearchOption> courses,
		@Nullable CourseOption course, List<RecipientOption> recipients, List<SearchOption> found, boolean searchable,
		String query, List<Choice> peerWorkers, List<ContactKind> kinds, List<String> places,
		@Nullable String fixedRecipient) {

	/** A coordinator who has not chosen a course yet. */
	public boolean choosingCourse() {
		return this.coordinator && this.course == null && this.fixedRecipient == null;
	}

}
