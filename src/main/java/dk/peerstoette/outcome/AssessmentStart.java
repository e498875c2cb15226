package dk.peerstoette.outcome;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import dk.peerstoette.partnership.Choice;

/**
 * What the form for starting an assessment shows: whom, in which course, the instruments
 * to choose from, and why none can be started, if so ({@code refusal} a message code).
 */
record AssessmentStart(long recipientId, String recipient, long courseId, String courseKind,
		@Nullable String courseTitle, LocalDate courseStartsOn, List<Choice> instruments, @Nullable String refusal,
		boolean consentMissingToday) {

	public List<Timepoint> timepoints() {
		return List.of(Timepoint.values());
	}

	public List<Respondent> respondents() {
		return List.of(Respondent.values());
	}

	/** Whether the form may be sent at all. */
	public boolean startable() {
		return this.refusal == null;
	}

}
