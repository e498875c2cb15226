package dk.peerstoette.course;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

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
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/**
 * A course (forløb). It belongs to the organisation of its unit; recipients and peer
 * workers are kept by id, since they live in other modules. The service checks every
 * value before {@link #describe} is called, so a course is never half-changed.
 */
@Entity
@Table(name = "course")
class Course {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@Enumerated(EnumType.STRING)
	private CourseKind kind;

	private @Nullable String title;

	private long organisationId;

	private long unitId;

	private @Nullable Long modelId;

	private LocalDate startsOn;

	private @Nullable LocalDate plannedEndOn;

	private @Nullable LocalDate endedOn;

	private @Nullable Long endReasonId;

	private @Nullable LocalDate dischargeOn;

	private @Nullable String goals;

	/**
	 * For the receiving organisation's part of a shared mentor course: the partner's part
	 * it continues. Set once, when the part starts from a handed-over referral.
	 */
	private @Nullable Long continuesCourseId;

	@Enumerated(EnumType.STRING)
	private @Nullable BridgeDestination bridgeTo;

	@ElementCollection
	@CollectionTable(name = "course_recipient", joinColumns = @JoinColumn(name = "course_id"))
	@Column(name = "recipient_id")
	private Set<Long> recipientIds = new HashSet<>();

	@ElementCollection
	@CollectionTable(name = "course_peer", joinColumns = @JoinColumn(name = "course_id"))
	@Column(name = "peer_worker_id")
	private Set<Long> peerWorkerIds = new HashSet<>();

	@Column(updatable = false)
	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private long version;

	@SuppressWarnings("NullAway")
	protected Course() {
	}

	Course(long organisationId, CourseDescription description, Instant now) {
		this.organisationId = organisationId;
		this.createdAt = now;
		describe(description, now);
	}

	/** Sets every field from a checked description. */
	void describe(CourseDescription description, Instant now) {
		this.kind = description.kind();
		this.title = description.title();
		this.unitId = description.unitId();
		this.modelId = description.modelId();
		this.startsOn = description.startsOn();
		this.plannedEndOn = description.plannedEndOn();
		this.endedOn = description.endedOn();
		this.endReasonId = description.endReasonId();
		this.dischargeOn = description.dischargeOn();
		this.goals = description.goals();
		this.bridgeTo = description.bridgeTo();
		// Changed in place, so that Hibernate updates only the rows that differ.
		this.recipientIds.retainAll(description.recipientIds());
		this.recipientIds.addAll(description.recipientIds());
		this.peerWorkerIds.retainAll(description.peerWorkerIds());
		this.peerWorkerIds.addAll(description.peerWorkerIds());
		this.updatedAt = now;
	}

	/**
	 * The mentor rule's problems with this course as stored, taken together with the
	 * other part of a shared mentor course if there is one: the rule holds for the whole.
	 */
	List<MentorRule.Problem> mentorRuleProblems(@Nullable Course otherPart) {
		if (otherPart == null) {
			return MentorRule.check(this.kind, this.startsOn, this.plannedEndOn, this.endedOn, this.dischargeOn);
		}
		Course first = (this.continuesCourseId != null) ? otherPart : this;
		Course last = (first == this) ? otherPart : this;
		LocalDate dischargeOn = (first.dischargeOn != null) ? first.dischargeOn : last.dischargeOn;
		return MentorRule.check(this.kind, first.startsOn, last.plannedEndOn, last.endedOn, dischargeOn);
	}

	/** Makes this mentor course the continuation of a partner's part. */
	void continueFrom(Course handedOver) {
		if (this.kind != CourseKind.MENTOR || handedOver.kind != CourseKind.MENTOR || this.continuesCourseId != null
				|| handedOver.continuesCourseId != null || handedOver.organisationId == this.organisationId) {
			throw new IllegalStateException("Only one organisation's mentor course continues a partner's");
		}
		this.continuesCourseId = handedOver.getId();
	}

	CourseStatus status(LocalDate today) {
		return CourseStatus.of(this.startsOn, this.endedOn, today);
	}

	CourseDescription description() {
		return new CourseDescription(this.kind, this.title, this.unitId, this.modelId, this.startsOn, this.plannedEndOn,
				this.endedOn, this.endReasonId, this.dischargeOn, this.goals, Set.copyOf(this.recipientIds),
				Set.copyOf(this.peerWorkerIds), this.bridgeTo);
	}

	@Nullable Long getId() {
		return this.id;
	}

	long getOrganisationId() {
		return this.organisationId;
	}

	CourseKind getKind() {
		return this.kind;
	}

	@Nullable String getTitle() {
		return this.title;
	}

	long getUnitId() {
		return this.unitId;
	}

	@Nullable Long getModelId() {
		return this.modelId;
	}

	LocalDate getStartsOn() {
		return this.startsOn;
	}

	@Nullable LocalDate getPlannedEndOn() {
		return this.plannedEndOn;
	}

	@Nullable LocalDate getEndedOn() {
		return this.endedOn;
	}

	@Nullable Long getEndReasonId() {
		return this.endReasonId;
	}

	@Nullable LocalDate getDischargeOn() {
		return this.dischargeOn;
	}

	@Nullable String getGoals() {
		return this.goals;
	}

	@Nullable BridgeDestination getBridgeTo() {
		return this.bridgeTo;
	}

	Set<Long> getRecipientIds() {
		return Set.copyOf(this.recipientIds);
	}

	Set<Long> getPeerWorkerIds() {
		return Set.copyOf(this.peerWorkerIds);
	}

	@Nullable Long getContinuesCourseId() {
		return this.continuesCourseId;
	}

	long getVersion() {
		return this.version;
	}

}
