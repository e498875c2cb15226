package dk.peerstoette.recipient;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dk.peerstoette.audit.AuditLog;
import dk.peerstoette.audit.SearchCriteria;
import dk.peerstoette.audit.ShownRecords;
import dk.peerstoette.security.StaffUser;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A recipient's timeline, a page at a time: the starts and ends of their courses, and
 * what every {@link RecipientTimeline} adds, newest first. A page is cut from the newest
 * events of every source, so a recipient with thousands of contacts costs one page of
 * them; the records a page shows are audited.
 */
@Component
class RecipientTimelineService {

	static final String VIEW = "VIEW=TIMELINE";

	private final List<RecipientTimeline> timelines;

	private final AuditLog auditLog;

	private final RecipientService records;

	RecipientTimelineService(List<RecipientTimeline> timelines, AuditLog auditLog, RecipientService records) {
		this.timelines = timelines;
		this.auditLog = auditLog;
		this.records = records;
	}

	/** The recipient's page with a page of their timeline, in one transaction. */
	@Transactional
	RecipientPage page(long id, StaffUser user, Locale locale, Pageable timelinePage) {
		RecipientView recipient = this.records.read(id, user, locale);
		if (recipient.isAnonymised()) {
			return new RecipientPage(recipient, Page.empty(timelinePage));
		}
		return new RecipientPage(recipient, of(recipient, user, timelinePage));
	}

	/** A page of the timeline of a recipient whose page the user may see. */
	@Transactional
	Page<TimelineEvent> of(RecipientView recipient, StaffUser user, Pageable pageable) {
		long end = pageable.getOffset() + pageable.getPageSize();
		// Beyond what any source holds no source is asked for more than it has.
		int wanted = (int) Math.min(end, Integer.MAX_VALUE);
		List<TimelineEvent> events = new ArrayList<>();
		for (RecipientCourse course : recipient.courses()) {
			String path = "/courses/" + course.courseId();
			String kind = "course.kind." + course.kind();
			events.add(new TimelineEvent(course.startsOn(), null, "recipient.timeline.courseStarted", kind, null, null,
					path, "COURSE", course.courseId()));
			if (course.endedOn() != null) {
				events.add(new TimelineEvent(course.endedOn(), null, "recipient.timeline.courseEnded", kind, null, null,
						path, "COURSE", course.courseId()));
			}
		}
		long total = events.size();
		for (RecipientTimeline timeline : this.timelines) {
			RecipientTimeline.Newest newest = timeline.newestOf(recipient.id(), user, wanted);
			total += newest.total();
			events.addAll(newest.events());
		}
		events.sort(TimelineEvent.NEWEST_FIRST);
		int from = (int) Math.min(pageable.getOffset(), events.size());
		List<TimelineEvent> shown = List.copyOf(events.subList(from, (int) Math.min(end, events.size())));
		ShownRecords records = ShownRecords.of(RecipientService.ENTITY, List.of(recipient.id()));
		for (TimelineEvent event : shown) {
			records = records.and(event.recordType(), List.of(event.recordId()));
		}
		this.auditLog.recordShown(RecipientService.ENTITY, records,
				SearchCriteria.of("recipient", recipient.id()).and(pageable), "RESULTS=" + total + ";" + VIEW);
		return new PageImpl<>(shown, pageable, total);
	}

}
