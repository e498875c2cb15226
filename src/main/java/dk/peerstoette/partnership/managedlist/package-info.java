/**
 * The administration of the managed lists (target groups, …) and their values: pages,
 * forms and the service that checks and audits each change. Administrators edit, managers
 * read.
 */
package dk.peerstoette.partnership.managedlist;
