package dk.peerstoette.outcome;

/**
 * Who answered: the recipient alone (self-report), the recipient together with a peer
 * worker, or the peer worker rating the recipient. Labels are
 * {@code outcome.respondent.<NAME>}.
 */
public enum Respondent {

	SELF, WITH_PEER, PEER_RATED

}
