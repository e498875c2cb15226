package dk.peerstoette.recipient;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

import dk.peerstoette.audit.AuditAction;
import dk.peerstoette.audit.AuditLog;
import dk.peerstoette.audit.AuditOutcome;
import dk.peerstoette.audit.SearchCriteria;
import dk.peerstoette.audit.ShownRecords;
import dk.peerstoette.partnership.Choice;
import dk.peerstoette.partnership.ListName;
import dk.peerstoette.partnership.ManagedListDirectory;
import dk.peerstoette.partnership.ProgrammeDirectory;
import dk.peerstoette.peer.PeerDirectory;
import dk.peerstoette.security.Role;
import dk.peerstoette.security.StaffUser;
import dk.peerstoette.web.FormProblems;
import dk.peerstoette.web.ListPages;
import dk.peerstoette.web.NotFoundException;
import dk.peerstoette.web.SearchOption;
import dk.peerstoette.web.WithdrawalForm;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recipients' records as staff see and change them. Scope: a coordinator sees and changes
 * the recipients of their own organisation; a peer worker reads those they are assigned
 * to through a course; a manager or an administrator reads none. Every read, search and
 * change is audited, and every refusal too.
 */
@Service
class RecipientService implements RecipientSearch, ReferredRegistration {

	static final String ENTITY = "RECIPIENT";

	private final RecipientRepository recipients;

	private final RecipientListQueries rows;

	private final ConsentRepository consents;

	private final RecipientAssignments assignments;

	private final ProgrammeDirectory structure;

	private final ManagedListDirectory lists;

	private final AuditLog auditLog;

	private final MessageSource messages;

	private final Clock clock;

	private final PeerDirectory peers;

	RecipientService(RecipientRepository recipients, RecipientListQueries rows, ConsentRepository consents,
			RecipientAssignments assignments, ProgrammeDirectory structure, ManagedListDirectory lists,
			AuditLog auditLog, MessageSource messages, Clock clock, PeerDirectory peers) {
		this.peers = peers;
		this.recipients = recipients;
		this.rows = rows;
		this.consents = consents;
		this.assignments = assignments;
		this.structure = structure;
		this.lists = lists;
		this.auditLog = auditLog;
		this.messages = messages;
		this.clock = clock;
	}

	/** One page of the recipients the user may see; 403 for a role that sees none. */
	@Transactional
	public Page<RecipientRow> list(RecipientListQuery query, Pageable pageable, StaffUser user) {
		Scope scope = scopeOf(user);
		if (scope == null) {
			this.auditLog.recordRefusal(AuditAction.SEARCH, ENTITY, null, AuditOutcome.DENIED, "REASON=ROLE");
			throw new AccessDeniedException("No recipient records for this role");
		}
		Set<Long> ids = scope.recipientIds();
		if (query.peerWorkerId() != null) {
			Set<Long> ofPeer = this.assignments.recipientIdsOfPeerWorker(query.peerWorkerId());
			if (ids == null) {
				ids = ofPeer;
			}
			else {
				ids = new HashSet<>(ids);
				ids.retainAll(ofPeer);
			}
		}
		Page<RecipientRow> page;
		if (ids != null && ids.isEmpty()) {
			page = Page.empty(pageable);
		}
		else {
			String pattern = ListPages.containsPattern(query.text());
			Boolean consent = (query.consent() != null) ? query.consent() == ConsentFilter.ACTIVE : null;
			page = this.rows.page(scope.organisationId(), ids, pattern, query.unitId(), query.targetGroupId(), consent,
					ConsentKind.REGISTRATION, today(), pageable);
		}
		this.auditLog.recordShown(ENTITY,
				ShownRecords.of(ENTITY, page.getContent().stream().map(RecipientRow::id).toList()),
				SearchCriteria.of("q", query.text())
					.and("unit", query.unitId())
					.and("targetGroup", query.targetGroupId())
					.and("peerWorker", query.peerWorkerId())
					.and("consent", query.consent())
					.and(pageable),
				"RESULTS=" + page.getTotalElements());
		return page;
	}

	/**
	 * The list page: a page of the list and every choice of its filters, in one
	 * transaction.
	 */
	@Transactional
	public RecipientListPage listPage(RecipientListQuery query, Pageable pageable, StaffUser user, Locale locale) {
		Page<RecipientRow> page = list(query, pageable, user);
		Long organisationId = user.getOrganisationId();
		boolean coordinator = user.getRole() == Role.COORDINATOR;
		return new RecipientListPage(page, this.lists
			.names(page.getContent().stream().map(RecipientRow::targetGroupId).collect(Collectors.toSet()), locale),
				(organisationId != null) ? this.structure.unitChoices(organisationId) : List.of(),
				this.lists.choices(ListName.TARGET_GROUP, locale),
				(coordinator && organisationId != null) ? this.peers.activeChoices(organisationId) : List.of());
	}

	@Override
	@Transactional
	public List<SearchOption> find(StaffUser user, String text, @Nullable ConsentKind consent, String via,
			Locale locale) {
		Scope scope = scopeOf(user);
		if (scope == null) {
			this.auditLog.recordRefusal(AuditAction.SEARCH, ENTITY, null, AuditOutcome.DENIED, "REASON=ROLE");
			throw new AccessDeniedException("No recipient records for this role");
		}
		String stripped = text.strip();
		if (stripped.length() < 2) {
			return List.of();
		}
		Set<Long> ids = scope.recipientIds();
		List<Recipient> found = (ids != null && ids.isEmpty()) ? List.of()
				: this.recipients.search(Objects.requireNonNull(ListPages.containsPattern(stripped)),
						scope.organisationId(), ids != null, (ids != null) ? ids : Set.of(-1L),
						PageRequest.of(0, LIMIT));
		Map<Long, String> units = this.structure
			.unitNames(found.stream().map(Recipient::getUnitId).distinct().toList());
		LocalDate today = today();
		List<SearchOption> options = found.stream().map((recipient) -> {
			long id = Objects.requireNonNull(recipient.getId());
			return new SearchOption(id, recipient.getInternalNumber(), recipient.label().toString(),
					detail(id, units.getOrDefault(recipient.getUnitId(), ""), locale),
					consent != null && !this.consents.holdsOn(id, consent, today));
		}).toList();
		this.auditLog.recordShown(ENTITY, ShownRecords.of(ENTITY, options.stream().map(SearchOption::id).toList()),
				SearchCriteria.of("q", stripped).and("consent", consent), "RESULTS=" + options.size() + ";VIA=" + via);
		return options;
	}

	/** The unit, and the latest course's kind and start, to tell recipients apart. */
	private String detail(long recipientId, String unitName, Locale locale) {
		return this.assignments.coursesOf(recipientId)
			.stream()
			.findFirst()
			.map((course) -> this.messages.getMessage("recipient.search.detail",
					new Object[] { unitName, this.messages.getMessage("course.kind." + course.kind(), null, locale),
							DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
								.withLocale(locale)
								.format(course.startsOn()) },
					locale))
			.orElse(unitName);
	}

	/** The recipient's page. */
	@Transactional
	public RecipientView read(long id, StaffUser user, Locale locale) {
		Recipient recipient = visible(id, user, AuditAction.READ);
		this.auditLog.record(AuditAction.READ, ENTITY, id, null);
		return view(recipient, locale);
	}

	/** The recipient's page, for a user who is about to change it. */
	@Transactional
	public RecipientView readForChange(long id, StaffUser user, Locale locale) {
		Recipient recipient = changeable(id, user, AuditAction.READ);
		this.auditLog.record(AuditAction.READ, ENTITY, id, null);
		return view(recipient, locale);
	}

	/**
	 * The recipient, for a coordinator who produces the citizen's access log: a peer
	 * worker is refused (403), anyone out of scope gets 404, audited. The caller records
	 * the production.
	 */
	@Transactional(readOnly = true)
	public RecipientView readForAccessLog(long id, StaffUser user, Locale locale) {
		return view(changeable(id, user, AuditAction.EXPORT), locale);
	}

	/** Refuses (403) a user who may not create recipients. */
	@Transactional(readOnly = true)
	public void checkMayCreate(StaffUser user) {
		if (user.getRole() != Role.COORDINATOR || user.getOrganisationId() == null) {
			this.auditLog.recordRefusal(AuditAction.CREATE, ENTITY, null, AuditOutcome.DENIED, "REASON=ROLE");
			throw new AccessDeniedException("Only a coordinator creates recipients");
		}
	}

	/**
	 * Refuses a user who may not change this recipient: 403 for a peer worker, else 404.
	 */
	@Transactional(readOnly = true)
	public void checkMayChange(long id, StaffUser user) {
		changeable(id, user, AuditAction.UPDATE);
	}

	/**
	 * Creates the recipient in the coordinator's organisation, with a new internal number
	 * and the consent to registration, all or nothing.
	 */
	@Transactional
	public long create(NewRecipientForm form, StaffUser user, FormProblems problems) {
		checkMayCreate(user);
		long organisationId = Objects.requireNonNull(user.getOrganisationId());
		form.check(today(), problems);
		checkStructure(form, organisationId, null, problems);
		problems.throwIfAny();
		String number = "R-%06d".formatted(this.recipients.nextNumber());
		Recipient recipient = this.recipients
			.saveAndFlush(new Recipient(number, organisationId, form.description(), this.clock.instant()));
		long id = Objects.requireNonNull(recipient.getId());
		this.consents.save(new Consent(id, ConsentKind.REGISTRATION, Objects.requireNonNull(form.getConsentGivenOn()),
				Objects.requireNonNull(form.getConsentMethod()), form.getConsentExpiresOn()));
		this.consents.flush();
		this.auditLog.record(AuditAction.CREATE, ENTITY, id, "CONSENT=REGISTRATION");
		return id;
	}

	@Transactional
	public void update(long id, EditRecipientForm form, StaffUser user, FormProblems problems) {
		Recipient recipient = changeable(id, user, AuditAction.UPDATE);
		if (recipient.getVersion() != form.getVersion()) {
			throw new ObjectOptimisticLockingFailureException(Recipient.class, id);
		}
		form.check(today(), problems);
		checkStructure(form, recipient.getOrganisationId(), recipient, problems);
		problems.throwIfAny();
		List<String> changed = recipient.changedFields(form.description());
		recipient.describe(form.description(), this.clock.instant());
		this.recipients.flush();
		this.auditLog.record(AuditAction.UPDATE, ENTITY, id, "FIELDS=" + String.join(",", changed));
	}

	/**
	 * Notes the recipient's network: how many relatives of each role take part. The audit
	 * entry names the roles whose count changed, never a count.
	 */
	@Transactional
	public void noteNetwork(long id, NetworkForm form, StaffUser user, FormProblems problems) {
		Recipient recipient = changeable(id, user, AuditAction.UPDATE);
		if (recipient.getVersion() != form.getVersion()) {
			throw new ObjectOptimisticLockingFailureException(Recipient.class, id);
		}
		form.check(problems);
		problems.throwIfAny();
		List<NetworkRole> changed = recipient.noteNetwork(form.counts(), this.clock.instant());
		this.recipients.flush();
		this.auditLog.record(AuditAction.UPDATE, ENTITY, id,
				"NETWORK;ROLES=" + changed.stream().map(NetworkRole::name).collect(Collectors.joining(",")));
	}

	/**
	 * Adds a consent; a consent to sharing names an organisation that shares a
	 * partnership with the recipient's organisation today.
	 */
	@Transactional
	public void addConsent(long id, ConsentForm form, StaffUser user, FormProblems problems) {
		Recipient recipient = changeable(id, user, AuditAction.UPDATE);
		form.check(today(), problems);
		Long partner = form.getPartnerOrganisationId();
		boolean sharing = form.getKind() == ConsentKind.PARTNER_SHARING;
		if (sharing && partner != null && partnerChoices(recipient.getOrganisationId()).stream()
			.noneMatch((choice) -> choice.id() == partner)) {
			problems.add("partnerOrganisationId", "recipient.consent.partner.unknown");
		}
		problems.throwIfAny();
		LocalDate givenOn = Objects.requireNonNull(form.getGivenOn());
		ConsentMethod method = Objects.requireNonNull(form.getMethod());
		this.consents.saveAndFlush(sharing
				? Consent.partnerSharing(id, Objects.requireNonNull(partner), givenOn, method, form.getExpiresOn())
				: new Consent(id, Objects.requireNonNull(form.getKind()), givenOn, method, form.getExpiresOn()));
		this.auditLog.record(AuditAction.UPDATE, ENTITY, id,
				"CONSENT_ADDED;KIND=" + form.getKind() + (sharing ? ";PARTNER=" + partner : ""));
	}

	/** The organisations a consent to sharing may name: the partners of today. */
	@Transactional(readOnly = true)
	public List<Choice> partnerChoices(long organisationId) {
		return this.structure.partnerOrganisationChoices(organisationId, today());
	}

	@Override
	@Transactional
	public long register(long referredRecipientId, @Nullable Long unitId, @Nullable LocalDate consentGivenOn,
			@Nullable ConsentMethod consentMethod, @Nullable LocalDate consentExpiresOn, StaffUser user,
			FormProblems problems) {
		checkMayCreate(user);
		long organisationId = Objects.requireNonNull(user.getOrganisationId());
		LocalDate today = today();
		Recipient referred = this.recipients.findById(referredRecipientId)
			.filter((found) -> this.consents.sharesOn(referredRecipientId, organisationId, today))
			.orElseThrow(() -> refused(AuditAction.CREATE, referredRecipientId));
		if (unitId == null) {
			problems.add("unitId", "recipient.unit.required");
		}
		else if (!this.structure.isActiveUnitOf(unitId, organisationId)) {
			problems.add("unitId", "recipient.unit.unknown");
		}
		if (consentMethod == null) {
			problems.add("consentMethod", "recipient.consent.method.required");
		}
		ConsentForm.check(consentGivenOn, consentExpiresOn, today, "consentGivenOn", "consentExpiresOn", problems);
		problems.throwIfAny();
		String number = "R-%06d".formatted(this.recipients.nextNumber());
		Recipient recipient = this.recipients.saveAndFlush(new Recipient(number, organisationId,
				new RecipientDescription(referred.getAlias(), null, referred.getBirthYear(), Gender.NOT_STATED,
						Objects.requireNonNull(unitId), referred.getTargetGroupId(), today, null),
				this.clock.instant()));
		long id = Objects.requireNonNull(recipient.getId());
		this.consents.saveAndFlush(new Consent(id, ConsentKind.REGISTRATION, Objects.requireNonNull(consentGivenOn),
				Objects.requireNonNull(consentMethod), consentExpiresOn));
		this.auditLog.record(AuditAction.CREATE, ENTITY, id, "CONSENT=REGISTRATION;VIA=REFERRAL",
				ShownRecords.of(ENTITY, List.of(referredRecipientId)));
		return id;
	}

	@Transactional
	public void withdrawConsent(long id, long consentId, WithdrawalForm form, StaffUser user, FormProblems problems) {
		changeable(id, user, AuditAction.UPDATE);
		Consent consent = this.consents.findById(consentId)
			.filter((found) -> found.getRecipientId() == id)
			.orElseThrow(NotFoundException::new);
		if (consent.getVersion() != form.getVersion()) {
			throw new ObjectOptimisticLockingFailureException(Consent.class, consentId);
		}
		form.check(today(), problems, "recipient.date.required", "recipient.date.future");
		problems.throwIfAny();
		// The consent refuses a second withdrawal, or one before it was given.
		consent.withdraw(Objects.requireNonNull(form.getWithdrawnOn()));
		this.consents.flush();
		this.auditLog.record(AuditAction.UPDATE, ENTITY, id, "CONSENT_WITHDRAWN;KIND=" + consent.getKind());
	}

	/** The recipient, if the user may see it; else 404, audited as refused. */
	private Recipient visible(long id, StaffUser user, AuditAction action) {
		Scope scope = scopeOf(user);
		return this.recipients.findWithNetworkById(id)
			.filter((recipient) -> scope != null && scope.includes(recipient))
			.orElseThrow(() -> refused(action, id));
	}

	/**
	 * The recipient, if the user may change it: a peer worker reads only (403); out of
	 * scope is 404.
	 */
	private Recipient changeable(long id, StaffUser user, AuditAction action) {
		if (user.getRole() == Role.PEER_WORKER) {
			this.auditLog.recordRefusal(action, ENTITY, id, AuditOutcome.DENIED, "REASON=READ_ONLY");
			throw new AccessDeniedException("A peer worker reads recipients only");
		}
		Recipient recipient = visible(id, user, action);
		if (recipient.isAnonymised()) {
			// Nothing is left to change, and nothing may be added to a record of nobody.
			this.auditLog.recordRefusal(action, ENTITY, id, AuditOutcome.DENIED, "REASON=ANONYMISED");
			throw new NotFoundException();
		}
		return recipient;
	}

	private NotFoundException refused(AuditAction action, long id) {
		this.auditLog.recordRefusal(action, ENTITY, id, AuditOutcome.DENIED, "REASON=OUT_OF_SCOPE");
		return new NotFoundException();
	}

	private @Nullable Scope scopeOf(StaffUser user) {
		return switch (user.getRole()) {
			case COORDINATOR -> (user.getOrganisationId() != null) ? new Scope(user.getOrganisationId(), null) : null;
			case PEER_WORKER -> new Scope(null, this.assignments.recipientIdsAssignedTo(user));
			case ADMIN, MANAGER, AUDITOR -> null;
		};
	}

	/**
	 * The unit must be an active one of the organisation, the values active ones of their
	 * lists; a value the record already has may stay after it was deactivated. A missing
	 * value is the form's own problem.
	 */
	private void checkStructure(RecipientFields form, long organisationId, @Nullable Recipient current,
			FormProblems problems) {
		Long unitId = form.getUnitId();
		boolean sameUnit = current != null && Objects.equals(current.getUnitId(), unitId);
		if (unitId != null && !sameUnit && !this.structure.isActiveUnitOf(unitId, organisationId)) {
			problems.add("unitId", "recipient.unit.unknown");
		}
		Long targetGroupId = form.getTargetGroupId();
		boolean sameTargetGroup = current != null && Objects.equals(current.getTargetGroupId(), targetGroupId);
		if (targetGroupId != null && !sameTargetGroup
				&& !this.lists.isActiveValue(targetGroupId, ListName.TARGET_GROUP)) {
			problems.add("targetGroupId", "recipient.targetGroup.unknown");
		}
		Long source = form.getReferralSourceId();
		boolean sameSource = current != null && Objects.equals(current.getReferralSourceId(), source);
		if (source != null && !sameSource && !this.lists.isActiveValue(source, ListName.REFERRAL_SOURCE)) {
			problems.add("referralSourceId", "recipient.referralSource.unknown");
		}
	}

	private RecipientView view(Recipient recipient, Locale locale) {
		long id = Objects.requireNonNull(recipient.getId());
		LocalDate today = today();
		Map<Long, String> names = this.lists
			.names(Stream.of(recipient.getTargetGroupId(), recipient.getReferralSourceId())
				.filter(Objects::nonNull)
				.map(Long.class::cast)
				.toList(), locale);
		String unitName = this.structure.unitNames(List.of(recipient.getUnitId()))
			.getOrDefault(recipient.getUnitId(), "");
		List<Consent> given = this.consents.findByRecipientIdOrderByGivenOnDescIdDesc(id);
		Map<Long, String> partners = new HashMap<>();
		given.stream()
			.map(Consent::getPartnerOrganisationId)
			.filter(Objects::nonNull)
			.distinct()
			.forEach((partner) -> partners.put(partner, this.structure.organisationName(partner)));
		List<ConsentView> consentViews = given.stream()
			.map((consent) -> ConsentView.of(consent, today, partners))
			.toList();
		return new RecipientView(id, recipient.getInternalNumber(), recipient.getAlias(),
				recipient.getExternalReference(), recipient.getBirthYear(), recipient.getGender(),
				recipient.getUnitId(), unitName, recipient.getTargetGroupId(),
				names.getOrDefault(recipient.getTargetGroupId(), ""), recipient.getReferralDate(),
				recipient.getReferralSourceId(),
				(recipient.getReferralSourceId() != null) ? names.get(recipient.getReferralSourceId()) : null,
				recipient.getVersion(), consentViews,
				recipient.isAnonymised() ? List.of() : this.assignments.coursesOf(id), recipient.getAnonymisedOn(),
				recipient.isAnonymised() ? Map.of() : recipient.getNetwork());
	}

	/** The business day, against which the forms' dates and consents are checked. */
	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

	/**
	 * Whom a user may see: an organisation's recipients, or only the given ones.
	 */
	private record Scope(@Nullable Long organisationId, @Nullable Set<Long> recipientIds) {

		boolean includes(Recipient recipient) {
			if (this.recipientIds != null) {
				return this.recipientIds.contains(recipient.getId());
			}
			return Objects.equals(this.organisationId, recipient.getOrganisationId());
		}

	}

}
