/**
 * CHIME outcomes of recipients: assessments at baseline and follow-ups, answered by the
 * recipient (on a locked self-report screen, or together with a peer worker) or rated by
 * the peer worker; what is due; and each recipient's change over time.
 */
@org.jspecify.annotations.NullMarked
package dk.peerstoette.outcome;
