package dk.peerstoette.outcome;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import dk.peerstoette.audit.AuditAction;
import dk.peerstoette.audit.AuditLog;
import dk.peerstoette.audit.AuditOutcome;
import dk.peerstoette.audit.ShownRecords;
import dk.peerstoette.instrument.ChimeDimension;
import dk.peerstoette.instrument.DimensionScores;
import dk.peerstoette.instrument.InstrumentDefinition;
import dk.peerstoette.instrument.InstrumentPurpose;
import dk.peerstoette.instrument.InstrumentDirectory;
import dk.peerstoette.instrument.InstrumentPurpose;
import dk.peerstoette.instrument.InstrumentStatus;
import dk.peerstoette.outcome.AssessmentQueries.CourseFacts;
import dk.peerstoette.recipient.ConsentKind;
import dk.peerstoette.recipient.RecipientDirectory;
import dk.peerstoette.security.PasswordConfirmation;
import dk.peerstoette.security.Role;
import dk.peerstoette.security.StaffUser;
import dk.peerstoette.web.FormProblems;
import dk.peerstoette.web.NotFoundException;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * CHIME assessments of recipients: started, answered and completed (with the scores the
 * instrument's rule derives), or discarded while begun. Scope: a peer worker works with
 * the assessments of the courses they are assigned to, a coordinator with those of their
 * own organisation; managers and administrators see none (starting one is refused, 403;
 * opening one is 404). An assessment needs the recipient's consent to outcome measurement
 * on its day; after the consent is withdrawn none can be started. Every read and change
 * is audited, every refusal too.
 */
@Service
class AssessmentService {

	static final String ENTITY = "ASSESSMENT";

	private final AssessmentRepository assessments;

	private final AssessmentQueries queries;

	private final InstrumentDirectory instruments;

	private final RecipientDirectory recipients;

	private final AuditLog auditLog;

	private final Clock clock;

	AssessmentService(AssessmentRepository assessments, AssessmentQueries queries, InstrumentDirectory instruments,
			RecipientDirectory recipients, AuditLog auditLog, Clock clock) {
		this.assessments = assessments;
		this.queries = queries;
		this.instruments = instruments;
		this.recipients = recipients;
		this.auditLog = auditLog;
		this.clock = clock;
	}

	/** A form for today with the standard instrument (404 for a course out of scope). */
	@Transactional
	public AssessmentForm newForm(StaffUser user, long recipientId, long courseId) {
		courseInScope(actor(user, AuditAction.CREATE), courseId, recipientId, AuditAction.CREATE);
		AssessmentForm form = new AssessmentForm();
		form.setRecipientId(recipientId);
		form.setCourseId(courseId);
		form.setAnsweredOn(LocalDate.now(this.clock));
		form.setRespondent(Respondent.SELF);
		this.instruments.standard().ifPresent((instrument) -> form.setInstrumentId(instrument.id()));
		return form;
	}

	/** What the start form shows; reading the recipient's name is audited. */
	@Transactional
	public AssessmentStart start(StaffUser user, long recipientId, long courseId, Locale locale) {
		CourseFacts course = courseInScope(actor(user, AuditAction.CREATE), courseId, recipientId, AuditAction.CREATE);
		LocalDate today = LocalDate.now(this.clock);
		String refusal = this.queries.consentWithdrawn(recipientId, today) ? "outcome.assessment.consent.withdrawn"
				: null;
		boolean missing = !this.recipients.hasConsent(recipientId, ConsentKind.OUTCOME_MEASUREMENT, today);
		this.auditLog.record(AuditAction.READ, "RECIPIENT", recipientId, "VIEW=NEW_ASSESSMENT");
		return new AssessmentStart(recipientId, this.queries.recipientLabel(recipientId), course.id(), course.kind(),
				course.title(), course.startsOn(), this.instruments.activeChoices(locale), refusal, missing);
	}

	/**
	 * Begins an assessment, in the course's organisation and unit.
	 * @throws dk.peerstoette.web.FormRejectedException for values that break a rule;
	 * nothing is written
	 */
	@Transactional
	public long create(StaffUser user, AssessmentForm form, FormProblems problems) {
		Actor actor = actor(user, AuditAction.CREATE);
		if (form.getRecipientId() == null || form.getCourseId() == null) {
			throw new NotFoundException();
		}
		long recipientId = form.getRecipientId();
		CourseFacts course = courseInScope(actor, form.getCourseId(), recipientId, AuditAction.CREATE);
		LocalDate today = LocalDate.now(this.clock);
		LocalDate day = form.getAnsweredOn();
		if (this.queries.consentWithdrawn(recipientId, today)) {
			problems.addToForm("outcome.assessment.consent.withdrawn");
		}
		else if (day != null && !this.recipients.hasConsent(recipientId, ConsentKind.OUTCOME_MEASUREMENT, day)) {
			problems.add("answeredOn", "outcome.assessment.consent.missing");
		}
		if (day != null && day.isAfter(today)) {
			problems.add("answeredOn", "outcome.assessment.answeredOn.future");
		}
		else if (day != null && day.isBefore(course.startsOn())) {
			// A date for the message to format: made in the JVM's zone, which
			// MessageFormat
			// reads it in, so it is the same day whatever that zone is.
			problems.add("answeredOn", "outcome.assessment.answeredOn.beforeCourse",
					Date.from(course.startsOn().atStartOfDay(ZoneId.systemDefault()).toInstant()));
		}
		Timepoint timepoint = form.getTimepoint();
		if (timepoint != null && timepoint != Timepoint.AD_HOC
				&& this.queries.timepointTaken(course.id(), recipientId, timepoint)) {
			problems.add("timepoint", "outcome.assessment.timepoint.taken");
		}
		InstrumentDefinition instrument = (form.getInstrumentId() != null)
				? this.instruments.definition(form.getInstrumentId())
					.filter((found) -> found.status() == InstrumentStatus.ACTIVE
							&& found.purpose() == InstrumentPurpose.RECIPIENT_OUTCOME)
					.orElse(null)
				: null;
		if (form.getInstrumentId() != null && instrument == null) {
			problems.add("instrumentId", "outcome.assessment.instrument.unknown");
		}
		problems.first()
			.ifPresent((problem) -> this.auditLog.recordRefusal(AuditAction.CREATE, ENTITY, null, AuditOutcome.DENIED,
					"REASON=" + problem.code().replace("outcome.assessment.", "").toUpperCase(Locale.ROOT)));
		problems.throwIfAny();
		Assessment assessment = new Assessment(recipientId, course.id(), course.organisationId(), course.unitId(),
				Objects.requireNonNull(instrument).id(), Objects.requireNonNull(timepoint), Objects.requireNonNull(day),
				Objects.requireNonNull(form.getRespondent()), user.getId(), this.clock.instant());
		try {
			assessment = this.assessments.saveAndFlush(assessment);
		}
		catch (DataIntegrityViolationException ex) {
			// Someone else began the same timepoint a moment before.
			throw FormProblems.rejected("timepoint", "outcome.assessment.timepoint.taken");
		}
		long id = Objects.requireNonNull(assessment.getId());
		this.auditLog.record(AuditAction.CREATE, ENTITY, id,
				"TIMEPOINT=" + timepoint + ";RESPONDENT=" + form.getRespondent());
		return id;
	}

	/** An assessment's page; 404 for anyone who may not see it. */
	@Transactional
	public AssessmentView read(StaffUser user, long id) {
		Assessment assessment = inScope(user, id, AuditAction.READ);
		this.auditLog.record(AuditAction.READ, ENTITY, id, null,
				ShownRecords.of("RECIPIENT", List.of(assessment.getRecipientId())));
		return view(assessment);
	}

	/** What became of answers sent to complete an assessment. */
	enum Completion {

		COMPLETED,
		/** It was completed already (a second submit); nothing changed. */
		ALREADY_COMPLETED,
		/**
		 * Nothing was answered and that was not confirmed: whoever answers is asked once
		 * whether to finish anyway, since a completed assessment uses up its timepoint.
		 */
		NOTHING_ANSWERED

	}

	/** Stores the answers and completes the assessment with its scores. */
	@Transactional
	public Completion complete(StaffUser user, long id, AssessmentAnswersForm form, FormProblems problems) {
		return complete(user, id, form, false, problems);
	}

	/** As above, from the self-report screen. */
	@Transactional
	Completion complete(StaffUser user, long id, AssessmentAnswersForm form, boolean selfReport,
			FormProblems problems) {
		Assessment assessment = inScope(user, id, AuditAction.UPDATE);
		if (assessment.isCompleted()) {
			return Completion.ALREADY_COMPLETED;
		}
		InstrumentDefinition instrument = instrumentOf(assessment);
		List<Long> itemIds = instrument.items().stream().map(InstrumentDefinition.Item::id).toList();
		Map<Long, Integer> answers = form.given();
		if (answers.entrySet()
			.stream()
			.anyMatch((answer) -> !itemIds.contains(answer.getKey()) || !instrument.isOnScale(answer.getValue()))) {
			this.auditLog.recordRefusal(AuditAction.UPDATE, ENTITY, id, AuditOutcome.DENIED, "REASON=ANSWER_OFF_SCALE");
			problems.add("answers", "outcome.assessment.answer.offScale");
		}
		problems.throwIfAny();
		if (answers.isEmpty() && !form.isFinishUnanswered()) {
			return Completion.NOTHING_ANSWERED;
		}
		DimensionScores scores = instrument.score(answers);
		assessment.complete(answers, scores, this.clock.instant());
		this.assessments.saveAndFlush(assessment);
		this.auditLog.record(AuditAction.UPDATE, ENTITY, id,
				(selfReport ? "SELF_REPORT=FINISH;" : "") + "STATUS=COMPLETED;ANSWERED=" + scores.answeredItems());
		return Completion.COMPLETED;
	}

	/**
	 * Deletes an assessment that gave no score: one begun and not completed, or one
	 * completed with too few answers to score any dimension, which would otherwise use up
	 * its timepoint for nothing. One with a score stays (404 for one out of scope).
	 * @return false if it has a score and stays
	 */
	@Transactional
	public boolean discard(StaffUser user, long id) {
		Assessment assessment = inScope(user, id, AuditAction.DELETE);
		if (assessment.hasScore()) {
			this.auditLog.recordRefusal(AuditAction.DELETE, ENTITY, id, AuditOutcome.DENIED, "REASON=SCORED");
			return false;
		}
		this.assessments.delete(assessment);
		this.assessments.flush();
		this.auditLog.record(AuditAction.DELETE, ENTITY, id, "STATUS=" + assessment.getStatus() + ";TIMEPOINT="
				+ assessment.getTimepoint() + ";ANSWERED=" + assessment.getAnsweredItems());
		return true;
	}

	/**
	 * Hands the device to the recipient: only a begun self-report assessment may be.
	 * @return false if this one may not be answered on the self-report screen
	 */
	@Transactional
	public boolean startSelfReport(StaffUser user, long id) {
		Assessment assessment = inScope(user, id, AuditAction.UPDATE);
		if (assessment.isCompleted() || assessment.getRespondent() != Respondent.SELF) {
			return false;
		}
		this.auditLog.record(AuditAction.UPDATE, ENTITY, id, "SELF_REPORT=START");
		return true;
	}

	/**
	 * The questionnaire of a begun assessment, without anything about the recipient;
	 * empty if it is completed.
	 */
	@Transactional(readOnly = true)
	public Optional<AssessmentQuestionnaire> questionnaire(StaffUser user, long id) {
		Assessment assessment = inScope(user, id, AuditAction.READ);
		return assessment.isCompleted() ? Optional.empty()
				: Optional.of(new AssessmentQuestionnaire(instrumentOf(assessment)));
	}

	/**
	 * The staff member took the device back (with their password, or signing in again).
	 */
	@Transactional
	public void selfReportUnlocked(long id, String via) {
		this.auditLog.record(AuditAction.UPDATE, ENTITY, id, "SELF_REPORT=UNLOCK;VIA=" + via);
	}

	/**
	 * A wrong password given to end the self-report screen, or one not checked because
	 * every attempt was used; committed on its own.
	 */
	public void selfReportUnlockRefused(long id, PasswordConfirmation check) {
		if (check.outcome() == PasswordConfirmation.Outcome.NOT_CHECKED) {
			this.auditLog.recordRefusal(AuditAction.UPDATE, ENTITY, id, AuditOutcome.DENIED,
					"SELF_REPORT=UNLOCK;REASON=NO_ATTEMPTS_LEFT");
		}
		else {
			this.auditLog.recordRefusal(AuditAction.UPDATE, ENTITY, id, AuditOutcome.FAILURE,
					"SELF_REPORT=UNLOCK;REASON=BAD_PASSWORD;ATTEMPT=" + check.attempt());
		}
	}

	/**
	 * Another page asked for while the self-report screen is locked (Back, an address
	 * typed in); committed on its own.
	 */
	public void selfReportLeaveRefused(long id) {
		this.auditLog.recordRefusal(AuditAction.READ, ENTITY, id, AuditOutcome.DENIED, "SELF_REPORT=LOCKED");
	}

	private AssessmentView view(Assessment assessment) {
		long id = Objects.requireNonNull(assessment.getId());
		InstrumentDefinition instrument = instrumentOf(assessment);
		CourseFacts course = this.queries.course(assessment.getCourseId()).orElseThrow();
		List<AssessmentView.Score> scores = Arrays.stream(ChimeDimension.values())
			.filter((dimension) -> instrument.items().stream().anyMatch((item) -> item.chime() == dimension))
			.map((dimension) -> new AssessmentView.Score(dimension, assessment.score(dimension)))
			.toList();
		return new AssessmentView(id, assessment.getRecipientId(),
				this.queries.recipientLabel(assessment.getRecipientId()), course.id(), course.kind(), course.title(),
				assessment.getTimepoint(), assessment.getAnsweredOn(), assessment.getRespondent(),
				assessment.getStatus(), new AssessmentQuestionnaire(instrument), assessment.answers(),
				assessment.getAnsweredItems(), scores);
	}

	private InstrumentDefinition instrumentOf(Assessment assessment) {
		return this.instruments.definition(assessment.getInstrumentId()).orElseThrow();
	}

	/**
	 * An assessment the user may work with; 404 (audited) for one that does not exist, is
	 * out of scope, or for a role that sees no assessments.
	 */
	private Assessment inScope(StaffUser user, long id, AuditAction action) {
		Optional<Assessment> found = this.assessments.findById(id);
		boolean allowed = found.isPresent() && switch (user.getRole()) {
			case COORDINATOR -> Objects.equals(user.getOrganisationId(), found.get().getOrganisationId());
			case PEER_WORKER -> this.queries.isPeerWorkerOf(found.get().getCourseId(), user.getPeerWorkerId());
			case ADMIN, MANAGER, AUDITOR -> false;
		};
		if (!allowed) {
			this.auditLog.recordRefusal(action, ENTITY, id, AuditOutcome.DENIED,
					(found.isPresent() && (user.getRole() == Role.ADMIN || user.getRole() == Role.MANAGER))
							? "REASON=ROLE" : "REASON=OUT_OF_SCOPE");
			throw new NotFoundException();
		}
		return found.get();
	}

	/**
	 * The course, if the recipient is in it and the user works with it; 404 (audited)
	 * otherwise.
	 */
	private CourseFacts courseInScope(Actor actor, long courseId, long recipientId, AuditAction action) {
		Optional<CourseFacts> course = this.queries.course(courseId);
		boolean allowed = course.isPresent() && this.queries.isRecipientOf(courseId, recipientId)
				&& (actor.isCoordinator() ? Objects.equals(actor.organisationId(), course.get().organisationId())
						: this.queries.isPeerWorkerOf(courseId, actor.peerWorkerId()));
		if (!allowed) {
			this.auditLog.recordRefusal(action, "COURSE", courseId, AuditOutcome.DENIED, "REASON=OUT_OF_SCOPE");
			throw new NotFoundException();
		}
		return course.get();
	}

	/**
	 * Who is asking: a coordinator of an organisation or a peer worker (with their peer
	 * worker record, if linked); anyone else is refused (403).
	 */
	private Actor actor(StaffUser user, AuditAction action) {
		if (user.getRole() == Role.COORDINATOR && user.getOrganisationId() != null) {
			return new Actor(user.getOrganisationId(), null);
		}
		if (user.getRole() == Role.PEER_WORKER) {
			return new Actor(null, user.getPeerWorkerId());
		}
		this.auditLog.recordRefusal(action, ENTITY, null, AuditOutcome.DENIED, "REASON=ROLE");
		throw new AccessDeniedException("AssessmentService are for coordinators and peer workers");
	}

	/** Scope for the recipient's timeline: none for a role that sees no assessments. */
	Optional<Actor> timelineActor(StaffUser user) {
		return switch (user.getRole()) {
			case COORDINATOR -> Optional.ofNullable(user.getOrganisationId()).map((org) -> new Actor(org, null));
			case PEER_WORKER -> Optional.of(new Actor(null, user.getPeerWorkerId()));
			case ADMIN, MANAGER, AUDITOR -> Optional.empty();
		};
	}

	record Actor(@Nullable Long organisationId, @Nullable Long peerWorkerId) {

		boolean isCoordinator() {
			return this.organisationId != null;
		}

	}

}
