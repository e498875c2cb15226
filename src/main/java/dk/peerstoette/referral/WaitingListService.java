package dk.peerstoette.referral;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

import dk.peerstoette.audit.AuditAction;
import dk.peerstoette.audit.AuditLog;
import dk.peerstoette.audit.AuditOutcome;
import dk.peerstoette.audit.SearchCriteria;
import dk.peerstoette.audit.ShownRecords;
import dk.peerstoette.course.CourseKind;
import dk.peerstoette.course.CourseStarted;
import dk.peerstoette.course.MentorHandovers;
import dk.peerstoette.partnership.Choice;
import dk.peerstoette.partnership.ProgrammeDirectory;
import dk.peerstoette.recipient.RecipientDirectory;
import dk.peerstoette.recipient.RecipientLabel;
import dk.peerstoette.recipient.ReferredRegistration;
import dk.peerstoette.recipient.SharedRecipient;
import dk.peerstoette.security.StaffUser;
import dk.peerstoette.web.ConcurrentChangeException;
import dk.peerstoette.web.FormProblems;
import dk.peerstoette.web.NotFoundException;

import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The units' waiting lists, a coordinator's own organisation's only (others are refused
 * as referrals are). An accepted referral comes on the list by itself; own intake is put
 * on it by hand. A course started for a recipient in a unit takes their place off that
 * unit's list; a referred recipient is first registered in the organisation.
 */
@Service
class WaitingListService {

	static final String ENTITY = "WAITING_ENTRY";

	private final WaitingEntryRepository entries;

	private final ReferralRepository referrals;

	private final ReferralQueries queries;

	private final ReferralService referralService;

	private final RecipientDirectory recipients;

	private final ReferredRegistration registration;

	private final ProgrammeDirectory structure;

	private final AuditLog auditLog;

	private final MentorHandovers handovers;

	private final Clock clock;

	WaitingListService(WaitingEntryRepository entries, ReferralRepository referrals, ReferralQueries queries,
			ReferralService referralService, RecipientDirectory recipients, ReferredRegistration registration,
			ProgrammeDirectory structure, MentorHandovers handovers, AuditLog auditLog, Clock clock) {
		this.handovers = handovers;
		this.entries = entries;
		this.referrals = referrals;
		this.queries = queries;
		this.referralService = referralService;
		this.recipients = recipients;
		this.registration = registration;
		this.structure = structure;
		this.auditLog = auditLog;
		this.clock = clock;
	}

	/** The open places on the organisation's lists, of one unit if asked. */
	@Transactional
	public Page<WaitingRow> list(StaffUser user, @Nullable Long unitId, Pageable pageable) {
		long organisationId = this.referralService.coordinatorsOrganisation(user, AuditAction.SEARCH);
		Page<WaitingRow> page = this.queries.waiting(organisationId, unitId, today(), pageable);
		this.auditLog.recordShown(ENTITY,
				ShownRecords.of(ENTITY, page.getContent().stream().map(WaitingRow::id).toList())
					.and(ReferralService.RECIPIENT,
							page.getContent()
								.stream()
								.flatMap((row) -> Stream.of(row.recipientId(), row.sharedRecipientId()))
								.filter(Objects::nonNull)
								.map(Long.class::cast)
								.toList()),
				SearchCriteria.of("unit", unitId).and(pageable), "RESULTS=" + page.getTotalElements());
		return page;
	}

	/** The organisation's active units, for the list's filter and the intake form. */
	@Transactional(readOnly = true)
	public List<Choice> units(StaffUser user) {
		return this.structure.unitChoices(this.referralService.coordinatorsOrganisation(user, AuditAction.READ));
	}

	/**
	 * Puts the organisation's own recipient on a unit's list, from a day that has come;
	 * refused if they already wait there.
	 */
	@Transactional
	public long addIntake(StaffUser user, IntakeForm form, FormProblems problems) {
		long organisationId = this.referralService.coordinatorsOrganisation(user, AuditAction.CREATE);
		LocalDate today = today();
		RecipientLabel recipient = null;
		if (!form.getRecipientNumber().isEmpty()) {
			recipient = this.recipients.findByNumber(form.getRecipientNumber(), organisationId).orElse(null);
			if (recipient == null) {
				problems.add("recipientNumber", "referral.waiting.recipient.unknown");
			}
		}
		Long unitId = form.getUnitId();
		if (unitId != null && !this.structure.isActiveUnitOf(unitId, organisationId)) {
			problems.add("unitId", "referral.waiting.unit.unknown");
		}
		LocalDate enteredOn = form.getEnteredOn();
		if (enteredOn == null) {
			problems.add("enteredOn", "referral.waiting.enteredOn.required");
		}
		else if (enteredOn.isAfter(today)) {
			problems.add("enteredOn", "referral.waiting.enteredOn.future");
		}
		if (recipient != null && unitId != null && !problems.has("unitId")
				&& this.entries.existsByUnitIdAndRecipientIdAndLeftOnIsNull(unitId, recipient.id())) {
			problems.add("recipientNumber", "referral.waiting.alreadyWaiting");
		}
		problems.throwIfAny();
		WaitingEntry entry = this.entries
			.saveAndFlush(WaitingEntry.intake(organisationId, Objects.requireNonNull(unitId),
					Objects.requireNonNull(recipient).id(), Objects.requireNonNull(enteredOn), user.getId()));
		long id = Objects.requireNonNull(entry.getId());
		this.auditLog.record(AuditAction.CREATE, ENTITY, id, "VIA=INTAKE",
				ShownRecords.of(ReferralService.RECIPIENT, List.of(recipient.id())));
		return id;
	}

	/**
	 * The referred recipient of a waiting place, as far as the consent to sharing lets
	 * the organisation see them, for the registration form.
	 */
	@Transactional
	public WaitingPlace readReferred(StaffUser user, long id) {
		long organisationId = this.referralService.coordinatorsOrganisation(user, AuditAction.READ);
		WaitingEntry entry = referredEntry(id, organisationId, AuditAction.READ);
		Referral referral = this.referrals.findById(Objects.requireNonNull(entry.getReferralId())).orElseThrow();
		SharedRecipient shared = this.recipients.sharedWith(referral.getRecipientId(), organisationId, today())
			.orElseThrow(() -> refused(AuditAction.READ, id));
		this.auditLog.record(AuditAction.READ, ENTITY, id, "VIEW=REGISTER",
				ShownRecords.of(ReferralService.RECIPIENT, List.of(referral.getRecipientId())));
		return place(entry, shared.alias());
	}

	/**
	 * An open place of the organisation, for the form that takes it off the list: the own
	 * recipient by label, a referred one by alias while the consent to sharing holds (as
	 * the list shows them); else 404.
	 */
	@Transactional
	public WaitingPlace readOpen(StaffUser user, long id) {
		long organisationId = this.referralService.coordinatorsOrganisation(user, AuditAction.READ);
		WaitingEntry entry = openEntry(id, organisationId, AuditAction.READ);
		long shown = shownRecipient(entry);
		String name = (entry.getRecipientId() != null)
				? Objects.requireNonNull(this.recipients.labels(List.of(shown), user.getRole()).get(shown)).label()
				: this.recipients.sharedWith(shown, organisationId, today())
					.orElseThrow(() -> refused(AuditAction.READ, id))
					.alias();
		this.auditLog.record(AuditAction.READ, ENTITY, id, "VIEW=REMOVE",
				ShownRecords.of(ReferralService.RECIPIENT, List.of(shown)));
		return place(entry, name);
	}

	/**
	 * Takes an open place off its list by hand, with a reason: the person no longer wants
	 * support, was helped elsewhere, could not be reached, or another reason. It no
	 * longer counts for the waiting time, which only places that led to a course have.
	 */
	@Transactional
	public void remove(StaffUser user, long id, RemoveForm form, FormProblems problems) {
		long organisationId = this.referralService.coordinatorsOrganisation(user, AuditAction.UPDATE);
		WaitingEntry entry = openEntry(id, organisationId, AuditAction.UPDATE);
		if (entry.getRecipientId() == null
				&& !this.recipients.sharesWith(shownRecipient(entry), organisationId, today())) {
			throw refused(AuditAction.UPDATE, id);
		}
		if (entry.getVersion() != form.getVersion()) {
			this.auditLog.recordRefusal(AuditAction.UPDATE, ENTITY, id, AuditOutcome.FAILURE,
					"REASON=CONCURRENT_CHANGE");
			throw new ConcurrentChangeException();
		}
		LeftReason reason = form.getReason();
		if (reason == null || reason == LeftReason.COURSE_STARTED) {
			problems.add("reason", "referral.waiting.left.required");
		}
		problems.throwIfAny();
		entry.removed(Objects.requireNonNull(reason), today());
		this.entries.flush();
		this.auditLog.record(AuditAction.UPDATE, ENTITY, id, "LEFT=" + reason,
				ShownRecords.of(ReferralService.RECIPIENT, List.of(shownRecipient(entry))));
	}

	private WaitingPlace place(WaitingEntry entry, String name) {
		long unitId = entry.getUnitId();
		return new WaitingPlace(Objects.requireNonNull(entry.getId()), unitId,
				this.structure.unitNames(List.of(unitId)).getOrDefault(unitId, ""), name, entry.getEnteredOn(),
				entry.getVersion());
	}

	/** The organisation's own recipient of a place, or else the referred one. */
	private long shownRecipient(WaitingEntry entry) {
		if (entry.getRecipientId() != null) {
			return entry.getRecipientId();
		}
		return this.referrals.findById(Objects.requireNonNull(entry.getReferralId())).orElseThrow().getRecipientId();
	}

	/** An open place of the organisation; else 404. */
	private WaitingEntry openEntry(long id, long organisationId, AuditAction action) {
		return this.entries.findById(id)
			.filter((entry) -> entry.getOrganisationId() == organisationId && entry.getLeftOn() == null)
			.orElseThrow(() -> refused(action, id));
	}

	/**
	 * Registers a waiting referred recipient in the organisation, with their consent to
	 * registration here, so that a course can start for them.
	 * @return the organisation's new recipient and the unit they wait for
	 */
	@Transactional
	public Registered register(StaffUser user, long id, RegisterForm form, FormProblems problems) {
		long organisationId = this.referralService.coordinatorsOrganisation(user, AuditAction.UPDATE);
		WaitingEntry entry = referredEntry(id, organisationId, AuditAction.UPDATE);
		Referral referral = this.referrals.findById(Objects.requireNonNull(entry.getReferralId())).orElseThrow();
		long recipientId = this.registration.register(referral.getRecipientId(), entry.getUnitId(),
				form.getConsentGivenOn(), form.getConsentMethod(), form.getConsentExpiresOn(), user, problems);
		entry.registered(recipientId);
		this.entries.flush();
		this.auditLog.record(AuditAction.UPDATE, ENTITY, id, "REGISTERED",
				ShownRecords.of(ReferralService.RECIPIENT, List.of(recipientId, referral.getRecipientId())));
		return new Registered(recipientId, entry.getUnitId(), referral.getCourseId() != null);
	}

	/** A course started: the places of its recipients on its unit's list are left. */
	@EventListener
	void courseStarted(CourseStarted course) {
		if (course.recipientIds().isEmpty()) {
			return;
		}
		for (WaitingEntry entry : this.entries.findByOrganisationIdAndUnitIdAndRecipientIdInAndLeftOnIsNull(
				course.organisationId(), course.unitId(), course.recipientIds())) {
			entry.started(course.courseId(), today());
			this.auditLog.record(AuditAction.UPDATE, ENTITY, Objects.requireNonNull(entry.getId()),
					"LEFT=COURSE_STARTED;COURSE=" + course.courseId());
			handOver(entry, course);
		}
		this.entries.flush();
	}

	/**
	 * A mentor course started from the place of a referral that hands over a mentor
	 * course continues that course: the two are one shared mentor course.
	 */
	private void handOver(WaitingEntry entry, CourseStarted course) {
		Long handedOver = Optional.ofNullable(entry.getReferralId())
			.flatMap(this.referrals::findById)
			.map(Referral::getCourseId)
			.orElse(null);
		if (handedOver != null && course.kind() == CourseKind.MENTOR
				&& this.handovers.continueFrom(course.courseId(), handedOver)) {
			this.auditLog.record(AuditAction.UPDATE, "COURSE", course.courseId(), "CONTINUES_COURSE=" + handedOver);
		}
	}

	/**
	 * An open place of the organisation that holds a referral not yet registered here,
	 * whose consent to sharing holds; else 404.
	 */
	private WaitingEntry referredEntry(long id, long organisationId, AuditAction action) {
		return this.entries.findById(id)
			.filter((entry) -> entry.getOrganisationId() == organisationId && entry.getLeftOn() == null
					&& entry.getReferralId() != null && entry.getRecipientId() == null)
			.orElseThrow(() -> refused(action, id));
	}

	private NotFoundException refused(AuditAction action, long id) {
		this.auditLog.recordRefusal(action, ENTITY, id, AuditOutcome.DENIED, "REASON=OUT_OF_SCOPE");
		return new NotFoundException();
	}

	/** The business day, a form's first value. */
	LocalDate today() {
		return LocalDate.now(this.clock);
	}

	/**
	 * A referred recipient registered here, the unit whose list they wait on, and whether
	 * the referral hands over a mentor course (which the course to start continues).
	 */
	record Registered(long recipientId, long unitId, boolean handsOverMentorCourse) {
	}

}
