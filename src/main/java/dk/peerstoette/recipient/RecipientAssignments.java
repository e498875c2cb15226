package dk.peerstoette.recipient;

import java.util.List;
import java.util.Set;

import dk.peerstoette.security.StaffUser;

/**
 * Which recipients a peer worker is assigned to, through courses. Implemented by the
 * courses module; declared here so that recipients do not depend on courses.
 */
public interface RecipientAssignments {

	/**
	 * The recipients of every course the peer worker is assigned to, for filtering lists
	 * by peer worker.
	 */
	Set<Long> recipientIdsOfPeerWorker(long peerWorkerId);

	/**
	 * The recipients assigned to the signed-in user's peer-worker record; none when the
	 * login is linked to no record.
	 */
	default Set<Long> recipientIdsAssignedTo(StaffUser user) {
		Long peerWorkerId = user.getPeerWorkerId();
		return (peerWorkerId != null) ? recipientIdsOfPeerWorker(peerWorkerId) : Set.of();
	}

	/** The recipient's courses, newest first, for their page. */
	List<RecipientCourse> coursesOf(long recipientId);

}
