/**
 * The administration of organisations, with their units and memberships shown: pages,
 * forms and the service that checks and audits each change. Administrators edit, managers
 * read.
 */
package dk.peerstoette.partnership.organisation;
