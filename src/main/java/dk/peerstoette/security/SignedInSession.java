package dk.peerstoette.security;

import java.time.Instant;

/**
 * One of a user's open sessions, as they may see it. {@code handle} names the session for
 * ending it without being its id: the id is what the cookie holds, and a page never shows
 * it.
 */
public record SignedInSession(String handle, SessionDevice device, Instant signedInAt, Instant lastSeenAt,
		boolean current) {

}
