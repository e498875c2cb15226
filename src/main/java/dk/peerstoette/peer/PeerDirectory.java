package dk.peerstoette.peer;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import dk.peerstoette.partnership.Choice;

/** What other modules may know about peer workers. */
public interface PeerDirectory {

	/** The peer workers of an organisation who have not ended, by name, for a form. */
	List<Choice> activeChoices(long organisationId);

	/** Whether every id is a peer worker of the organisation who has not ended. */
	boolean allActiveIn(Collection<Long> peerWorkerIds, long organisationId);

	/** Names by id. */
	Map<Long, String> names(Collection<Long> peerWorkerIds);

	/**
	 * The peer workers of the organisations who have not ended and whose consent to being
	 * contacted for an evaluation interview was given by {@code givenBy} and holds
	 * {@code today} (not expired, not withdrawn).
	 */
	List<InterviewablePeer> interviewable(Collection<Long> organisationIds, LocalDate givenBy, LocalDate today);

}
