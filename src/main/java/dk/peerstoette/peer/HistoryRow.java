package dk.peerstoette.peer;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import dk.peerstoette.partnership.EmploymentForm;
import dk.peerstoette.partnership.PeerRole;

/**
 * A period of a peer worker's history as the page shows it: from (the start, for the
 * first), until (the day before the next period; none for the current one), and whether
 * it is the latest change, which may be removed.
 */
record HistoryRow(long id, LocalDate from, @Nullable LocalDate until, EmploymentForm employmentForm, PeerRole peerRole,
		@Nullable String modelName, boolean removable) {

}
