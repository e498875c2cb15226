package dk.peerstoette.outcome;

import java.util.List;

import dk.peerstoette.audit.AuditAction;
import dk.peerstoette.audit.AuditLog;
import dk.peerstoette.outcome.AssessmentQueries.TimelineRow;
import dk.peerstoette.recipient.RecipientTimeline;
import dk.peerstoette.recipient.TimelineEvent;
import dk.peerstoette.security.StaffUser;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A recipient's assessments on their timeline: the timepoint, the day and whether it is
 * still begun, never the answers; each with a link, since the reader works with it.
 * Listing them is audited as a search.
 */
@Component
class AssessmentTimeline implements RecipientTimeline {

	private final Assessments assessments;

	private final AssessmentQueries queries;

	private final AuditLog auditLog;

	AssessmentTimeline(Assessments assessments, AssessmentQueries queries, AuditLog auditLog) {
		this.assessments = assessments;
		this.queries = queries;
		this.auditLog = auditLog;
	}

	@Override
	@Transactional
	public List<TimelineEvent> eventsOf(long recipientId, StaffUser user) {
		Assessments.Actor actor = this.assessments.timelineActor(user).orElse(null);
		if (actor == null) {
			return List.of();
		}
		List<TimelineRow> found = this.queries.ofRecipient(recipientId, actor.organisationId(), actor.peerWorkerId());
		this.auditLog.record(AuditAction.SEARCH, Assessments.ENTITY, null,
				"RESULTS=" + found.size() + ";VIA=RECIPIENT_TIMELINE");
		return found.stream()
			.map((row) -> new TimelineEvent(row.answeredOn(), null, "outcome.timeline.assessment." + row.status(),
					"outcome.timepoint." + row.timepoint(), null, null, "/outcomes/assessments/" + row.id()))
			.toList();
	}

}
