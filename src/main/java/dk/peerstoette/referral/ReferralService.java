package dk.peerstoette.referral;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import dk.peerstoette.audit.AuditAction;
import dk.peerstoette.audit.AuditLog;
import dk.peerstoette.audit.AuditOutcome;
import dk.peerstoette.audit.ShownRecords;
import dk.peerstoette.course.HandoverCourse;
import dk.peerstoette.course.MentorHandovers;
import dk.peerstoette.partnership.ManagedListDirectory;
import dk.peerstoette.partnership.PartnerUnit;
import dk.peerstoette.partnership.ProgrammeDirectory;
import dk.peerstoette.recipient.RecipientDirectory;
import dk.peerstoette.recipient.RecipientLabel;
import dk.peerstoette.recipient.SharedRecipient;
import dk.peerstoette.security.Role;
import dk.peerstoette.security.StaffUser;
import dk.peerstoette.web.ConcurrentChangeException;
import dk.peerstoette.web.FormProblems;
import dk.peerstoette.web.NotFoundException;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Referrals as coordinators make and decide them. Only coordinators take part: a peer
 * worker, a manager or an administrator is refused (403). The referring organisation
 * refers its own recipients and sees its referrals with their outcome; the receiving
 * organisation sees a referral to it while it is not declined and a consent to sharing
 * with it holds, and accepts or declines it. Anyone else gets 404. Every step, and every
 * refusal, is audited; what a list or page shows of a recipient is audited as shown.
 */
@Service
class ReferralService {

	static final String ENTITY = "REFERRAL";

	static final String RECIPIENT = "RECIPIENT";

	/** A referral that is not declined. */
	private static final Set<ReferralStatus> OPEN = EnumSet.of(ReferralStatus.PENDING, ReferralStatus.ACCEPTED);

	private final ReferralRepository referrals;

	private final WaitingEntryRepository entries;

	private final ReferralQueries queries;

	private final RecipientDirectory recipients;

	private final ProgrammeDirectory structure;

	private final ManagedListDirectory lists;

	private final AuditLog auditLog;

	private final MentorHandovers handovers;

	private final Clock clock;

	ReferralService(ReferralRepository referrals, WaitingEntryRepository entries, ReferralQueries queries,
			RecipientDirectory recipients, ProgrammeDirectory structure, ManagedListDirectory lists, AuditLog auditLog,
			MentorHandovers handovers, Clock clock) {
		this.handovers = handovers;
		this.referrals = referrals;
		this.entries = entries;
		this.queries = queries;
		this.recipients = recipients;
		this.structure = structure;
		this.lists = lists;
		this.auditLog = auditLog;
		this.clock = clock;
	}

	/**
	 * What the referral form needs: the recipient (one of the coordinator's organisation)
	 * and the units of today's partner organisations.
	 */
	@Transactional(readOnly = true)
	public ReferralChoices choices(StaffUser user, @Nullable Long recipientId) {
		long organisationId = coordinatorsOrganisation(user, AuditAction.CREATE);
		RecipientLabel recipient = null;
		List<HandoverCourse> mentorCourses = List.of();
		if (recipientId != null) {
			recipient = ownRecipient(recipientId, organisationId, user, AuditAction.CREATE);
			mentorCourses = this.handovers.handoverChoices(organisationId, recipientId)
				.stream()
				.filter((course) -> !this.referrals.existsByCourseIdAndStatusIn(course.id(), OPEN))
				.toList();
		}
		return new ReferralChoices(recipient, this.structure.partnerUnits(organisationId, today()), mentorCourses);
	}

	/**
	 * Refers the coordinator's recipient to a unit of a partner organisation. Refused
	 * next to the unit: a unit of no partner organisation today, a recipient without a
	 * consent to sharing with that organisation today, or one already referred there and
	 * not declined. A recipient of another organisation is 404.
	 */
	@Transactional
	public long refer(StaffUser user, ReferralForm form, FormProblems problems) {
		long organisationId = coordinatorsOrganisation(user, AuditAction.CREATE);
		Long recipientId = form.getRecipientId();
		if (recipientId != null) {
			ownRecipient(recipientId, organisationId, user, AuditAction.CREATE);
		}
		LocalDate today = today();
		Long unitId = form.getUnitId();
		Long toOrganisationId = null;
		Long partnershipId = null;
		if (unitId != null) {
			toOrganisationId = this.structure.organisationOfActiveUnit(unitId)
				.filter((organisation) -> organisation != organisationId)
				.orElse(null);
			partnershipId = (toOrganisationId != null)
					? this.structure.sharedPartnership(organisationId, toOrganisationId, today).orElse(null) : null;
			if (toOrganisationId == null || partnershipId == null) {
				problems.add("unitId", "referral.unit.notPartner");
			}
			else if (recipientId != null && !this.recipients.sharesWith(recipientId, toOrganisationId, today)) {
				problems.add("unitId", "referral.consent.missing", this.structure.organisationName(toOrganisationId));
			}
			else if (recipientId != null && this.referrals
				.existsByRecipientIdAndToOrganisationIdAndStatusIn(recipientId, toOrganisationId, OPEN)) {
				problems.add("unitId", "referral.alreadyReferred");
			}
		}
		// A mentor course handed over: the recipient's own, not continued and not handed
		// over by another open referral.
		Long courseId = form.getCourseId();
		if (courseId != null && recipientId != null
				&& (this.handovers.handoverChoice(courseId, organisationId, recipientId).isEmpty()
						|| this.referrals.existsByCourseIdAndStatusIn(courseId, OPEN))) {
			problems.add("courseId", "referral.course.unknown");
		}
		problems.throwIfAny();
		Referral referral = this.referrals.saveAndFlush(new Referral(Objects.requireNonNull(recipientId),
				organisationId, Objects.requireNonNull(unitId), Objects.requireNonNull(toOrganisationId),
				Objects.requireNonNull(partnershipId), form.getReason(), courseId, today, user.getId()));
		long id = Objects.requireNonNull(referral.getId());
		this.auditLog.record(AuditAction.CREATE, ENTITY, id,
				"TO_ORGANISATION=" + toOrganisationId + ";PARTNERSHIP=" + partnershipId
						+ ((courseId != null) ? ";HANDS_OVER_COURSE=" + courseId : ""),
				ShownRecords.of(RECIPIENT, List.of(recipientId)));
		return id;
	}

	/** The referrals made to the coordinator's organisation that it still sees. */
	@Transactional
	public Page<ReferralRow> incoming(StaffUser user, ReferralListQuery query, Pageable pageable) {
		long organisationId = coordinatorsOrganisation(user, AuditAction.SEARCH);
		Page<ReferralRow> page = this.queries.incoming(organisationId, query, today(), pageable);
		recordShown(page, query, pageable, "INCOMING");
		return page;
	}

	/** The referrals the coordinator's organisation made, with their outcome. */
	@Transactional
	public Page<ReferralRow> outgoing(StaffUser user, ReferralListQuery query, Pageable pageable) {
		long organisationId = coordinatorsOrganisation(user, AuditAction.SEARCH);
		Page<ReferralRow> page = this.queries.outgoing(organisationId, query, pageable);
		recordShown(page, query, pageable, "OUTGOING");
		return page;
	}

	private void recordShown(Page<ReferralRow> page, ReferralListQuery query, Pageable pageable, String list) {
		this.auditLog.recordShown(ENTITY,
				ShownRecords.of(ENTITY, page.getContent().stream().map(ReferralRow::id).toList())
					.and(RECIPIENT, page.getContent().stream().map(ReferralRow::recipientId).toList()),
				query.criteria().and(pageable), "RESULTS=" + page.getTotalElements() + ";LIST=" + list);
	}

	/** A referral's page, for the referring or the receiving organisation. */
	@Transactional
	public ReferralView read(StaffUser user, long id, Locale locale) {
		long organisationId = coordinatorsOrganisation(user, AuditAction.READ);
		Referral referral = this.referrals.findById(id).orElseThrow(() -> refused(AuditAction.READ, id));
		ReferralView view;
		if (referral.getFromOrganisationId() == organisationId) {
			RecipientLabel label = Objects
				.requireNonNull(this.recipients.labels(List.of(referral.getRecipientId()), user.getRole())
					.get(referral.getRecipientId()));
			view = view(referral, false, label.label(), null, null);
		}
		else {
			SharedRecipient shared = receivedShared(referral, organisationId, AuditAction.READ);
			view = view(referral, true, shared.alias(), shared.birthYear(),
					this.lists.names(List.of(shared.targetGroupId()), locale).get(shared.targetGroupId()));
		}
		this.auditLog.record(AuditAction.READ, ENTITY, id, view.receiving() ? "AS=RECEIVER" : "AS=REFERRER",
				ShownRecords.of(RECIPIENT, List.of(referral.getRecipientId())));
		return view;
	}

	/**
	 * Accepts a referral to the coordinator's organisation: the recipient goes on the
	 * unit's waiting list from today. Refused if it was decided already, if someone else
	 * decided it since the page was read, or if the organisations no longer share a
	 * partnership.
	 */
	@Transactional
	public void accept(StaffUser user, long id, long version) {
		long organisationId = coordinatorsOrganisation(user, AuditAction.UPDATE);
		Referral referral = receivable(user, id, organisationId, version);
		// The referral refuses a second decision itself.
		referral.accept(today(), user.getId());
		this.referrals.flush();
		this.entries
			.saveAndFlush(WaitingEntry.referred(organisationId, referral.getToUnitId(), id, today(), user.getId()));
		this.auditLog.record(AuditAction.UPDATE, ENTITY, id, "DECISION=ACCEPTED",
				ShownRecords.of(RECIPIENT, List.of(referral.getRecipientId())));
	}

	/** Declines a referral to the coordinator's organisation, with a reason. */
	@Transactional
	public void decline(StaffUser user, long id, DeclineForm form, FormProblems problems) {
		long organisationId = coordinatorsOrganisation(user, AuditAction.UPDATE);
		Referral referral = receivable(user, id, organisationId, form.getVersion());
		problems.throwIfAny();
		referral.decline(today(), user.getId(), form.getDeclineReason());
		this.referrals.flush();
		this.auditLog.record(AuditAction.UPDATE, ENTITY, id, "DECISION=DECLINED",
				ShownRecords.of(RECIPIENT, List.of(referral.getRecipientId())));
	}

	/** The referral, for the receiving organisation about to decide it. */
	private Referral receivable(StaffUser user, long id, long organisationId, long version) {
		Referral referral = this.referrals.findById(id)
			.filter((found) -> found.getToOrganisationId() == organisationId)
			.orElseThrow(() -> refused(AuditAction.UPDATE, id));
		receivedShared(referral, organisationId, AuditAction.UPDATE);
		if (referral.getVersion() != version) {
			this.auditLog.recordRefusal(AuditAction.UPDATE, ENTITY, id, AuditOutcome.FAILURE,
					"REASON=CONCURRENT_CHANGE");
			throw new ConcurrentChangeException();
		}
		if (this.structure.sharedPartnership(referral.getFromOrganisationId(), organisationId, today()).isEmpty()) {
			this.auditLog.recordRefusal(AuditAction.UPDATE, ENTITY, id, AuditOutcome.FAILURE, "REASON=NO_PARTNERSHIP");
			throw FormProblems.rejected("", "referral.partnershipEnded");
		}
		return referral;
	}

	/**
	 * What the receiving organisation sees of the referral's recipient: only while the
	 * referral is addressed to it, not declined, and the consent to sharing holds; else
	 * 404.
	 */
	private SharedRecipient receivedShared(Referral referral, long organisationId, AuditAction action) {
		long id = Objects.requireNonNull(referral.getId());
		Optional<SharedRecipient> shared = (referral.getToOrganisationId() == organisationId
				&& referral.getStatus() != ReferralStatus.DECLINED)
						? this.recipients.sharedWith(referral.getRecipientId(), organisationId, today())
						: Optional.empty();
		return shared.orElseThrow(() -> refused(action, id));
	}

	private ReferralView view(Referral referral, boolean receiving, String name, @Nullable Integer birthYear,
			@Nullable String targetGroup) {
		return new ReferralView(Objects.requireNonNull(referral.getId()), referral.getStatus(), receiving,
				referral.getRecipientId(), name, birthYear, targetGroup,
				this.structure.organisationName(referral.getFromOrganisationId()),
				this.structure.organisationName(referral.getToOrganisationId()),
				this.structure.unitNames(List.of(referral.getToUnitId())).getOrDefault(referral.getToUnitId(), ""),
				referral.getReason(),
				(referral.getCourseId() != null) ? this.handovers.handedOver(referral.getCourseId()).orElse(null)
						: null,
				this.entries.findByReferralId(Objects.requireNonNull(referral.getId()))
					.map((entry) -> new ReferralView.WaitingOutcome(entry.getEnteredOn(), entry.getLeftOn(),
							entry.getLeftReason()))
					.orElse(null),
				referral.getReferredOn(), referral.getDecidedOn(), referral.getDeclineReason(), referral.getVersion());
	}

	/** The recipient, if it is one of the organisation's own; else 404, audited. */
	private RecipientLabel ownRecipient(long recipientId, long organisationId, StaffUser user, AuditAction action) {
		if (!this.recipients.allIn(List.of(recipientId), organisationId)) {
			this.auditLog.recordRefusal(action, RECIPIENT, recipientId, AuditOutcome.DENIED, "REASON=OUT_OF_SCOPE");
			throw new NotFoundException();
		}
		return Objects.requireNonNull(this.recipients.labels(List.of(recipientId), user.getRole()).get(recipientId));
	}

	/** Only a coordinator of an organisation refers and receives; anyone else 403. */
	long coordinatorsOrganisation(StaffUser user, AuditAction action) {
		if (user.getRole() != Role.COORDINATOR || user.getOrganisationId() == null) {
			this.auditLog.recordRefusal(action, ENTITY, null, AuditOutcome.DENIED, "REASON=ROLE");
			throw new AccessDeniedException("Only coordinators refer and receive referrals");
		}
		return user.getOrganisationId();
	}

	private NotFoundException refused(AuditAction action, long id) {
		this.auditLog.recordRefusal(action, ENTITY, id, AuditOutcome.DENIED, "REASON=OUT_OF_SCOPE");
		return new NotFoundException();
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

}
