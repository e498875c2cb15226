package dk.peerstoette.peer;

import org.jspecify.annotations.Nullable;

import dk.peerstoette.partnership.EmploymentForm;
import dk.peerstoette.partnership.PeerRole;

/**
 * What a peer worker's contacts outside a course are counted under: form, role, model.
 */
record RoleValues(EmploymentForm employmentForm, PeerRole peerRole, @Nullable Long modelId) {

}
