/**
 * The administration of units of an organisation: pages, forms and the service that
 * checks and audits each change. Administrators edit, managers read.
 */
package dk.peerstoette.partnership.unit;
