package dk.peerstoette.outcome;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/** Starting an assessment of a recipient in a course. */
class AssessmentForm {

	private @Nullable Long recipientId;

	private @Nullable Long courseId;

	@NotNull
	private @Nullable Timepoint timepoint;

	@NotNull
	private @Nullable LocalDate answeredOn;

	@NotNull
	private @Nullable Respondent respondent;

	@NotNull
	private @Nullable Long instrumentId;

	public @Nullable Long getRecipientId() {
		return this.recipientId;
	}

	public void setRecipientId(@Nullable Long recipientId) {
		this.recipientId = recipientId;
	}

	public @Nullable Long getCourseId() {
		return this.courseId;
	}

	public void setCourseId(@Nullable Long courseId) {
		this.courseId = courseId;
	}

	public @Nullable Timepoint getTimepoint() {
		return this.timepoint;
	}

	public void setTimepoint(@Nullable Timepoint timepoint) {
		this.timepoint = timepoint;
	}

	public @Nullable LocalDate getAnsweredOn() {
		return this.answeredOn;
	}

	public void setAnsweredOn(@Nullable LocalDate answeredOn) {
		this.answeredOn = answeredOn;
	}

	public @Nullable Respondent getRespondent() {
		return this.respondent;
	}

	public void setRespondent(@Nullable Respondent respondent) {
		this.respondent = respondent;
	}

	public @Nullable Long getInstrumentId() {
		return this.instrumentId;
	}

	public void setInstrumentId(@Nullable Long instrumentId) {
		this.instrumentId = instrumentId;
	}

}
