package dk.peerstoette.peer;

import java.util.List;

import org.jspecify.annotations.Nullable;

import dk.peerstoette.partnership.PeerRole;

/**
 * A peer worker who may be contacted for an evaluation interview, with what a sample is
 * stratified by: the units they work in, and their model and role of today. No name: the
 * caller asks for names only for a reader who may see them.
 */
public record InterviewablePeer(long id, long organisationId, List<Long> unitIds, @Nullable Long modelId,
		PeerRole role) {

	public InterviewablePeer {
		unitIds = List.copyOf(unitIds);
	}

}
