package dk.peerstoette.logreview;

import java.time.LocalDateTime;

import org.jspecify.annotations.Nullable;

import dk.peerstoette.audit.AccessLogEntry;

/**
 * An access as the officer's pages show it: its times in the business time zone.
 */
public record EntryRow(AccessLogEntry entry, LocalDateTime at, @Nullable LocalDateTime reviewedAt) {

}
