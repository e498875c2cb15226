package dk.peerstoette.outcome;

import dk.peerstoette.outcome.AssessmentQueries.TimelineRow;
import dk.peerstoette.recipient.RecipientTimeline;
import dk.peerstoette.recipient.TimelineEvent;
import dk.peerstoette.security.StaffUser;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A recipient's assessments on their timeline: the timepoint, the day and whether it is
 * still begun, never the answers; each with a link, since the reader works with it. The
 * timeline audits the page it shows.
 */
@Component
class AssessmentTimeline implements RecipientTimeline {

	private final AssessmentService assessments;

	private final AssessmentQueries queries;

	AssessmentTimeline(AssessmentService assessments, AssessmentQueries queries) {
		this.assessments = assessments;
		this.queries = queries;
	}

	@Override
	@Transactional(readOnly = true)
	public Newest newestOf(long recipientId, StaffUser user, int limit) {
		AssessmentService.Actor actor = this.assessments.timelineActor(user).orElse(null);
		if (actor == null) {
			return Newest.NONE;
		}
		return Newest.of(this.queries.ofRecipient(recipientId, actor.organisationId(), actor.peerWorkerId(), limit),
				TimelineRow::ofAll,
				(row) -> new TimelineEvent(row.answeredOn(), null, "outcome.timeline.assessment." + row.status(),
						"outcome.timepoint." + row.timepoint(), null, null, "/outcomes/assessments/" + row.id(),
						AssessmentService.ENTITY, row.id()));
	}

}
