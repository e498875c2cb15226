package dk.peerstoette.account;

import java.time.LocalDateTime;

import dk.peerstoette.security.SessionDevice;

/** One line of a user's list of their own sessions, in Danish time. */
record SessionRow(String handle, SessionDevice.Browser browser, SessionDevice.OperatingSystem system,
		LocalDateTime signedInAt, LocalDateTime lastSeenAt, boolean current) {

}
