/**
 * Sign-in and the rules of who may reach which page: form login against staff users in
 * the database, locks after repeated failed sign-ins by username and by client address
 * (every password check counted before it is made,
 * {@link dk.peerstoette.security.PasswordAttempts}, also for passwords confirmed again),
 * the second step of signing in with a second factor
 * ({@link dk.peerstoette.security.SecondFactorStep}), CSRF, session fixation protection
 * and the security headers; sessions kept in PostgreSQL with their idle and absolute
 * limits ({@link dk.peerstoette.security.SignedInSessions}).
 * {@link dk.peerstoette.security.StaffUser} is the signed-in person that other modules
 * read scope from.
 */
@org.jspecify.annotations.NullMarked
package dk.peerstoette.security;
