package dk.peerstoette.course;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * The coordinator's form for a course, new or changed. Recipients are typed as internal
 * numbers (an organisation has too many to offer them all), peer workers are ticked.
 * Carries the version that was read when it changes a course.
 */
class CourseForm {

	@NotNull
	private @Nullable CourseKind kind;

	@Size(max = 100)
	private String title = "";

	@NotNull
	private @Nullable Long unitId;

	private @Nullable Long modelId;

	@NotNull
	private @Nullable LocalDate startsOn;

	private @Nullable LocalDate plannedEndOn;

	private @Nullable LocalDate endedOn;

	private @Nullable Long endReasonId;

	private @Nullable LocalDate dischargeOn;

	@Size(max = 2000)
	private String goals = "";

	/** What a bridge-building course built a bridge to. */
	private @Nullable BridgeDestination bridgeTo;

	@Size(max = 2000)
	private String recipientNumbers = "";

	private List<Long> peerWorkerIds = new ArrayList<>();

	private long version;

	/** Ticked by the user: what looks like a CPR number in the texts is none. */
	private boolean cprConfirmed;

	/** The internal numbers typed, in order, without repeats. */
	List<String> numbers() {
		return RecipientNumbers.parse(this.recipientNumbers);
	}

	public @Nullable CourseKind getKind() {
		return this.kind;
	}

	public void setKind(@Nullable CourseKind kind) {
		this.kind = kind;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(@Nullable String title) {
		this.title = (title != null) ? title : "";
	}

	public @Nullable Long getUnitId() {
		return this.unitId;
	}

	public void setUnitId(@Nullable Long unitId) {
		this.unitId = unitId;
	}

	public @Nullable Long getModelId() {
		return this.modelId;
	}

	public void setModelId(@Nullable Long modelId) {
		this.modelId = modelId;
	}

	public @Nullable LocalDate getStartsOn() {
		return this.startsOn;
	}

	public void setStartsOn(@Nullable LocalDate startsOn) {
		this.startsOn = startsOn;
	}

	public @Nullable LocalDate getPlannedEndOn() {
		return this.plannedEndOn;
	}

	public void setPlannedEndOn(@Nullable LocalDate plannedEndOn) {
		this.plannedEndOn = plannedEndOn;
	}

	public @Nullable LocalDate getEndedOn() {
		return this.endedOn;
	}

	public void setEndedOn(@Nullable LocalDate endedOn) {
		this.endedOn = endedOn;
	}

	public @Nullable Long getEndReasonId() {
		return this.endReasonId;
	}

	public void setEndReasonId(@Nullable Long endReasonId) {
		this.endReasonId = endReasonId;
	}

	public @Nullable LocalDate getDischargeOn() {
		return this.dischargeOn;
	}

	public void setDischargeOn(@Nullable LocalDate dischargeOn) {
		this.dischargeOn = dischargeOn;
	}

	public String getGoals() {
		return this.goals;
	}

	public void setGoals(@Nullable String goals) {
		this.goals = (goals != null) ? goals : "";
	}

	public @Nullable BridgeDestination getBridgeTo() {
		return this.bridgeTo;
	}

	public void setBridgeTo(@Nullable BridgeDestination bridgeTo) {
		this.bridgeTo = bridgeTo;
	}

	public String getRecipientNumbers() {
		return this.recipientNumbers;
	}

	public void setRecipientNumbers(@Nullable String recipientNumbers) {
		this.recipientNumbers = (recipientNumbers != null) ? recipientNumbers : "";
	}

	public List<Long> getPeerWorkerIds() {
		return this.peerWorkerIds;
	}

	public void setPeerWorkerIds(@Nullable List<Long> peerWorkerIds) {
		this.peerWorkerIds = (peerWorkerIds != null) ? peerWorkerIds : new ArrayList<>();
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	public boolean isCprConfirmed() {
		return this.cprConfirmed;
	}

	public void setCprConfirmed(boolean cprConfirmed) {
		this.cprConfirmed = cprConfirmed;
	}

}
