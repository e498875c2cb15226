/**
 * Peer workers' own measures: a short, voluntary check-in on their own hope, meaning,
 * identity, competence and connection, and on the strain of the period, answered on a
 * check-in instrument (ours by default, or one the programme loaded). The answers are the
 * peer worker's alone; the coordinator named as their supervisor sees only flags (strain
 * high twice in a row, supervision overdue), others only counts, through
 * {@link dk.peerstoette.checkin.SupportFlags}, and the check-ins the peer worker lets
 * count in anonymous statistics reach the dashboard only as figures of groups.
 */
@org.jspecify.annotations.NullMarked
package dk.peerstoette.checkin;
