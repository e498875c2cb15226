package dk.peerstoette.retention;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dk.peerstoette.audit.AuditAction;
import dk.peerstoette.audit.AuditLog;
import dk.peerstoette.audit.AuditOutcome;
import dk.peerstoette.audit.SearchCriteria;
import dk.peerstoette.audit.ShownRecords;
import dk.peerstoette.recipient.RecipientAnonymisation;
import dk.peerstoette.recipient.RecipientAnonymisation.LockedRecipient;
import dk.peerstoette.security.Role;
import dk.peerstoette.security.StaffUser;
import dk.peerstoette.web.CprNumbers;
import dk.peerstoette.web.FormProblems;
import dk.peerstoette.web.ListPages;
import dk.peerstoette.web.NotFoundException;
import dk.peerstoette.web.TransitionRefusedException;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Retention as coordinators and the daily job use it. Only a coordinator, and only for
 * their own organisation's recipients, sees what falls due, places and lifts holds and
 * erases on request; anyone else is refused (403 for another role, 404 for another
 * organisation's recipient), and every use and refusal is audited. A hold and an
 * anonymisation of the same recipient lock its row first, so the one waits for the other
 * and sees what it did: nothing is anonymised under a hold, nothing twice.
 */
@Service
public class RetentionService {

	static final String ENTITY = "RECIPIENT";

	private static final Logger log = LoggerFactory.getLogger(RetentionService.class);

	/**
	 * The key of the transaction-level advisory lock the daily run holds: a second
	 * instance that finds it taken leaves the day's work to the first.
	 */
	private static final long RUN_LOCK = 0x5245_5445_4e54_494fL;

	private final RetentionQueries queries;

	private final LegalHoldRepository holds;

	private final RecipientAnonymisation anonymisation;

	private final AuditLog auditLog;

	private final JdbcClient jdbc;

	private final RetentionProperties properties;

	private final Clock clock;

	RetentionService(RetentionQueries queries, LegalHoldRepository holds, RecipientAnonymisation anonymisation,
			AuditLog auditLog, JdbcClient jdbc, RetentionProperties properties, Clock clock) {
		this.queries = queries;
		this.holds = holds;
		this.anonymisation = anonymisation;
		this.auditLog = auditLog;
		this.jdbc = jdbc;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * A page of the coordinator's organisation's recipients due within the notice period
	 * (and those past due that a hold keeps), audited with what it showed.
	 */
	@Transactional
	public Page<DueRecipient> due(@Nullable String text, Pageable pageable, StaffUser user) {
		long organisationId = coordinatorsOrganisation(user, AuditAction.SEARCH, null);
		LocalDate until = today().plusDays(this.properties.noticeDays());
		Page<DueRecipient> page = this.queries.dueBy(organisationId, until, ListPages.containsPattern(text),
				this.clock.getZone(), pageable);
		this.auditLog.recordShown(ENTITY,
				ShownRecords.of(ENTITY, page.getContent().stream().map(DueRecipient::id).toList()),
				SearchCriteria.of("q", text).and(pageable),
				"RESULTS=" + page.getTotalElements() + ";VIA=RETENTION_DUE");
		return page;
	}

	/** One recipient's retention: when they fall due, their holds. */
	@Transactional
	public RetentionView read(long recipientId, StaffUser user) {
		RetentionQueries.RecipientFacts facts = inScope(recipientId, user, AuditAction.READ);
		this.auditLog.record(AuditAction.READ, ENTITY, recipientId, "VIEW=RETENTION");
		List<HoldRow> holdRows = this.holds.findByRecipientIdOrderByPlacedOnDescIdDesc(recipientId)
			.stream()
			.map(HoldRow::of)
			.toList();
		return new RetentionView(recipientId, facts.label(), facts.anonymisedOn(),
				this.queries.of(recipientId, this.clock.getZone()).orElse(null), holdRows, today());
	}

	/**
	 * Refuses (403 or 404, audited) a user who may not act on this recipient's retention.
	 */
	@Transactional(readOnly = true)
	public void checkMayChange(long recipientId, StaffUser user) {
		inScope(recipientId, user, AuditAction.UPDATE);
	}

	/**
	 * Places a hold; refused while one is in force, or once the recipient is anonymised.
	 */
	@Transactional
	public void placeHold(long recipientId, HoldForm form, StaffUser user, FormProblems problems) {
		inScope(recipientId, user, AuditAction.UPDATE);
		LockedRecipient recipient = lock(recipientId);
		if (CprNumbers.appearsIn(form.getReason())) {
			problems.add("reason", "retention.hold.reason.cpr");
		}
		if (recipient.isAnonymised()) {
			problems.addToForm("retention.anonymised");
		}
		else if (this.holds.findInForce(recipientId).isPresent()) {
			problems.addToForm("retention.hold.alreadyInForce");
		}
		problems.throwIfAny();
		HoldGround ground = Objects.requireNonNull(form.getHoldGround());
		this.holds.saveAndFlush(new LegalHold(recipientId, ground, form.getReason().strip(), today(), user.getId()));
		this.auditLog.record(AuditAction.UPDATE, ENTITY, recipientId, "LEGAL_HOLD=PLACED;GROUND=" + ground.name());
	}

	/** Lifts the hold in force, as read in {@code version}. */
	@Transactional
	public void liftHold(long recipientId, long holdId, long version, StaffUser user) {
		inScope(recipientId, user, AuditAction.UPDATE);
		lock(recipientId);
		LegalHold hold = this.holds.findById(holdId)
			.filter((found) -> found.getRecipientId() == recipientId)
			.orElseThrow(NotFoundException::new);
		if (hold.getVersion() != version) {
			throw new ObjectOptimisticLockingFailureException(LegalHold.class, holdId);
		}
		// The hold refuses a second lifting.
		hold.lift(today(), user.getId());
		this.holds.flush();
		this.auditLog.record(AuditAction.UPDATE, ENTITY, recipientId,
				"LEGAL_HOLD=LIFTED;GROUND=" + hold.getGround().name());
	}

	/**
	 * Erases the recipient on their request (GDPR Art. 17): the same anonymisation as at
	 * the end of the period, with the ground and who asked recorded; refused under a
	 * hold.
	 */
	@Transactional
	public void erase(long recipientId, ErasureForm form, StaffUser user, FormProblems problems) {
		inScope(recipientId, user, AuditAction.DELETE);
		LockedRecipient recipient = lock(recipientId);
		if (!form.isConfirmed()) {
			problems.add("confirmed", "retention.erasure.confirm.required");
		}
		if (recipient.isAnonymised()) {
			problems.addToForm("retention.anonymised");
		}
		else if (this.holds.findInForce(recipientId).isPresent()) {
			this.auditLog.recordRefusal(AuditAction.DELETE, ENTITY, recipientId, AuditOutcome.DENIED,
					"REASON=LEGAL_HOLD");
			problems.addToForm("retention.erasure.held");
		}
		problems.throwIfAny();
		ErasureGround ground = Objects.requireNonNull(form.getErasureGround());
		anonymise(recipientId, AnonymisationCause.ERASURE_REQUEST, ground, user.getId());
		this.auditLog.record(AuditAction.DELETE, ENTITY, recipientId,
				"ANONYMISED;CAUSE=ERASURE_REQUEST;GROUND=" + ground.name());
	}

	/**
	 * The daily run: anonymises every recipient whose period has ended and who is not
	 * held, in one transaction. A second run at the same time (another instance) finds
	 * the run's lock taken and does nothing; a run after it finds nothing left to do.
	 * @return how many recipients were anonymised
	 */
	@Transactional
	public int anonymiseDue() {
		Boolean locked = this.jdbc.sql("select pg_try_advisory_xact_lock(?)")
			.param(RUN_LOCK)
			.query(Boolean.class)
			.single();
		if (!Boolean.TRUE.equals(locked)) {
			return 0;
		}
		LocalDate today = today();
		int done = 0;
		for (long recipientId : this.queries.dueWithoutHold(today, this.clock.getZone())) {
			LockedRecipient recipient = this.anonymisation.lock(recipientId).orElse(null);
			// Looked at again under the row's lock: a hold placed or a course reopened
			// since the list was read wins.
			boolean stillDue = recipient != null && !recipient.isAnonymised()
					&& this.holds.findInForce(recipientId).isEmpty()
					&& this.queries.of(recipientId, this.clock.getZone())
						.filter((due) -> !due.dueOn().isAfter(today))
						.isPresent();
			if (stillDue) {
				anonymise(recipientId, AnonymisationCause.RETENTION, null, null);
				this.auditLog.record(AuditAction.DELETE, ENTITY, recipientId, "ANONYMISED;CAUSE=RETENTION");
				done++;
			}
		}
		if (done > 0) {
			log.info("Retention: anonymised {} recipients", done);
		}
		return done;
	}

	private void anonymise(long recipientId, AnonymisationCause cause, @Nullable ErasureGround ground,
			@Nullable Long requestedBy) {
		if (!this.anonymisation.anonymise(recipientId)) {
			throw new TransitionRefusedException("retention.anonymised");
		}
		this.holds.deleteByRecipient(recipientId);
		this.jdbc.sql("""
				insert into anonymisation (recipient_id, anonymised_on, cause, erasure_ground, requested_by)
				values (?, ?, ?, ?, ?)
				""")
			.params(recipientId, today(), cause.name(), (ground != null) ? ground.name() : null, requestedBy)
			.update();
	}

	private LockedRecipient lock(long recipientId) {
		return this.anonymisation.lock(recipientId).orElseThrow(NotFoundException::new);
	}

	/** The coordinator's organisation; 403, audited, for anyone else. */
	private long coordinatorsOrganisation(StaffUser user, AuditAction action, @Nullable Long recipientId) {
		Long organisationId = user.getOrganisationId();
		if (user.getRole() != Role.COORDINATOR || organisationId == null) {
			this.auditLog.recordRefusal(action, ENTITY, recipientId, AuditOutcome.DENIED, "REASON=ROLE;VIA=RETENTION");
			throw new AccessDeniedException("Only a coordinator handles retention");
		}
		return organisationId;
	}

	/** The recipient, if of the coordinator's organisation; else 404, audited. */
	private RetentionQueries.RecipientFacts inScope(long recipientId, StaffUser user, AuditAction action) {
		long organisationId = coordinatorsOrganisation(user, action, recipientId);
		Optional<RetentionQueries.RecipientFacts> facts = this.queries.facts(recipientId)
			.filter((found) -> found.organisationId() == organisationId);
		if (facts.isEmpty()) {
			this.auditLog.recordRefusal(action, ENTITY, recipientId, AuditOutcome.DENIED,
					"REASON=OUT_OF_SCOPE;VIA=RETENTION");
			throw new NotFoundException();
		}
		return facts.get();
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

}
