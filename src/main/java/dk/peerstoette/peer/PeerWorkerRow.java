package dk.peerstoette.peer;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import dk.peerstoette.partnership.EmploymentForm;
import dk.peerstoette.partnership.PeerRole;

/** A line of the peer worker list. */
record PeerWorkerRow(long id, String fullName, String organisationName, EmploymentForm employmentForm,
		PeerRole peerRole, @Nullable String modelName, LocalDate startsOn, @Nullable LocalDate endsOn) {

	/** Ended once the end date has come. */
	public boolean endedOn(LocalDate day) {
		return this.endsOn != null && !this.endsOn.isAfter(day);
	}

}
