/**
 * Dashboards, reports and exports for managers and coordinators: aggregate figures only,
 * built in SQL over the organisations in the user's scope, with small numbers suppressed
 * before anything is shown, drawn or exported.
 */
@org.jspecify.annotations.NullMarked
package dk.peerstoette.dashboard;
