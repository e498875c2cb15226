package dk.peerstoette.quote;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import dk.peerstoette.audit.AuditAction;
import dk.peerstoette.audit.AuditLog;
import dk.peerstoette.audit.AuditOutcome;
import dk.peerstoette.audit.ShownRecords;
import dk.peerstoette.partnership.Choice;
import dk.peerstoette.partnership.ProgrammeDirectory;
import dk.peerstoette.recipient.ConsentKind;
import dk.peerstoette.recipient.RecipientAssignments;
import dk.peerstoette.recipient.RecipientDirectory;
import dk.peerstoette.recipient.RecipientLabel;
import dk.peerstoette.security.Role;
import dk.peerstoette.security.StaffUser;
import dk.peerstoette.web.FormProblems;
import dk.peerstoette.web.ListPages;
import dk.peerstoette.web.NotFoundException;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Quotes and observations as staff see and record them. Coordinators and peer workers
 * read and record their own organisation's; a manager reads those of the organisations of
 * their partnership, without anything person-level, and changes none; an administrator
 * sees none. A coordinator changes any of the organisation's quotes, a peer worker only
 * those they recorded. A recipient is linked only if the recorder may see them and they
 * consent to anonymised quotes; a peer worker or a colleague is quoted only with their
 * consent, recorded with its day and who recorded it. A quote is attributed to the region
 * of its organisation, worked out from the partnerships where they tell it. Every list,
 * read and change is audited, and every refusal too.
 */
@Service
class QuoteService {

	static final String ENTITY = "QUOTE";

	private final QuoteRepository quotes;

	private final QuoteQueries listed;

	private final RecipientDirectory recipients;

	private final RecipientAssignments assignments;

	private final ProgrammeDirectory structure;

	private final AuditLog auditLog;

	private final Clock clock;

	QuoteService(QuoteRepository quotes, QuoteQueries listed, RecipientDirectory recipients,
			RecipientAssignments assignments, ProgrammeDirectory structure, AuditLog auditLog, Clock clock) {
		this.quotes = quotes;
		this.listed = listed;
		this.recipients = recipients;
		this.assignments = assignments;
		this.structure = structure;
		this.auditLog = auditLog;
		this.clock = clock;
	}

	/** The business day, which a quote's day may not lie after. */
	public LocalDate today() {
		return LocalDate.now(this.clock);
	}

	/** One page of the quotes the user may read; 403 for a role that reads none. */
	@Transactional
	public Page<QuoteListItem> list(QuoteListQuery query, Pageable pageable, StaffUser user) {
		List<Long> organisations = readableOrganisations(user);
		Page<QuoteRow> rows = this.listed.page(organisations, query, ListPages.containsPattern(query.text()), pageable);
		RecipientScope scope = recipientScope(user);
		Map<Long, RecipientLabel> labels = (scope == null) ? Map.of()
				: this.recipients.labels(rows.getContent()
					.stream()
					.map(QuoteRow::recipientId)
					.filter(Objects::nonNull)
					.map(Long.class::cast)
					.filter(scope::includes)
					.collect(Collectors.toSet()), user.getRole());
		this.auditLog.recordShown(ENTITY,
				ShownRecords.of(ENTITY, rows.getContent().stream().map(QuoteRow::id).toList())
					.and("RECIPIENT", List.copyOf(labels.keySet())),
				query.criteria().and(pageable),
				"RESULTS=" + rows.getTotalElements() + ";RECIPIENTS_SHOWN=" + labels.size());
		return rows.map((row) -> item(row, labels, scope, user));
	}

	/**
	 * The units a user may filter the list by: for a manager, named with their
	 * organisation.
	 */
	@Transactional(readOnly = true)
	public List<Choice> filterUnits(StaffUser user) {
		if (user.getRole() != Role.MANAGER) {
			return (user.getOrganisationId() != null) ? this.structure.unitChoices(user.getOrganisationId())
					: List.of();
		}
		Set<Long> organisations = Set.copyOf(readableOrganisations(user));
		List<Choice> units = new ArrayList<>();
		for (Choice organisation : this.structure.organisationChoices()) {
			if (organisations.contains(organisation.id())) {
				for (Choice unit : this.structure.unitChoices(organisation.id())) {
					units.add(new Choice(unit.id(), organisation.name() + " · " + unit.name()));
				}
			}
		}
		return units;
	}

	/**
	 * The active units of the user's organisation, and the quote's own if it is no longer
	 * active.
	 */
	@Transactional(readOnly = true)
	public List<Choice> formUnits(StaffUser user, @Nullable Long currentUnitId) {
		long organisationId = recorderOrganisation(user, AuditAction.READ, null);
		List<Choice> units = this.structure.unitChoices(organisationId);
		if (currentUnitId != null && units.stream().noneMatch((unit) -> unit.id() == currentUnitId)) {
			String name = this.structure.unitNames(List.of(currentUnitId)).get(currentUnitId);
			if (name != null) {
				units = new ArrayList<>(units);
				units.add(new Choice(currentUnitId, name));
			}
		}
		return units;
	}

	/** Whether the user records quotes at all (not whether a given one is in scope). */
	public boolean mayRecord(StaffUser user) {
		return isRecorder(user);
	}

	/** Refuses (403) a user who may not record quotes. */
	@Transactional(readOnly = true)
	public void checkMayRecord(StaffUser user) {
		recorderOrganisation(user, AuditAction.CREATE, null);
	}

	/** The form of the quote, for a user who may change it. */
	@Transactional
	public QuoteForm readForChange(long id, StaffUser user) {
		Quote quote = changeable(id, user, AuditAction.READ);
		QuoteForm form = new QuoteForm();
		form.setKind(quote.getKind());
		form.setText(quote.getText());
		form.setUnitId(quote.getUnitId());
		form.setRecordedOn(quote.getRecordedOn());
		form.setDimensions(quote.dimensions());
		form.setSpeaker(quote.getSpeaker());
		form.setLevel(quote.getLevel());
		form.setRegionId(quote.getRegionId());
		form.setSpeakerConsent(quote.getSpeakerConsentOn() != null);
		form.setSpeakerConsentOn(quote.getSpeakerConsentOn());
		Long recipientId = quote.getRecipientId();
		if (recipientId != null) {
			RecipientLabel label = this.recipients.labels(List.of(recipientId), user.getRole()).get(recipientId);
			form.setRecipientNumber((label != null) ? label.internalNumber() : "");
		}
		form.setVersion(quote.getVersion());
		this.auditLog.record(AuditAction.READ, ENTITY, id, recipientDetail(recipientId),
				ShownRecords.of("RECIPIENT", (recipientId != null) ? List.of(recipientId) : List.of()));
		return form;
	}

	/** The quote's unit as stored, checking that the user may change the quote. */
	@Transactional(readOnly = true)
	public long unitOfChangeable(long id, StaffUser user) {
		return changeable(id, user, AuditAction.UPDATE).getUnitId();
	}

	/**
	 * The rules only the service can check: the unit, and the recipient (in scope, with
	 * consent to anonymised quotes on the day and still today).
	 */
	private void check(QuoteForm form, long organisationId, StaffUser user, @Nullable Long currentUnitId,
			FormProblems problems) {
		Long unitId = form.getUnitId();
		boolean sameUnit = unitId != null && unitId.equals(currentUnitId);
		if (unitId != null && !sameUnit && !this.structure.isActiveUnitOf(unitId, organisationId)) {
			problems.add("unitId", "quote.unit.unknown");
		}
		if (form.hasRecipient()) {
			RecipientLabel recipient = recipientInScope(form.getRecipientNumber(), organisationId, user);
			LocalDate recordedOn = form.getRecordedOn();
			if (recipient == null) {
				problems.add("recipientNumber", "quote.recipient.unknown");
			}
			else if (recordedOn != null && !consents(recipient.id(), recordedOn)) {
				problems.add("recipientNumber", "quote.recipient.noConsent");
			}
		}
	}

	@Transactional
	public long create(QuoteForm form, StaffUser user, FormProblems problems) {
		long organisationId = recorderOrganisation(user, AuditAction.CREATE, null);
		QuoteContent content = checked(form, organisationId, user, null, problems);
		Quote quote = this.quotes.saveAndFlush(new Quote(organisationId, user.getId(), content, this.clock.instant()));
		long id = Objects.requireNonNull(quote.getId());
		String detail = "SPEAKER=" + content.speaker() + ";LEVEL=" + content.level();
		if (content.recipientId() != null) {
			detail += ";" + recipientDetail(content.recipientId());
		}
		this.auditLog.record(AuditAction.CREATE, ENTITY, id, detail);
		return id;
	}

	@Transactional
	public void update(long id, QuoteForm form, StaffUser user, FormProblems problems) {
		Quote quote = changeable(id, user, AuditAction.UPDATE);
		if (quote.getVersion() != form.getVersion()) {
			throw new ObjectOptimisticLockingFailureException(Quote.class, id);
		}
		QuoteContent content = checked(form, recorderOrganisation(user, AuditAction.UPDATE, id), user,
				quote.getUnitId(), problems);
		List<String> changed = quote.describe(content, user.getId(), this.clock.instant());
		this.quotes.flush();
		String detail = "FIELDS=" + String.join(",", changed);
		if (content.recipientId() != null) {
			detail += ";" + recipientDetail(content.recipientId());
		}
		this.auditLog.record(AuditAction.UPDATE, ENTITY, id, detail);
	}

	/** Marks the quote deleted: it leaves every list and report. */
	@Transactional
	public void delete(long id, long version, StaffUser user) {
		Quote quote = changeable(id, user, AuditAction.DELETE);
		if (quote.getVersion() != version) {
			throw new ObjectOptimisticLockingFailureException(Quote.class, id);
		}
		quote.delete(user.getId(), this.clock.instant());
		this.quotes.flush();
		this.auditLog.record(AuditAction.DELETE, ENTITY, id, null);
	}

	/** The quote the form makes; refused if it has any problem. */
	private QuoteContent checked(QuoteForm form, long organisationId, StaffUser user, @Nullable Long currentUnitId,
			FormProblems problems) {
		form.check(today(), problems);
		check(form, organisationId, user, currentUnitId, problems);
		Long regionId = region(organisationId, form, problems);
		problems.throwIfAny();
		Long recipientId = form.hasRecipient()
				? Objects.requireNonNull(recipientInScope(form.getRecipientNumber(), organisationId, user)).id() : null;
		QuoteSpeaker speaker = Objects.requireNonNull(form.getSpeaker());
		return new QuoteContent(Objects.requireNonNull(form.getKind()), form.getText(),
				Objects.requireNonNull(form.getUnitId()), recipientId, Objects.requireNonNull(form.getRecordedOn()),
				form.getDimensions(), speaker, Objects.requireNonNull(form.getLevel()),
				Objects.requireNonNull(regionId), speaker.needsConsent() ? form.getSpeakerConsentOn() : null);
	}

	/**
	 * The region a quote of the user's organisation is attributed to: the one worked out
	 * from the partnerships, else the one chosen on the form.
	 */
	@Transactional(readOnly = true)
	public Regions regions(StaffUser user) {
		return regionsOf(recorderOrganisation(user, AuditAction.READ, null));
	}

	private Regions regionsOf(long organisationId) {
		List<Choice> regions = this.structure.regionsOf(organisationId);
		if (regions.size() == 1) {
			return new Regions(regions.get(0), regions);
		}
		return new Regions(null, regions.isEmpty() ? this.structure.regionChoices() : regions);
	}

	private @Nullable Long region(long organisationId, QuoteForm form, FormProblems problems) {
		Regions regions = regionsOf(organisationId);
		if (regions.derived() != null) {
			return regions.derived().id();
		}
		Long chosen = form.getRegionId();
		if (chosen == null) {
			problems.add("regionId", "quote.region.required");
		}
		else if (regions.choices().stream().noneMatch((choice) -> choice.id() == chosen)) {
			problems.add("regionId", "quote.region.unknown");
		}
		return chosen;
	}

	/**
	 * The consent must hold on the day the words were said and still today: a withdrawal
	 * since then ends any new link.
	 */
	private boolean consents(long recipientId, LocalDate recordedOn) {
		return this.recipients.hasConsent(recipientId, ConsentKind.ANONYMISED_QUOTES, recordedOn)
				&& this.recipients.hasConsent(recipientId, ConsentKind.ANONYMISED_QUOTES, today());
	}

	private @Nullable RecipientLabel recipientInScope(String number, long organisationId, StaffUser user) {
		RecipientScope scope = recipientScope(user);
		return this.recipients.findByNumber(number, organisationId)
			.filter((label) -> scope != null && scope.includes(label.id()))
			.orElse(null);
	}

	private QuoteListItem item(QuoteRow row, Map<Long, RecipientLabel> labels, @Nullable RecipientScope scope,
			StaffUser user) {
		Long recipientId = row.recipientId();
		RecipientLabel label = (recipientId != null) ? labels.get(recipientId) : null;
		boolean changeable = scope != null && (recipientId == null || scope.includes(recipientId))
				&& mayChange(user, row.createdBy());
		return new QuoteListItem(row.id(), row.kind(), row.text(), row.recordedOn(), row.organisationName(),
				row.unitName(),
				Quote.dimensionsOf(row.connection(), row.hope(), row.identity(), row.meaning(), row.empowerment()),
				(label != null) ? label.toString() : null, changeable, row.speaker(), row.level(), row.regionName());
	}

	/**
	 * The organisations whose quotes the user reads; 403, audited, for a role that reads
	 * none.
	 */
	private List<Long> readableOrganisations(StaffUser user) {
		List<Long> organisations = switch (user.getRole()) {
			case COORDINATOR, PEER_WORKER ->
				(user.getOrganisationId() != null) ? List.of(user.getOrganisationId()) : List.of();
			case MANAGER ->
				this.structure.organisationsOfPartnership(user.getPartnershipId(), user.getOrganisationId());
			case ADMIN, AUDITOR -> List.of();
		};
		if (organisations.isEmpty()) {
			this.auditLog.recordRefusal(AuditAction.SEARCH, ENTITY, null, AuditOutcome.DENIED, "REASON=ROLE");
			throw new AccessDeniedException("No quotes for this user");
		}
		return organisations;
	}

	/** The organisation the user records quotes for; 403, audited, for anyone else. */
	private long recorderOrganisation(StaffUser user, AuditAction action, @Nullable Long id) {
		if (!isRecorder(user)) {
			this.auditLog.recordRefusal(action, ENTITY, id, AuditOutcome.DENIED, "REASON=ROLE");
			throw new AccessDeniedException("Only coordinators and peer workers record quotes");
		}
		return Objects.requireNonNull(user.getOrganisationId());
	}

	/**
	 * The quote, if the user may change it: 403 for a role that records none or for a
	 * quote linked to a recipient the user may not see; 404 if it is deleted, of another
	 * organisation, or, for a peer worker, recorded by someone else.
	 */
	private Quote changeable(long id, StaffUser user, AuditAction action) {
		long organisationId = recorderOrganisation(user, action, id);
		Quote quote = this.quotes.findById(id)
			.filter((found) -> !found.isDeleted() && found.getOrganisationId() == organisationId)
			.orElse(null);
		if (quote == null) {
			this.auditLog.recordRefusal(action, ENTITY, id, AuditOutcome.DENIED, "REASON=OUT_OF_SCOPE");
			throw new NotFoundException();
		}
		if (!mayChange(user, quote.getCreatedBy())) {
			this.auditLog.recordRefusal(action, ENTITY, id, AuditOutcome.DENIED, "REASON=NOT_RECORDER");
			throw new NotFoundException();
		}
		Long recipientId = quote.getRecipientId();
		RecipientScope scope = Objects.requireNonNull(recipientScope(user));
		if (recipientId != null && !scope.includes(recipientId)) {
			this.auditLog.recordRefusal(action, ENTITY, id, AuditOutcome.DENIED, "REASON=RECIPIENT_OUT_OF_SCOPE");
			throw new AccessDeniedException("The quote's recipient is not the user's");
		}
		return quote;
	}

	/**
	 * Whom the user may see by name: a coordinator the organisation's recipients, a peer
	 * worker those assigned to them; a manager or an administrator nobody.
	 */
	private @Nullable RecipientScope recipientScope(StaffUser user) {
		if (user.getOrganisationId() == null) {
			return null;
		}
		return switch (user.getRole()) {
			case COORDINATOR -> new RecipientScope(null);
			case PEER_WORKER -> new RecipientScope(Set.copyOf(this.assignments.recipientIdsAssignedTo(user)));
			case ADMIN, MANAGER, AUDITOR -> null;
		};
	}

	/**
	 * A coordinator answers for all of the organisation's quotes; a peer worker's
	 * colleagues' words are not theirs to change.
	 */
	private static boolean mayChange(StaffUser user, long recordedBy) {
		return user.getRole() == Role.COORDINATOR || recordedBy == user.getId();
	}

	private static boolean isRecorder(StaffUser user) {
		return (user.getRole() == Role.COORDINATOR || user.getRole() == Role.PEER_WORKER)
				&& user.getOrganisationId() != null;
	}

	private static @Nullable String recipientDetail(@Nullable Long recipientId) {
		return (recipientId != null) ? "RECIPIENT=" + recipientId : null;
	}

	/**
	 * The region of an organisation's quotes: worked out from its partnerships (the form
	 * shows it), or else to be chosen from these.
	 */
	record Regions(@Nullable Choice derived, List<Choice> choices) {
	}

	/**
	 * Whom a user may see among the recipients linked to their organisation's quotes:
	 * everyone, or only the given ones. A quote's recipient is always one of its
	 * organisation, checked when the link was made.
	 */
	private record RecipientScope(@Nullable Set<Long> recipientIds) {

		boolean includes(long recipientId) {
			return this.recipientIds == null || this.recipientIds.contains(recipientId);
		}

	}

}
