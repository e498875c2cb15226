package dk.peerstoette.course;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Every value of a course after the service has checked the form. {@code bridgeTo} is
 * only a bridge-building course's.
 */
record CourseDescription(CourseKind kind, @Nullable String title, long unitId, @Nullable Long modelId,
		LocalDate startsOn, @Nullable LocalDate plannedEndOn, @Nullable LocalDate endedOn, @Nullable Long endReasonId,
		@Nullable LocalDate dischargeOn, @Nullable String goals, Set<Long> recipientIds, Set<Long> peerWorkerIds,
		@Nullable BridgeDestination bridgeTo) {

	CourseDescription {
		if (kind != CourseKind.BRIDGE_BUILDING) {
			bridgeTo = null;
		}
	}

	/** The names of the fields that differ from {@code other}, for the audit log. */
	List<String> changedFrom(CourseDescription other) {
		List<String> changed = new ArrayList<>();
		add(changed, "kind", this.kind, other.kind);
		add(changed, "title", this.title, other.title);
		add(changed, "unit", this.unitId, other.unitId);
		add(changed, "model", this.modelId, other.modelId);
		add(changed, "startsOn", this.startsOn, other.startsOn);
		add(changed, "plannedEndOn", this.plannedEndOn, other.plannedEndOn);
		add(changed, "endedOn", this.endedOn, other.endedOn);
		add(changed, "endReason", this.endReasonId, other.endReasonId);
		add(changed, "dischargeOn", this.dischargeOn, other.dischargeOn);
		add(changed, "goals", this.goals, other.goals);
		add(changed, "recipients", this.recipientIds, other.recipientIds);
		add(changed, "peerWorkers", this.peerWorkerIds, other.peerWorkerIds);
		add(changed, "bridgeTo", this.bridgeTo, other.bridgeTo);
		return changed;
	}

	private static void add(List<String> changed, String name, @Nullable Object mine, @Nullable Object theirs) {
		if (!Objects.equals(mine, theirs)) {
			changed.add(name);
		}
	}

}
