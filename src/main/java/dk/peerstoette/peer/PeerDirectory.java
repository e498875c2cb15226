package dk.peerstoette.peer;

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

}
