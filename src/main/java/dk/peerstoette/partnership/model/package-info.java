/**
 * The administration of peer-support models: pages, forms and the service that checks and
 * audits each change. Administrators edit, managers read.
 */
package dk.peerstoette.partnership.model;
