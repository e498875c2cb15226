package dk.peerstoette.recipient;

import java.time.LocalDate;
import java.time.LocalTime;

import org.jspecify.annotations.Nullable;

/**
 * One event on a recipient's timeline. {@code labelKey} is the message key of what
 * happened and {@code qualifierKey} of a word about it (such as a status or a course's
 * kind), if any; {@code minutes} how long it took; {@code by} the staff member who held
 * it; {@code path} where the reader may open it, if they may.
 */
public record TimelineEvent(LocalDate on, @Nullable LocalTime at, String labelKey, @Nullable String qualifierKey,
		@Nullable Integer minutes, @Nullable String by, @Nullable String path) {

}
