/**
 * Sign-in and the rules of who may reach which page: form login against staff users in
 * the database, a lock after repeated failed sign-ins, CSRF, session fixation protection
 * and the security headers; sessions kept in PostgreSQL with their idle and absolute
 * limits ({@link dk.peerstoette.security.SignedInSessions}).
 * {@link dk.peerstoette.security.StaffUser} is the signed-in person that other modules
 * read scope from.
 */
@org.jspecify.annotations.NullMarked
package dk.peerstoette.security;
