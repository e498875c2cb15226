package dk.peerstoette.recipient;

import java.util.List;
import java.util.Set;

/**
 * Which recipients a peer worker's login is assigned to, through courses. Implemented by
 * the courses module; declared here so that recipients do not depend on courses.
 */
public interface RecipientAssignments {

	/**
	 * The recipients of every course whose peer workers include the one linked to this
	 * login.
	 */
	Set<Long> recipientIdsAssignedTo(long staffUserId);

	/**
	 * The recipients of every course the peer worker is assigned to, for filtering lists
	 * by peer worker.
	 */
	Set<Long> recipientIdsOfPeerWorker(long peerWorkerId);

	/** The recipient's courses, newest first, for their page. */
	List<RecipientCourse> coursesOf(long recipientId);

}
