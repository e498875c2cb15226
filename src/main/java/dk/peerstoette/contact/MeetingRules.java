package dk.peerstoette.contact;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

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

	static void checkHeldTime(ContactForm form, FormProblems problems) {
		Integer minutes = form.minutes();
		if (minutes == null) {
			problems.add("durationMinutes", "contact.duration.required");
		}
		else if (minutes < 1 || minutes > 600) {
			problems.add("durationMinutes", "contact.duration.range");
		}
		LocalDate day = form.getOccurredOn();
		if (day != null && form.getStartsAt() != null
				&& LocalDateTime.of(day, form.getStartsAt()).isAfter(LocalDateTime.now())) {
			problems.add(day.isAfter(LocalDate.now()) ? "occurredOn" : "startsAt", "contact.future");
		}
	}

	static void checkNames(String field, List<String> names, FormProblems problems) {
		if (names.size() > NAMES || names.stream().anyMatch((name) -> name.length() > 100)) {
			problems.add(field, "contact.group.names.tooLong", NAMES);
		}
	}

}
