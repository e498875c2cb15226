package dk.peerstoette.peer;

/**
 * Where a peer worker went when they stopped, so that the evaluation can report peer work
 * as a route into the labour market; labels are {@code peer.destination.<name>}.
 */
public enum PeerDestination {

	/** Ordinært job. */
	ORDINARY_JOB,
	/** Uddannelse. */
	EDUCATION,
	/** Andet. */
	OTHER

}
