package dk.peerstoette.recipient;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Comparator;

import org.jspecify.annotations.Nullable;

/**
 * One event on a recipient's timeline. {@code labelKey} is the message key of what
 * happened and {@code qualifierKey} of a word about it (such as a status or a course's
 * kind), if any; {@code minutes} how long it took; {@code by} the staff member who held
 * it; {@code path} where the reader may open it, if they may; {@code recordType} and
 * {@code recordId} the record it is about ({@code "CONTACT"}, 4711), for the access log.
 */
public record TimelineEvent(LocalDate on, @Nullable LocalTime at, String labelKey, @Nullable String qualifierKey,
		@Nullable Integer minutes, @Nullable String by, @Nullable String path, String recordType, long recordId) {

	/**
	 * The timeline's order: newest day first, then the latest time of day (events without
	 * one after those with), then the record, so that every page is cut from the same
	 * order.
	 */
	public static final Comparator<TimelineEvent> NEWEST_FIRST = Comparator.comparing(TimelineEvent::on)
		.thenComparing(TimelineEvent::at, Comparator.nullsFirst(Comparator.naturalOrder()))
		.thenComparing(TimelineEvent::recordType)
		.thenComparingLong(TimelineEvent::recordId)
		.thenComparing(TimelineEvent::labelKey)
		.reversed();

}
