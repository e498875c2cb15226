package dk.peerstoette.peer;

import java.time.LocalDate;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import dk.peerstoette.partnership.EmploymentForm;
import dk.peerstoette.partnership.PeerRole;

/**
 * A peer worker as a form describes them, tidied: no blank optional text, no spaces.
 * {@code changedFrom} is the day a new employment form, role or model takes effect.
 */
record PeerWorkerDescription(String fullName, @Nullable String phone, @Nullable String email,
		EmploymentForm employmentForm, PeerRole peerRole, @Nullable Long modelId, @Nullable LocalDate changedFrom,
		Set<Long> unitIds, LocalDate startsOn, @Nullable LocalDate endsOn, @Nullable PeerEndReason endReason,
		@Nullable PeerDestination destination, @Nullable Long staffUserId, @Nullable Long supervisorUserId) {

	RoleValues roleValues() {
		return new RoleValues(this.employmentForm, this.peerRole, this.modelId);
	}

}
