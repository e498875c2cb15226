package dk.peerstoette.partnership;

/** A line of the peer-support model list. */
record ModelRow(long id, String name, EmploymentForm employmentForm, PeerRole role, boolean active) {

}
