/**
 * Courses (forløb): individual, group, mentor and bridge-building engagements between
 * peer workers and recipients, in a unit, with their status, end and the recipient's own
 * goals. Tells the peer and recipient modules who is assigned to whom.
 */
@org.jspecify.annotations.NullMarked
package dk.peerstoette.course;
