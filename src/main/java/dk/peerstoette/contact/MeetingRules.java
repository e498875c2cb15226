package dk.peerstoette.contact;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

import org.jspecify.annotations.Nullable;

import dk.peerstoette.web.FormProblems;

/**
 * The rules a group meeting and an organisational activity share with every held contact,
 * with the same messages: a day and a time not in the future, 1 to 600 minutes; and for
 * the names of colleagues, at most {@link #NAMES} of at most 100 characters.
 */
final class MeetingRules {

	/** How many colleagues a meeting names at most. */
	static final int NAMES = 20;

	private MeetingRules() {
	}

	/** Checks a held meeting's duration, and its day and time against now. */
	static void checkHeldTime(ContactForm form, LocalDateTime now, FormProblems problems) {
		Integer minutes = form.minutes();
		if (minutes == null) {
			problems.add("durationMinutes", "contact.duration.required");
		}
		else if (minutes < 1 || minutes > 600) {
			problems.add("durationMinutes", "contact.duration.range");
		}
		checkNotFuture(form.getOccurredOn(), form.getStartsAt(), now, problems);
	}

	/**
	 * Something held began by now (business time): a later day is the day's problem, a
	 * later time today the time's.
	 */
	static void checkNotFuture(@Nullable LocalDate day, @Nullable LocalTime startsAt, LocalDateTime now,
			FormProblems problems) {
		if (day != null && startsAt != null && LocalDateTime.of(day, startsAt).isAfter(now)) {
			problems.add(day.isAfter(now.toLocalDate()) ? "occurredOn" : "startsAt", "contact.future");
		}
	}

	static void checkNames(String field, List<String> names, FormProblems problems) {
		if (names.size() > NAMES || names.stream().anyMatch((name) -> name.length() > 100)) {
			problems.add(field, "contact.group.names.tooLong", NAMES);
		}
	}

}
