/**
 * Staff user accounts: who may sign in, with which role, in which organisation (and for a
 * manager, which partnership), the administrator's pages to manage them, and each user's
 * own sessions, password and second factor ({@code /account/sessions},
 * {@code /account/password}, {@code /account/second-factor}).
 */
@org.jspecify.annotations.NullMarked
package dk.peerstoette.account;
