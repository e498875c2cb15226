/**
 * Staff user accounts: who may sign in, with which role, in which organisation (and for a
 * manager, which partnership), and the administrator's pages to manage them.
 */
@org.jspecify.annotations.NullMarked
package dk.peerstoette.account;
