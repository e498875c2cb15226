package dk.peerstoette.account;

import java.util.Optional;

/**
 * Which peer-worker record a login is linked to, for the signed-in principal. Implemented
 * by the peer module; declared here so that accounts do not depend on peer workers.
 */
public interface PeerWorkerLinks {

	/** The peer-worker record linked to the login, if any. */
	Optional<Long> peerWorkerIdOf(long staffUserId);

}
