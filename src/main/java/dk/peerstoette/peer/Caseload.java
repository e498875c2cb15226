package dk.peerstoette.peer;

import java.util.List;

import dk.peerstoette.security.Role;

/**
 * A peer worker's current courses. Implemented by the courses module, which knows who is
 * assigned to what; declared here so that peer workers do not depend on courses.
 */
public interface Caseload {

	/**
	 * How many planned and active courses the peer worker has, with how many recipients:
	 * all that a reader who may not see recipients gets.
	 */
	CaseloadSize sizeOf(long peerWorkerId);

	/**
	 * The planned and active courses the peer worker is assigned to, newest first, with
	 * their recipients by alias and number; refused for a reader whose role never sees
	 * recipients ({@link Role#seesRecipients()}).
	 * @throws org.springframework.security.access.AccessDeniedException for such a reader
	 */
	List<CaseloadEntry> activeCaseload(long peerWorkerId, Role reader);

}
