package dk.peerstoette.checkin;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/** A new check-in: the day it is about and the seven answers. */
class CheckInForm {

	/** The questions in the order the form asks them, by field name. */
	static final List<String> QUESTIONS = List.of("hope", "meaning", "identity", "competence", "connection", "demand",
			"setBack");

	@NotNull
	private @Nullable LocalDate answeredOn;

	@NotNull
	private @Nullable Integer hope;

	@NotNull
	private @Nullable Integer meaning;

	@NotNull
	private @Nullable Integer identity;

	@NotNull
	private @Nullable Integer competence;

	@NotNull
	private @Nullable Integer connection;

	@NotNull
	private @Nullable Integer demand;

	@NotNull
	private @Nullable Integer setBack;

	static CheckInForm forDay(LocalDate today) {
		CheckInForm form = new CheckInForm();
		form.answeredOn = today;
		return form;
	}

	/**
	 * The day must not lie after today (the clock's) and every answer must be on the
	 * scale.
	 */
	static Validator validator(Clock clock) {
		return Validator.forInstanceOf(CheckInForm.class, (form, errors) -> form.check(LocalDate.now(clock), errors));
	}

	void check(LocalDate today, Errors errors) {
		if (this.answeredOn != null && this.answeredOn.isAfter(today)) {
			errors.rejectValue("answeredOn", "checkin.answeredOn.future");
		}
		Integer[] answers = { this.hope, this.meaning, this.identity, this.competence, this.connection, this.demand,
				this.setBack };
		for (int i = 0; i < answers.length; i++) {
			if (answers[i] != null && (answers[i] < 0 || answers[i] > 4)) {
				errors.rejectValue(QUESTIONS.get(i), "checkin.answer.range");
			}
		}
	}

	/** The answers; only called once the form is valid. */
	CheckInAnswers answers() {
		return new CheckInAnswers(Objects.requireNonNull(this.hope), Objects.requireNonNull(this.meaning),
				Objects.requireNonNull(this.identity), Objects.requireNonNull(this.competence),
				Objects.requireNonNull(this.connection), Objects.requireNonNull(this.demand),
				Objects.requireNonNull(this.setBack));
	}

	public @Nullable LocalDate getAnsweredOn() {
		return this.answeredOn;
	}

	public void setAnsweredOn(@Nullable LocalDate answeredOn) {
		this.answeredOn = answeredOn;
	}

	public @Nullable Integer getHope() {
		return this.hope;
	}

	public void setHope(@Nullable Integer hope) {
		this.hope = hope;
	}

	public @Nullable Integer getMeaning() {
		return this.meaning;
	}

	public void setMeaning(@Nullable Integer meaning) {
		this.meaning = meaning;
	}

	public @Nullable Integer getIdentity() {
		return this.identity;
	}

	public void setIdentity(@Nullable Integer identity) {
		this.identity = identity;
	}

	public @Nullable Integer getCompetence() {
		return this.competence;
	}

	public void setCompetence(@Nullable Integer competence) {
		this.competence = competence;
	}

	public @Nullable Integer getConnection() {
		return this.connection;
	}

	public void setConnection(@Nullable Integer connection) {
		this.connection = connection;
	}

	public @Nullable Integer getDemand() {
		return this.demand;
	}

	public void setDemand(@Nullable Integer demand) {
		this.demand = demand;
	}

	public @Nullable Integer getSetBack() {
		return this.setBack;
	}

	public void setSetBack(@Nullable Integer setBack) {
		this.setBack = setBack;
	}

}
