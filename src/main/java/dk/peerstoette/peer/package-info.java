/**
 * Peer workers: who they are, where and how they work, the training they have and the
 * supervision they receive. Other modules find peer workers through
 * {@link dk.peerstoette.peer.PeerDirectory}; the courses module tells this one about a
 * peer's caseload through {@link dk.peerstoette.peer.Caseload}.
 */
@org.jspecify.annotations.NullMarked
package dk.peerstoette.peer;
