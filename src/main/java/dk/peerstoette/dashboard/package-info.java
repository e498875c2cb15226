/**
 * Dashboards, reports and exports for managers and coordinators: aggregate figures only,
 * built in SQL over the organisations in the user's scope, and passed through disclosure
 * control (small figures hidden, counts rounded, means perturbed, CHIME audited over its
 * whole grid) before anything is shown, drawn or exported.
 */
@org.jspecify.annotations.NullMarked
package dk.peerstoette.dashboard;
