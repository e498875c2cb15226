package dk.peerstoette.logreview;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import dk.peerstoette.audit.AccessLogDirectory;
import dk.peerstoette.audit.AccessLogEntry;
import dk.peerstoette.audit.AccessLogFilter;
import dk.peerstoette.audit.AuditAction;
import dk.peerstoette.audit.AuditLog;
import dk.peerstoette.audit.AuditOutcome;
import dk.peerstoette.audit.AuditReviews;
import dk.peerstoette.audit.SearchCriteria;
import dk.peerstoette.audit.ShownRecords;
import dk.peerstoette.security.Role;
import dk.peerstoette.security.StaffUser;
import dk.peerstoette.security.Usernames;
import dk.peerstoette.web.FormProblems;
import dk.peerstoette.web.NotFoundException;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The officer's use of the access log. Only the auditor role may (the URL rule refuses
 * everyone else first; this refuses again, audited); every question, sample, export and
 * mark is itself written to the log, with what was asked and which accesses it showed. A
 * question about a recipient also counts as showing that recipient, so it appears in the
 * citizen's own access log.
 */
@Service
class AccessLogReviewService {

	/** The record type of an access in the log, when the log itself is read. */
	static final String ENTITY = "AUDIT_EVENT";

	private static final Pattern NUMBER = Pattern.compile("R-[0-9]{6}");

	private final AccessLogDirectory log;

	private final AuditReviews reviews;

	private final AuditLog auditLog;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	AccessLogReviewService(AccessLogDirectory log, AuditReviews reviews, AuditLog auditLog, Clock clock) {
		this.log = log;
		this.reviews = reviews;
		this.auditLog = auditLog;
		this.clock = clock;
	}

	/** A page of the accesses that answer the question. */
	@Transactional
	public Page<EntryRow> list(AccessLogQuery query, Pageable pageable, StaffUser user, FormProblems problems) {
		checkAuditor(user, AuditAction.SEARCH);
		AccessLogFilter filter = filter(query, problems);
		problems.throwIfAny();
		Page<AccessLogEntry> page = this.log.page(filter, pageable);
		this.auditLog.recordShown(ENTITY, shown(filter, page.getContent().stream().map(AccessLogEntry::id).toList()),
				query.criteria().and(pageable), "RESULTS=" + page.getTotalElements());
		return page.map(this::row);
	}

	/** Every access that answers the question, for a CSV file. */
	@Transactional
	public List<EntryRow> export(AccessLogQuery query, StaffUser user, FormProblems problems) {
		checkAuditor(user, AuditAction.EXPORT);
		AccessLogFilter filter = filter(query, problems);
		problems.throwIfAny();
		List<AccessLogEntry> entries = this.log.all(filter);
		// The ids would make the row as long as the file: what was asked, and when,
		// tells which accesses it held.
		this.auditLog.recordExport(ENTITY, shown(filter, List.of()), query.criteria(),
				"FORMAT=CSV;ROWS=" + entries.size());
		return entries.stream().map(this::row).toList();
	}

	/** A new seed for a sample. */
	public long newSeed() {
		return this.random.nextLong(1, Long.MAX_VALUE);
	}

	/** The newest access now: a sample drawn now stays within the log as it is. */
	public long lastAccess() {
		return this.log.lastId();
	}

	/** The sample the query's seed draws, of its period. */
	@Transactional
	public List<EntryRow> sample(SampleQuery query, StaffUser user, FormProblems problems) {
		checkAuditor(user, AuditAction.SEARCH);
		checkPeriod(query.getFrom(), query.getTo(), problems);
		problems.throwIfAny();
		long seed = Objects.requireNonNull(query.getSeed());
		int size = Objects.requireNonNull(query.getSize());
		AccessLogFilter filter = new AccessLogFilter(null, null, start(query.getFrom()), end(query.getTo()), null,
				false, query.getLast());
		List<AccessLogEntry> entries = this.log.sample(filter, size, seed);
		this.auditLog.recordShown(ENTITY, ShownRecords.of(ENTITY, entries.stream().map(AccessLogEntry::id).toList()),
				SearchCriteria.of("from", query.getFrom())
					.and("to", query.getTo())
					.and("size", size)
					.and("seed", Long.toString(seed))
					.and("last", query.getLast()),
				"SAMPLE;RESULTS=" + entries.size());
		return entries.stream().map(this::row).toList();
	}

	/** Marks an access reviewed with the officer's comment; 404 for an unknown access. */
	@Transactional
	public void markReviewed(long auditEventId, ReviewForm form, StaffUser user, FormProblems problems) {
		checkAuditor(user, AuditAction.CREATE);
		if (this.log.entry(auditEventId).isEmpty()) {
			throw new NotFoundException();
		}
		problems.throwIfAny();
		long mark = this.reviews.mark(auditEventId, user, form.getComment().strip());
		this.auditLog.record(AuditAction.CREATE, AuditReviews.ENTITY, mark, "EVENT=" + auditEventId);
	}

	private AccessLogFilter filter(AccessLogQuery query, FormProblems problems) {
		Long recipientId = null;
		String number = (query.getRecipient() != null) ? query.getRecipient().strip().toUpperCase(Locale.ROOT) : "";
		if (!number.isEmpty() && !problems.has("recipient")) {
			if (!NUMBER.matcher(number).matches()) {
				problems.add("recipient", "logreview.recipient.format");
			}
			else {
				recipientId = this.log.recipientWithNumber(number).orElse(null);
				if (recipientId == null) {
					problems.add("recipient", "logreview.recipient.unknown");
				}
			}
		}
		checkPeriod(query.getFrom(), query.getTo(), problems);
		String username = (query.getUser() != null) ? Usernames.normalise(query.getUser()) : "";
		return new AccessLogFilter(recipientId, username.isEmpty() ? null : username, start(query.getFrom()),
				end(query.getTo()), query.getAction(), query.isRefusals(), null);
	}

	private static void checkPeriod(@Nullable LocalDate from, @Nullable LocalDate to, FormProblems problems) {
		if (from != null && to != null && to.isBefore(from) && !problems.has("to")) {
			problems.add("to", "logreview.period.order");
		}
	}

	private static ShownRecords shown(AccessLogFilter filter, List<Long> ids) {
		ShownRecords shown = ShownRecords.of(ENTITY, ids);
		return (filter.recipientId() != null) ? shown.and("RECIPIENT", List.of(filter.recipientId())) : shown;
	}

	private @Nullable Instant start(@Nullable LocalDate day) {
		return (day != null) ? day.atStartOfDay(this.clock.getZone()).toInstant() : null;
	}

	/** The end of the day, exclusive: a period's last day counts whole. */
	private @Nullable Instant end(@Nullable LocalDate day) {
		return (day != null) ? day.plusDays(1).atStartOfDay(this.clock.getZone()).toInstant() : null;
	}

	private EntryRow row(AccessLogEntry entry) {
		AccessLogEntry.Review review = entry.lastReview();
		return new EntryRow(entry, local(entry.occurredAt()), (review != null) ? local(review.reviewedAt()) : null);
	}

	private LocalDateTime local(Instant instant) {
		return LocalDateTime.ofInstant(instant, this.clock.getZone());
	}

	private void checkAuditor(StaffUser user, AuditAction action) {
		if (user.getRole() != Role.AUDITOR) {
			this.auditLog.recordRefusal(action, ENTITY, null, AuditOutcome.DENIED, "REASON=ROLE");
			throw new AccessDeniedException("The access log is the data protection officer's");
		}
	}

}
