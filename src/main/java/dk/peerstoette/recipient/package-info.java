/**
 * Recipients of peer support (peer-støttemodtagere), pseudonymous by design, with their
 * consents. Other modules find recipients through
 * {@link dk.peerstoette.recipient.RecipientDirectory}; the courses module tells this one
 * which recipients a peer worker is assigned to through
 * {@link dk.peerstoette.recipient.RecipientAssignments}.
 */
@org.jspecify.annotations.NullMarked
package dk.peerstoette.recipient;
