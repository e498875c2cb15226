/**
 * Peer workers' own measures: a short, voluntary check-in on their own hope, meaning,
 * identity, competence and connection, and on the strain of the period. The answers are
 * the peer worker's alone; the coordinator named as their supervisor sees only flags
 * (strain high twice in a row, supervision overdue), and others only counts, through
 * {@link dk.peerstoette.checkin.SupportFlags}.
 */
@org.jspecify.annotations.NullMarked
package dk.peerstoette.checkin;
