package dk.peerstoette.peer;

/** What a peer worker has consented to. */
public enum PeerConsentKind {

	/** Being contacted for an interview of the programme's evaluation. */
	EVALUATION_INTERVIEW

}
