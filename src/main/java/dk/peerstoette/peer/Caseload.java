package dk.peerstoette.peer;

import java.util.List;

/**
 * A peer worker's current courses. Implemented by the courses module, which knows who is
 * assigned to what; declared here so that peer workers do not depend on courses.
 */
public interface Caseload {

	/** The planned and active courses the peer worker is assigned to, newest first. */
	List<CaseloadEntry> activeCaseload(long peerWorkerId);

}
