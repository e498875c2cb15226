package dk.peerstoette.partnership;

/**
 * The role in practice: the same tasks as colleagues, or distinct peer tasks. The
 * evaluation found the supplementary role the most value-creating, so the two are
 * compared.
 */
public enum PeerRole {

	CONVENTIONAL, SUPPLEMENTARY

}
