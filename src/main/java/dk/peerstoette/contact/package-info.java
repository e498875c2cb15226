/**
 * Contacts (kontakter): what a peer worker's time goes to. Individual contacts with a
 * recipient in a course, recorded in a few taps right after the meeting, group meetings
 * and organisational activities; the lists and a peer worker's week with their totals,
 * corrections kept as history, and the contacts on a recipient's timeline. Notes are
 * sensitive: only the author, the course's peer workers and the organisation's
 * coordinators read them.
 */
@org.jspecify.annotations.NullMarked
package dk.peerstoette.contact;
