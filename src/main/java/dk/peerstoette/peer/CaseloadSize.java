package dk.peerstoette.peer;

/**
 * How large a peer worker's current caseload is: courses, and distinct recipients in
 * them.
 */
public record CaseloadSize(int courses, int recipients) {

}
