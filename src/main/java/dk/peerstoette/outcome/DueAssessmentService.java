package dk.peerstoette.outcome;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import dk.peerstoette.audit.AuditAction;
import dk.peerstoette.audit.AuditLog;
import dk.peerstoette.audit.AuditOutcome;
import dk.peerstoette.audit.SearchCriteria;
import dk.peerstoette.audit.ShownRecords;
import dk.peerstoette.security.Role;
import dk.peerstoette.security.StaffUser;
import dk.peerstoette.web.ListPages;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The assessments that fall due and have not been started, in one paged query. For each
 * course that has not ended and each of its recipients with the consent to outcome
 * measurement today, the baseline (at the course's start), the 3- and 6-month follow-ups
 * (as {@link Timepoint#dueOn}) and the end assessment (at the course's end, or its
 * planned end) are due unless an assessment of that timepoint exists, in progress or
 * completed. A follow-up that would fall on or after the course's end is left to the end
 * assessment. Overdue: due before today; upcoming: due from today to
 * {@link #HORIZON_DAYS} days ahead. Scope: a coordinator sees their organisation's
 * courses, a peer worker the courses they are assigned to; anyone else none (403).
 * Listing is audited as a search of recipients.
 */
@Service
class DueAssessmentService {

	/** How far ahead an assessment counts as upcoming. */
	static final int HORIZON_DAYS = 30;

	static final String ENTITY = "RECIPIENT";

	/** Sort keys, each to the SQL it sorts by. */
	static final Map<String, String> SORTABLE = Map.of("due", "d.due_on", "alias", "lower(d.alias)", "number",
			"d.internal_number", "timepoint", "d.timepoint_order");

	// The due days in SQL, as Timepoint.dueOn computes them: PostgreSQL's date + interval
	// clamps to the month's last day like LocalDate.plusMonths (DueAssessmentsTest
	// checks).
	private static final String SQL = """
			with due as (
			    select r.id as recipient_id, r.internal_number, r.alias, c.id as course_id, c.kind as course_kind,
			           c.title as course_title, t.timepoint, t.timepoint_order,
			           case t.timepoint when 'BASELINE' then c.starts_on
			                            when 'MONTH_3' then (c.starts_on + interval '3 months')::date
			                            when 'MONTH_6' then (c.starts_on + interval '6 months')::date
			                            else coalesce(c.ended_on, c.planned_end_on) end as due_on,
			           coalesce(c.ended_on, c.planned_end_on) as ends_on
			    from course_view c
			    join course_recipient_view cr on cr.course_id = c.id
			    join recipient_view r on r.id = cr.recipient_id
			    cross join (values ('BASELINE', 1), ('MONTH_3', 2), ('MONTH_6', 3), ('END', 4))
			        as t (timepoint, timepoint_order)
			    where (c.ended_on is null or c.ended_on > :today)
			      and %s
			      and exists (select 1 from consent_view k where k.recipient_id = r.id and k.kind = 'OUTCOME_MEASUREMENT'
			                  and k.given_on <= :today and (k.expires_on is null or k.expires_on >= :today)
			                  and (k.withdrawn_on is null or k.withdrawn_on > :today))
			      and %s
			)
			select d.*, count(*) over () as total
			from due d
			where d.due_on is not null and d.due_on <= :horizon and %s
			  and (d.timepoint = 'END' or d.timepoint = 'BASELINE' or d.ends_on is null or d.due_on < d.ends_on)
			  and not exists (select 1 from assessment a where a.course_id = d.course_id
			                  and a.recipient_id = d.recipient_id and a.timepoint = d.timepoint)
			order by %s
			limit :limit offset :offset
			""";

	private static final String ORGANISATION = "c.organisation_id = :organisationId";

	private static final String ASSIGNED = """
			exists (select 1 from course_peer_view cp where cp.course_id = c.id and cp.peer_worker_id = :peerWorkerId)""";

	// A peer worker whose login is linked to no record is assigned to nothing.
	private static final String NOTHING = "false";

	private final JdbcClient jdbc;

	private final AuditLog auditLog;

	DueAssessmentService(JdbcClient jdbc, AuditLog auditLog) {
		this.jdbc = jdbc;
		this.auditLog = auditLog;
	}

	/**
	 * One page of the due assessments in the user's scope; {@code pageable} carries SQL
	 * from {@link #SORTABLE} as its sort properties.
	 */
	@Transactional
	public Page<DueAssessment> list(DueFilter filter, @Nullable String text, Pageable pageable, StaffUser user,
			LocalDate today) {
		String pattern = ListPages.containsPattern(text);
		Page<DueAssessment> page = query(filter, pattern, null, pageable, user, today);
		this.auditLog.recordShown(ENTITY,
				ShownRecords.of(ENTITY, page.getContent().stream().map(DueAssessment::recipientId).toList())
					.and("COURSE", page.getContent().stream().map(DueAssessment::courseId).toList()),
				SearchCriteria.of("filter", filter).and("q", text).and("today", today).and(pageable),
				"RESULTS=" + page.getTotalElements() + ";VIEW=OUTCOMES_DUE;FILTER=" + filter
						+ ((pattern != null) ? ";TEXT=GIVEN" : ""));
		return page;
	}

	/**
	 * What is overdue or upcoming for one recipient in the user's scope, for a page that
	 * has checked and audits the read of the recipient itself.
	 */
	@Transactional(readOnly = true)
	public List<DueAssessment> ofRecipient(long recipientId, StaffUser user, LocalDate today) {
		return query(DueFilter.ALL, null, recipientId, PageRequest.of(0, ListPages.MAX_SIZE), user, today).getContent();
	}

	private Page<DueAssessment> query(DueFilter filter, @Nullable String pattern, @Nullable Long recipientId,
			Pageable pageable, StaffUser user, LocalDate today) {
		Map<String, Object> params = new HashMap<>();
		String scope = scope(user, params);
		String matching = "true";
		if (pattern != null) {
			params.put("pattern", pattern);
			matching = "(lower(r.alias) like :pattern or lower(r.internal_number) like :pattern)";
		}
		if (recipientId != null) {
			params.put("recipientId", recipientId);
			matching = "r.id = :recipientId";
		}
		params.put("today", today);
		params.put("horizon", today.plusDays(HORIZON_DAYS));
		params.put("limit", pageable.getPageSize());
		params.put("offset", pageable.getOffset());
		String when = switch (filter) {
			case OVERDUE -> "d.due_on < :today";
			case UPCOMING -> "d.due_on >= :today";
			case ALL -> "true";
		};
		long[] total = { 0 };
		List<DueAssessment> rows = this.jdbc.sql(SQL.formatted(scope, matching, when, orderBy(pageable.getSort())))
			.params(params)
			.query((rs, row) -> {
				total[0] = rs.getLong("total");
				LocalDate dueOn = rs.getObject("due_on", LocalDate.class);
				return new DueAssessment(rs.getLong("recipient_id"), rs.getString("internal_number"),
						rs.getString("alias"), rs.getLong("course_id"), rs.getString("course_kind"),
						rs.getString("course_title"), Timepoint.valueOf(rs.getString("timepoint")), dueOn,
						dueOn.isBefore(today));
			})
			.list();
		// Past the last page the window count is not seen; the page is then empty.
		return rows.isEmpty() ? Page.empty(pageable) : new PageImpl<>(new ArrayList<>(rows), pageable, total[0]);
	}

	private String scope(StaffUser user, Map<String, Object> params) {
		if (user.getRole() == Role.COORDINATOR && user.getOrganisationId() != null) {
			params.put("organisationId", user.getOrganisationId());
			return ORGANISATION;
		}
		if (user.getRole() == Role.PEER_WORKER) {
			if (user.getPeerWorkerId() == null) {
				return NOTHING;
			}
			params.put("peerWorkerId", user.getPeerWorkerId());
			return ASSIGNED;
		}
		this.auditLog.recordRefusal(AuditAction.SEARCH, ENTITY, null, AuditOutcome.DENIED, "REASON=ROLE");
		throw new AccessDeniedException("No due assessments for this role");
	}

	private static String orderBy(Sort sort) {
		String orders = sort.stream()
			.map((order) -> order.getProperty() + (order.isAscending() ? " asc" : " desc"))
			.collect(Collectors.joining(", "));
		return (orders.isEmpty() ? "d.due_on asc" : orders)
				+ ", d.timepoint_order, lower(d.alias), d.internal_number, d.course_id";
	}

}
