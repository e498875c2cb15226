package dk.peerstoette.partnership;

/** A line of the peer-support model list. */
public record ModelRow(long id, String name, EmploymentForm employmentForm, PeerRole role, boolean active) {

}
