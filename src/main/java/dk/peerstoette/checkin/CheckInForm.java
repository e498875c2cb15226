package dk.peerstoette.checkin;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

import dk.peerstoette.instrument.InstrumentDefinition;

/**
 * A new check-in: the day it is about, the instrument it answers, the answers by item id
 * ({@code answers[12]=3}) and whether it may count in anonymous statistics, which it does
 * not unless the peer worker ticks it.
 */
class CheckInForm {

	@NotNull
	private @Nullable LocalDate answeredOn;

	private @Nullable Long instrumentId;

	private Map<Long, @Nullable Integer> answers = new HashMap<>();

	private boolean statisticsConsent;

	static CheckInForm forDay(LocalDate today, long instrumentId) {
		CheckInForm form = new CheckInForm();
		form.answeredOn = today;
		form.instrumentId = instrumentId;
		return form;
	}

	/** The answers that were given. */
	Map<Long, Integer> given() {
		return InstrumentDefinition.given(this.answers);
	}

	public @Nullable LocalDate getAnsweredOn() {
		return this.answeredOn;
	}

	public void setAnsweredOn(@Nullable LocalDate answeredOn) {
		this.answeredOn = answeredOn;
	}

	public @Nullable Long getInstrumentId() {
		return this.instrumentId;
	}

	public void setInstrumentId(@Nullable Long instrumentId) {
		this.instrumentId = instrumentId;
	}

	public Map<Long, @Nullable Integer> getAnswers() {
		return this.answers;
	}

	public void setAnswers(Map<Long, @Nullable Integer> answers) {
		this.answers = answers;
	}

	public boolean isStatisticsConsent() {
		return this.statisticsConsent;
	}

	public void setStatisticsConsent(boolean statisticsConsent) {
		this.statisticsConsent = statisticsConsent;
	}

}
