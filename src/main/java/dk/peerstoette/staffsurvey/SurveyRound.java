package dk.peerstoette.staffsurvey;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

import dk.peerstoette.web.TransitionRefusedException;

/**
 * A round of the staff survey on one unit. It takes answers while open; closing it is
 * final, and only then are its results shown, so they never change after anyone read
 * them.
 */
@Entity
@Table(name = "staff_survey_round")
class SurveyRound {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private long unitId;

	private int number;

	private long instrumentId;

	private LocalDate openedOn;

	private @Nullable LocalDate closedOn;

	private int linksCreated;

	@Version
	private long version;

	@SuppressWarnings("NullAway")
	protected SurveyRound() {
	}

	SurveyRound(long unitId, int number, long instrumentId, LocalDate openedOn) {
		this.unitId = unitId;
		this.number = number;
		this.instrumentId = instrumentId;
		this.openedOn = openedOn;
	}

	/** Counts links made for the round; a closed round gets none. */
	void addLinks(int count) {
		if (!isOpen()) {
			throw new TransitionRefusedException("staffsurvey.round.closed");
		}
		this.linksCreated += count;
	}

	void close(LocalDate today) {
		if (!isOpen()) {
			throw new TransitionRefusedException("staffsurvey.round.closed");
		}
		this.closedOn = today.isBefore(this.openedOn) ? this.openedOn : today;
	}

	boolean isOpen() {
		return this.closedOn == null;
	}

	@Nullable Long getId() {
		return this.id;
	}

	long getUnitId() {
		return this.unitId;
	}

	int getNumber() {
		return this.number;
	}

	long getInstrumentId() {
		return this.instrumentId;
	}

	LocalDate getOpenedOn() {
		return this.openedOn;
	}

	@Nullable LocalDate getClosedOn() {
		return this.closedOn;
	}

	int getLinksCreated() {
		return this.linksCreated;
	}

	long getVersion() {
		return this.version;
	}

}
