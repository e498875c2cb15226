package dk.peerstoette.outcome;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

import dk.peerstoette.instrument.ChimeDimension;
import dk.peerstoette.instrument.DimensionScores;
import dk.peerstoette.web.TransitionRefusedException;

/**
 * A CHIME assessment of one recipient in one course. Who, where, which instrument and
 * when are fixed when it is begun; completing it stores the answers given and the scores
 * derived from them, once. Organisation and unit are the course's.
 */
@Entity
@Table(name = "assessment")
class Assessment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@Column(updatable = false)
	private long recipientId;

	@Column(updatable = false)
	private long courseId;

	@Column(updatable = false)
	private long organisationId;

	@Column(updatable = false)
	private long unitId;

	@Column(updatable = false)
	private long instrumentId;

	@Enumerated(EnumType.STRING)
	@Column(updatable = false)
	private Timepoint timepoint;

	@Column(updatable = false)
	private LocalDate answeredOn;

	@Enumerated(EnumType.STRING)
	@Column(updatable = false)
	private Respondent respondent;

	@Enumerated(EnumType.STRING)
	private AssessmentStatus status = AssessmentStatus.IN_PROGRESS;

	private int answeredItems;

	private @Nullable BigDecimal scoreConnection;

	private @Nullable BigDecimal scoreHope;

	private @Nullable BigDecimal scoreIdentity;

	private @Nullable BigDecimal scoreMeaning;

	private @Nullable BigDecimal scoreEmpowerment;

	@Column(updatable = false)
	private long createdBy;

	@Column(updatable = false)
	private Instant createdAt;

	private @Nullable Instant completedAt;

	private Instant updatedAt;

	@Version
	private long version;

	/** The answers given, by item id; an item left blank has none. */
	@ElementCollection
	@CollectionTable(name = "assessment_answer", joinColumns = @JoinColumn(name = "assessment_id"))
	@MapKeyColumn(name = "item_id")
	@Column(name = "answer")
	private Map<Long, Short> answers = new HashMap<>();

	@SuppressWarnings("NullAway")
	protected Assessment() {
	}

	Assessment(long recipientId, long courseId, long organisationId, long unitId, long instrumentId,
			Timepoint timepoint, LocalDate answeredOn, Respondent respondent, long createdBy, Instant now) {
		this.recipientId = recipientId;
		this.courseId = courseId;
		this.organisationId = organisationId;
		this.unitId = unitId;
		this.instrumentId = instrumentId;
		this.timepoint = timepoint;
		this.answeredOn = answeredOn;
		this.respondent = respondent;
		this.createdBy = createdBy;
		this.createdAt = now;
		this.updatedAt = now;
	}

	/** Stores the answers and their scores; an assessment is completed once only. */
	void complete(Map<Long, Integer> given, DimensionScores scores, Instant now) {
		if (this.status != AssessmentStatus.IN_PROGRESS) {
			throw new TransitionRefusedException("outcome.assessment.alreadyCompleted");
		}
		this.answers.clear();
		given.forEach((itemId, answer) -> this.answers.put(itemId, answer.shortValue()));
		this.answeredItems = scores.answeredItems();
		this.scoreConnection = scores.of(ChimeDimension.CONNECTION);
		this.scoreHope = scores.of(ChimeDimension.HOPE);
		this.scoreIdentity = scores.of(ChimeDimension.IDENTITY);
		this.scoreMeaning = scores.of(ChimeDimension.MEANING);
		this.scoreEmpowerment = scores.of(ChimeDimension.EMPOWERMENT);
		this.status = AssessmentStatus.COMPLETED;
		this.completedAt = now;
		this.updatedAt = now;
	}

	boolean isCompleted() {
		return this.status == AssessmentStatus.COMPLETED;
	}

	/** Whether any dimension got a score (only a completed assessment has one). */
	boolean hasScore() {
		return Arrays.stream(ChimeDimension.values()).anyMatch((dimension) -> score(dimension) != null);
	}

	/** The stored score of a dimension, if it has one. */
	@Nullable BigDecimal score(ChimeDimension dimension) {
		return switch (dimension) {
			case CONNECTION -> this.scoreConnection;
			case HOPE -> this.scoreHope;
			case IDENTITY -> this.scoreIdentity;
			case MEANING -> this.scoreMeaning;
			case EMPOWERMENT -> this.scoreEmpowerment;
		};
	}

	Map<Long, Integer> answers() {
		Map<Long, Integer> given = new HashMap<>();
		this.answers.forEach((itemId, answer) -> given.put(itemId, answer.intValue()));
		return given;
	}

	@Nullable Long getId() {
		return this.id;
	}

	long getRecipientId() {
		return this.recipientId;
	}

	long getCourseId() {
		return this.courseId;
	}

	long getOrganisationId() {
		return this.organisationId;
	}

	long getUnitId() {
		return this.unitId;
	}

	long getInstrumentId() {
		return this.instrumentId;
	}

	Timepoint getTimepoint() {
		return this.timepoint;
	}

	LocalDate getAnsweredOn() {
		return this.answeredOn;
	}

	Respondent getRespondent() {
		return this.respondent;
	}

	AssessmentStatus getStatus() {
		return this.status;
	}

	int getAnsweredItems() {
		return this.answeredItems;
	}

	long getCreatedBy() {
		return this.createdBy;
	}

	@Nullable Instant getCompletedAt() {
		return this.completedAt;
	}

}
