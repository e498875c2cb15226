package dk.peerstoette.recipient;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import dk.peerstoette.security.StaffUser;

import org.springframework.stereotype.Component;

/**
 * A recipient's timeline: the starts and ends of their courses, and what every
 * {@link RecipientTimeline} adds, newest first.
 */
@Component
class RecipientTimelines {

	private static final Comparator<TimelineEvent> NEWEST_FIRST = Comparator.comparing(TimelineEvent::on)
		.thenComparing(TimelineEvent::at, Comparator.nullsFirst(Comparator.naturalOrder()))
		.reversed();

	private final List<RecipientTimeline> timelines;

	RecipientTimelines(List<RecipientTimeline> timelines) {
		this.timelines = timelines;
	}

	/** The timeline of a recipient whose page the user may see. */
	List<TimelineEvent> of(RecipientView recipient, StaffUser user) {
		List<TimelineEvent> events = new ArrayList<>();
		for (RecipientCourse course : recipient.courses()) {
			String path = "/courses/" + course.courseId();
			String kind = "course.kind." + course.kind();
			events.add(new TimelineEvent(course.startsOn(), null, "recipient.timeline.courseStarted", kind, null, null,
					path));
			if (course.endedOn() != null) {
				events.add(new TimelineEvent(course.endedOn(), null, "recipient.timeline.courseEnded", kind, null, null,
						path));
			}
		}
		for (RecipientTimeline timeline : this.timelines) {
			events.addAll(timeline.eventsOf(recipient.id(), user));
		}
		events.sort(NEWEST_FIRST);
		return events;
	}

}
