package dk.peerstoette.interview;

/**
 * What a sample may be stratified by, besides the organisation, which it always is: the
 * unit (a recipient's own, each a peer worker works in), the model (of a recipient's
 * current course, a peer worker's own) and its role.
 */
public enum Stratum {

	UNIT, MODEL, ROLE

}
