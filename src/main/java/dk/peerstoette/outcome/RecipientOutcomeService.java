package dk.peerstoette.outcome;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dk.peerstoette.audit.AuditAction;
import dk.peerstoette.audit.AuditLog;
import dk.peerstoette.audit.AuditOutcome;
import dk.peerstoette.instrument.ChimeDimension;
import dk.peerstoette.recipient.ConsentKind;
import dk.peerstoette.recipient.RecipientAssignments;
import dk.peerstoette.recipient.RecipientDirectory;
import dk.peerstoette.security.Role;
import dk.peerstoette.security.StaffUser;
import dk.peerstoette.web.NotFoundException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A recipient's outcome view. Scope as on the recipient's page: a coordinator sees the
 * recipients of their organisation, a peer worker those they are assigned to through a
 * course; anyone else none. Out of scope is 404; the read and the refusal are audited as
 * reads of the recipient.
 */
@Service
class RecipientOutcomeService {

	static final String ENTITY = "RECIPIENT";

	private final JdbcClient jdbc;

	private final RecipientAssignments assignments;

	private final RecipientDirectory recipients;

	private final DueAssessmentService due;

	private final AuditLog auditLog;

	private final BigDecimal threshold;

	private final Clock clock;

	RecipientOutcomeService(JdbcClient jdbc, RecipientAssignments assignments, RecipientDirectory recipients,
			DueAssessmentService due, AuditLog auditLog, OutcomeProperties outcomes, Clock clock) {
		this.jdbc = jdbc;
		this.assignments = assignments;
		this.recipients = recipients;
		this.due = due;
		this.auditLog = auditLog;
		this.threshold = outcomes.changeThreshold();
		this.clock = clock;
	}

	@Transactional
	public OutcomeView read(long recipientId, StaffUser user) {
		LocalDate today = LocalDate.now(this.clock);
		Head head = visible(recipientId, user).orElseThrow(() -> {
			this.auditLog.recordRefusal(AuditAction.READ, ENTITY, recipientId, AuditOutcome.DENIED,
					"REASON=OUT_OF_SCOPE");
			return new NotFoundException();
		});
		List<OutcomeView.Entry> assessments = this.jdbc.sql("""
				select a.id, a.course_id, c.kind as course_kind, a.timepoint, a.answered_on, a.respondent, a.status,
				       i.scale_min, i.scale_max, a.score_connection, a.score_hope, a.score_identity, a.score_meaning,
				       a.score_empowerment
				from assessment a
				join course_view c on c.id = a.course_id
				join instrument_view i on i.id = a.instrument_id
				where a.recipient_id = ?
				order by a.answered_on desc, a.id desc
				""").param(recipientId).query((rs, row) -> {
			Map<ChimeDimension, BigDecimal> scores = new EnumMap<>(ChimeDimension.class);
			for (ChimeDimension dimension : ChimeDimension.values()) {
				BigDecimal score = rs.getBigDecimal("score_" + dimension.name().toLowerCase(java.util.Locale.ROOT));
				if (score != null) {
					scores.put(dimension, score);
				}
			}
			return new OutcomeView.Entry(rs.getLong("id"), rs.getLong("course_id"), rs.getString("course_kind"),
					Timepoint.valueOf(rs.getString("timepoint")), rs.getObject("answered_on", LocalDate.class),
					Respondent.valueOf(rs.getString("respondent")), "COMPLETED".equals(rs.getString("status")),
					rs.getInt("scale_min"), rs.getInt("scale_max"), scores);
		}).list();
		boolean consent = this.recipients.hasConsent(recipientId, ConsentKind.OUTCOME_MEASUREMENT, today);
		List<DueAssessment> dueNow = consent ? this.due.ofRecipient(recipientId, user, today) : List.of();
		this.auditLog.record(AuditAction.READ, ENTITY, recipientId, "VIEW=OUTCOMES");
		return OutcomeView.of(head.id(), head.internalNumber(), head.alias(), this.threshold, assessments, dueNow,
				consent);
	}

	private Optional<Head> visible(long recipientId, StaffUser user) {
		Optional<Head> head = this.jdbc
			.sql("select id, internal_number, alias, organisation_id from recipient_view where id = ?")
			.param(recipientId)
			.query(Head.class)
			.optional();
		return head.filter((found) -> (user.getRole() == Role.COORDINATOR)
				? Long.valueOf(found.organisationId()).equals(user.getOrganisationId())
				: user.getRole() == Role.PEER_WORKER
						&& this.assignments.recipientIdsAssignedTo(user).contains(recipientId));
	}

	private record Head(long id, String internalNumber, String alias, long organisationId) {
	}

}
