package dk.peerstoette.peer;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import dk.peerstoette.account.StaffDirectory;
import dk.peerstoette.audit.AuditAction;
import dk.peerstoette.audit.AuditLog;
import dk.peerstoette.audit.AuditOutcome;
import dk.peerstoette.audit.SearchCriteria;
import dk.peerstoette.audit.ShownRecords;
import dk.peerstoette.partnership.Choice;
import dk.peerstoette.partnership.ProgrammeDirectory;
import dk.peerstoette.security.Role;
import dk.peerstoette.security.SignedInSessions;
import dk.peerstoette.security.StaffUser;
import dk.peerstoette.web.ConcurrentChangeException;
import dk.peerstoette.web.FormProblems;
import dk.peerstoette.web.ListPages;
import dk.peerstoette.web.NotFoundException;
import dk.peerstoette.web.WithdrawalForm;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The work on peer workers, scoped by who asks: an administrator manages every
 * organisation's peer workers, a coordinator their own organisation's, a peer worker may
 * read their own page only, and a manager sees no one. A record out of scope is answered
 * as if it did not exist, and the refusal is audited; every read and change is audited.
 */
@Service
class PeerWorkerService {

	static final String ENTITY = "PEER_WORKER";

	private final PeerWorkerRepository workers;

	private final PeerWorkerQueries queries;

	private final PeerTrainingRepository trainings;

	private final PeerSupervisionRepository supervisions;

	private final PeerConsentRepository consents;

	private final ProgrammeDirectory structure;

	private final StaffDirectory staff;

	private final Caseload caseload;

	private final AuditLog auditLog;

	private final SignedInSessions sessions;

	private final Clock clock;

	PeerWorkerService(PeerWorkerRepository workers, PeerWorkerQueries queries, PeerTrainingRepository trainings,
			PeerSupervisionRepository supervisions, PeerConsentRepository consents, ProgrammeDirectory structure,
			StaffDirectory staff, Caseload caseload, AuditLog auditLog, SignedInSessions sessions, Clock clock) {
		this.workers = workers;
		this.queries = queries;
		this.trainings = trainings;
		this.supervisions = supervisions;
		this.consents = consents;
		this.structure = structure;
		this.staff = staff;
		this.caseload = caseload;
		this.auditLog = auditLog;
		this.sessions = sessions;
		this.clock = clock;
	}

	@Transactional
	public Page<PeerWorkerRow> list(StaffUser user, PeerListQuery query, Pageable pageable) {
		Long organisationId = switch (user.getRole()) {
			case ADMIN -> query.organisationId();
			case COORDINATOR -> ownOrganisation(user);
			default -> throw refuse(AuditAction.SEARCH, null);
		};
		String pattern = ListPages.containsPattern(query.text());
		Boolean ended = (query.status() != null) ? query.status() == PeerStatus.ENDED : null;
		Page<PeerWorkerRow> page = this.queries.page(organisationId, pattern, query.unitId(), query.employmentForm(),
				query.peerRole(), ended, LocalDate.now(this.clock), pageable);
		this.auditLog.recordShown(ENTITY,
				ShownRecords.of(ENTITY, page.getContent().stream().map(PeerWorkerRow::id).toList()),
				SearchCriteria.of("q", query.text())
					.and("organisation", organisationId)
					.and("unit", query.unitId())
					.and("status", query.status())
					.and("employmentForm", query.employmentForm())
					.and("peerRole", query.peerRole())
					.and(pageable),
				"RESULTS=" + page.getTotalElements());
		return page;
	}

	@Transactional(readOnly = true)
	public PeerListOptions listOptions(StaffUser user) {
		return switch (user.getRole()) {
			case ADMIN -> new PeerListOptions(true, this.structure.organisationChoices(), allUnitGroups());
			case COORDINATOR -> new PeerListOptions(false, List.of(), List
				.of(new ChoiceGroup(organisationName(user), this.structure.unitChoices(ownOrganisation(user)))));
			default -> throw refuse(AuditAction.SEARCH, null);
		};
	}

	/**
	 * The peer worker's page, for anyone who may read it. Its caseload names recipients
	 * only to a reader who may see them (a coordinator, the peer worker); an
	 * administrator gets the counts. The recipients and courses it shows are audited with
	 * the read.
	 */
	@Transactional
	public PeerWorkerPage page(StaffUser user, long id) {
		PeerWorker worker = readable(user, id, AuditAction.READ);
		return audited(pageOf(worker, mayManage(user, worker), user));
	}

	/** The page again, shown to someone who tried to change it (a form came back). */
	@Transactional
	public PeerWorkerPage pageToChange(StaffUser user, long id) {
		PeerWorker worker = manageable(user, id, AuditAction.UPDATE);
		return audited(pageOf(worker, true, user));
	}

	private PeerWorkerPage audited(PeerWorkerPage page) {
		if (page.showsRecipients()) {
			List<Long> courses = page.caseload().stream().map(CaseloadEntry::courseId).toList();
			List<Long> recipients = page.caseload().stream().flatMap((entry) -> entry.recipientIds().stream()).toList();
			this.auditLog.record(AuditAction.READ, ENTITY, page.id(), null,
					ShownRecords.of("COURSE", courses).and("RECIPIENT", recipients));
		}
		else {
			this.auditLog.record(AuditAction.READ, ENTITY, page.id(), null);
		}
		return page;
	}

	@Transactional(readOnly = true)
	public PeerFormOptions optionsForNew(StaffUser user) {
		requireManager(user, AuditAction.CREATE, null);
		return options(user, null);
	}

	/** The form for a peer worker as stored, with what it offers. */
	@Transactional
	public EditablePeerWorker edit(StaffUser user, long id) {
		PeerWorker worker = manageable(user, id, AuditAction.READ);
		this.auditLog.record(AuditAction.READ, ENTITY, id, "FORM=EDIT");
		return new EditablePeerWorker(worker.getFullName(), PeerWorkerForm.of(worker), options(user, worker));
	}

	/** The options of the edit form, when it comes back with errors. */
	@Transactional(readOnly = true)
	public EditablePeerWorker editAgain(StaffUser user, long id) {
		PeerWorker worker = manageable(user, id, AuditAction.UPDATE);
		return new EditablePeerWorker(worker.getFullName(), PeerWorkerForm.of(worker), options(user, worker));
	}

	@Transactional
	public long create(StaffUser user, PeerWorkerForm form, FormProblems problems) {
		requireManager(user, AuditAction.CREATE, null);
		Long chosen = (user.getRole() == Role.ADMIN) ? chosenOrganisation(form, problems)
				: Long.valueOf(ownOrganisation(user));
		check(form, chosen, null, problems);
		problems.throwIfAny();
		long organisationId = Objects.requireNonNull(chosen);
		PeerWorkerDescription description = form.description();
		PeerWorker saved = this.workers.saveAndFlush(new PeerWorker(organisationId, description, this.clock.instant()));
		long id = Objects.requireNonNull(saved.getId());
		this.auditLog.record(AuditAction.CREATE, ENTITY, id, null);
		loginRelinked(description.staffUserId());
		return id;
	}

	@Transactional
	public void update(StaffUser user, long id, PeerWorkerForm form, FormProblems problems) {
		PeerWorker worker = manageable(user, id, AuditAction.UPDATE);
		if (worker.getVersion() != form.getVersion()) {
			throw new ConcurrentChangeException();
		}
		Long chosen = (user.getRole() == Role.ADMIN) ? chosenOrganisation(form, problems)
				: Long.valueOf(worker.getOrganisationId());
		check(form, chosen, worker, problems);
		LocalDate today = LocalDate.now(this.clock);
		if (form.getEmploymentForm() != null && form.getPeerRole() != null) {
			RoleValues values = new RoleValues(form.getEmploymentForm(), form.getPeerRole(), form.getModelId());
			worker.refusalOfChange(form.getChangedFrom(), values, today)
				.ifPresent((code) -> problems.add("changedFrom", code,
						Objects.requireNonNullElse(worker.latestChange(), worker.getStartsOn())));
		}
		problems.throwIfAny();
		long organisationId = Objects.requireNonNull(chosen);
		PeerWorkerDescription description = form.description();
		List<String> changed = changedFields(worker, organisationId, description);
		if (changed.isEmpty()) {
			return;
		}
		Long loginBefore = worker.getStaffUserId();
		worker.describe(organisationId, description, this.clock.instant());
		boolean history = worker.changeFrom(description.changedFrom(), description.roleValues(), today, user.getId(),
				this.clock.instant());
		this.workers.flush();
		// The day a change of history takes effect is part of what changed (a date, no
		// personal data).
		this.auditLog.record(AuditAction.UPDATE, ENTITY, id,
				"FIELDS=" + String.join(",", changed) + (history ? ";HISTORY_FROM=" + description.changedFrom() : ""));
		if (changed.contains("login")) {
			loginRelinked(loginBefore);
			loginRelinked(description.staffUserId());
		}
	}

	/**
	 * A login linked to another record, or to none, is a peer worker with another scope:
	 * their open sessions are told so.
	 */
	private void loginRelinked(@Nullable Long staffUserId) {
		if (staffUserId != null) {
			this.staff.username(staffUserId).ifPresent(this.sessions::refresh);
		}
	}

	/**
	 * Removes a peer worker's latest change of form, role or model, recorded by mistake:
	 * the contacts from its day on count under the period before it again. A period that
	 * is not this peer worker's latest change is answered as not found.
	 */
	@Transactional
	public void removeLatestChange(StaffUser user, long id, long periodId) {
		PeerWorker worker = manageable(user, id, AuditAction.UPDATE);
		LocalDate from = worker.removeLatestChange(periodId, this.clock.instant()).orElseThrow(() -> {
			this.auditLog.recordRefusal(AuditAction.UPDATE, ENTITY, id, AuditOutcome.DENIED,
					"REASON=NOT_LATEST_CHANGE");
			return new NotFoundException();
		});
		this.workers.flush();
		this.auditLog.record(AuditAction.UPDATE, ENTITY, id, "HISTORY_REMOVED_FROM=" + from);
	}

	/**
	 * Records a consent of the peer worker: by the peer worker on their own page, or by
	 * whoever manages them.
	 */
	@Transactional
	public void addConsent(StaffUser user, long id, PeerConsentForm form, FormProblems problems) {
		readable(user, id, AuditAction.UPDATE);
		form.check(LocalDate.now(this.clock), problems);
		problems.throwIfAny();
		PeerConsentKind kind = Objects.requireNonNull(form.getKind());
		this.consents.saveAndFlush(new PeerConsent(id, kind, Objects.requireNonNull(form.getGivenOn()),
				form.getExpiresOn(), user.getId(), this.clock.instant()));
		this.auditLog.record(AuditAction.UPDATE, ENTITY, id, "CONSENT_ADDED;KIND=" + kind);
	}

	/** Withdraws a consent of the peer worker, as they or whoever manages them asks. */
	@Transactional
	public void withdrawConsent(StaffUser user, long id, long consentId, WithdrawalForm form, FormProblems problems) {
		readable(user, id, AuditAction.UPDATE);
		PeerConsent consent = this.consents.findById(consentId)
			.filter((found) -> found.getPeerWorkerId() == id)
			.orElseThrow(NotFoundException::new);
		if (consent.getVersion() != form.getVersion()) {
			throw new ConcurrentChangeException();
		}
		form.check(LocalDate.now(this.clock), problems, "peer.consent.withdrawnOn.required", "peer.consent.future");
		problems.throwIfAny();
		// The consent refuses a second withdrawal, or one before it was given.
		consent.withdraw(Objects.requireNonNull(form.getWithdrawnOn()));
		this.consents.flush();
		this.auditLog.record(AuditAction.UPDATE, ENTITY, id, "CONSENT_WITHDRAWN;KIND=" + consent.getKind());
	}

	@Transactional
	public void addTraining(StaffUser user, long id, TrainingForm form) {
		manageable(user, id, AuditAction.UPDATE);
		String provider = form.getProvider().isBlank() ? null : form.getProvider().strip();
		this.trainings.save(new PeerTraining(id, form.getCourseName().strip(),
				Objects.requireNonNull(form.getCompletedOn()), provider));
		this.auditLog.record(AuditAction.UPDATE, ENTITY, id, "TRAINING_ADDED");
	}

	@Transactional
	public void addSupervision(StaffUser user, long id, SupervisionForm form) {
		manageable(user, id, AuditAction.UPDATE);
		this.supervisions.save(new PeerSupervision(id, Objects.requireNonNull(form.getReceivedOn()),
				form.getSupervisor().strip(), Objects.requireNonNull(form.getKind())));
		this.auditLog.record(AuditAction.UPDATE, ENTITY, id, "SUPERVISION_ADDED");
	}

	private PeerWorkerPage pageOf(PeerWorker worker, boolean manageable, StaffUser reader) {
		long id = Objects.requireNonNull(worker.getId());
		LocalDate today = LocalDate.now(this.clock);
		List<SupervisionRow> received = this.supervisions.findRows(id);
		Long daysSince = received.stream()
			.map(SupervisionRow::receivedOn)
			.filter((day) -> !day.isAfter(today))
			.max(LocalDate::compareTo)
			.map((last) -> ChronoUnit.DAYS.between(last, today))
			.orElse(null);
		String modelName = (worker.getModelId() != null)
				? this.structure.modelNames(Set.of(worker.getModelId())).get(worker.getModelId()) : null;
		List<String> unitNames = this.structure.unitNames(worker.getUnitIds())
			.values()
			.stream()
			.sorted(String.CASE_INSENSITIVE_ORDER)
			.toList();
		String login = (worker.getStaffUserId() != null) ? this.staff.loginLabel(worker.getStaffUserId()).orElse(null)
				: null;
		String supervisor = (worker.getSupervisorUserId() != null)
				? this.staff.loginLabel(worker.getSupervisorUserId()).orElse(null) : null;
		List<PeerWorkerPeriod> periods = worker.history();
		Set<Long> models = new HashSet<>();
		periods.forEach((period) -> {
			if (period.values().modelId() != null) {
				models.add(period.values().modelId());
			}
		});
		Map<Long, String> modelNames = models.isEmpty() ? Map.of() : this.structure.modelNames(models);
		List<HistoryRow> history = new ArrayList<>();
		for (int i = 0; i < periods.size(); i++) {
			PeerWorkerPeriod period = periods.get(i);
			RoleValues values = period.values();
			LocalDate until = (i + 1 < periods.size()) ? periods.get(i + 1).getValidFrom() : null;
			history.add(new HistoryRow(Objects.requireNonNull(period.getId()),
					Objects.requireNonNullElse(period.getValidFrom(), worker.getStartsOn()),
					(until != null) ? until.minusDays(1) : null, values.employmentForm(), values.peerRole(),
					(values.modelId() != null) ? modelNames.get(values.modelId()) : null,
					i > 0 && i == periods.size() - 1));
		}
		return new PeerWorkerPage(id, worker.getFullName(), worker.getPhone(), worker.getEmail(),
				worker.getEmploymentForm(), worker.getPeerRole(),
				this.structure.organisationName(worker.getOrganisationId()), modelName, unitNames, worker.getStartsOn(),
				worker.getEndsOn(), worker.getEndReason(), worker.getDestination(), worker.hasEndedOn(today), history,
				login, supervisor, this.trainings.findRows(id), received, daysSince, reader.getRole().seesRecipients(),
				this.caseload.sizeOf(id),
				reader.getRole().seesRecipients() ? this.caseload.activeCaseload(id, reader.getRole()) : List.of(),
				manageable,
				this.consents.findByPeerWorkerIdOrderByGivenOnDescIdDesc(id)
					.stream()
					.map((c) -> c.row(today))
					.toList());
	}

	/**
	 * An administrator chooses among every organisation; a coordinator works in their
	 * own. A stored unit or login that is no longer offered stays visible, so that saving
	 * the form does not drop it unasked.
	 */
	private PeerFormOptions options(StaffUser user, @Nullable PeerWorker worker) {
		List<Choice> organisations = (user.getRole() == Role.ADMIN) ? this.structure.organisationChoices()
				: List.of(new Choice(ownOrganisation(user), organisationName(user)));
		Long exceptId = (worker != null) ? worker.getId() : null;
		List<ChoiceGroup> unitGroups = new ArrayList<>();
		List<ChoiceGroup> loginGroups = new ArrayList<>();
		List<ChoiceGroup> supervisorGroups = new ArrayList<>();
		for (Choice organisation : organisations) {
			List<Choice> units = new ArrayList<>(this.structure.unitChoices(organisation.id()));
			List<Choice> logins = new ArrayList<>(freeLogins(this.staff.peerLoginChoices(organisation.id()), exceptId));
			List<Choice> supervisors = new ArrayList<>(this.staff.coordinatorChoices(organisation.id()));
			if (worker != null && worker.getOrganisationId() == organisation.id()) {
				keepStored(units, this.structure.unitNames(worker.getUnitIds()));
				if (worker.getStaffUserId() != null) {
					long login = worker.getStaffUserId();
					this.staff.loginLabel(login).ifPresent((label) -> keepStored(logins, Map.of(login, label)));
				}
				if (worker.getSupervisorUserId() != null) {
					long supervisor = worker.getSupervisorUserId();
					this.staff.loginLabel(supervisor)
						.ifPresent((label) -> keepStored(supervisors, Map.of(supervisor, label)));
				}
			}
			if (!units.isEmpty()) {
				unitGroups.add(new ChoiceGroup(organisation.name(), units));
			}
			if (!logins.isEmpty()) {
				loginGroups.add(new ChoiceGroup(organisation.name(), logins));
			}
			if (!supervisors.isEmpty()) {
				supervisorGroups.add(new ChoiceGroup(organisation.name(), supervisors));
			}
		}
		String organisationName = (worker != null) ? this.structure.organisationName(worker.getOrganisationId())
				: (user.getRole() == Role.ADMIN) ? "" : organisationName(user);
		return new PeerFormOptions(user.getRole() == Role.ADMIN, organisationName, organisations, unitGroups,
				loginGroups, supervisorGroups, this.structure.modelChoices());
	}

	private List<Choice> freeLogins(List<Choice> logins, @Nullable Long exceptId) {
		if (logins.isEmpty()) {
			return logins;
		}
		Set<Long> linked = new HashSet<>(
				this.workers.findLinkedAmong(logins.stream().map(Choice::id).toList(), exceptId));
		return logins.stream().filter((login) -> !linked.contains(login.id())).toList();
	}

	private static void keepStored(List<Choice> offered, Map<Long, String> stored) {
		stored.forEach((id, name) -> {
			if (offered.stream().noneMatch((choice) -> choice.id() == id)) {
				offered.add(new Choice(id, name));
			}
		});
	}

	private List<ChoiceGroup> allUnitGroups() {
		List<ChoiceGroup> groups = new ArrayList<>();
		for (Choice organisation : this.structure.organisationChoices()) {
			List<Choice> units = this.structure.unitChoices(organisation.id());
			if (!units.isEmpty()) {
				groups.add(new ChoiceGroup(organisation.name(), units));
			}
		}
		return groups;
	}

	/**
	 * Units, model, login and supervisor are checked against the organisation; what is
	 * already stored (in the same organisation) may stay even if it has been deactivated
	 * since. Without an organisation (a problem of its own) only the model is checked.
	 */
	private void check(PeerWorkerForm form, @Nullable Long organisationId, @Nullable PeerWorker stored,
			FormProblems problems) {
		Long modelId = form.getModelId();
		if (modelId != null && !(stored != null && modelId.equals(stored.getModelId()))
				&& !this.structure.isActiveModel(modelId)) {
			problems.add("modelId", "peer.model.unknown");
		}
		if (organisationId == null) {
			return;
		}
		boolean sameOrganisation = stored != null && stored.getOrganisationId() == organisationId;
		for (Long unitId : form.getUnitIds()) {
			boolean kept = sameOrganisation && stored.getUnitIds().contains(unitId);
			if (unitId != null && !kept && !this.structure.isActiveUnitOf(unitId, organisationId)) {
				problems.add("unitIds", "peer.units.unknown");
				break;
			}
		}
		Long login = form.getStaffUserId();
		if (login != null) {
			boolean kept = sameOrganisation && login.equals(stored.getStaffUserId());
			if (!kept && !this.staff.isPeerLoginOf(login, organisationId)) {
				problems.add("staffUserId", "peer.login.unknown");
			}
			else if (!this.workers.findLinkedAmong(List.of(login), (stored != null) ? stored.getId() : null)
				.isEmpty()) {
				problems.add("staffUserId", "peer.login.taken");
			}
		}
		Long supervisor = form.getSupervisorUserId();
		if (supervisor != null) {
			boolean kept = sameOrganisation && supervisor.equals(stored.getSupervisorUserId());
			if (!kept && !this.staff.isCoordinatorOf(supervisor, organisationId)) {
				problems.add("supervisorUserId", "peer.supervisor.unknown");
			}
		}
	}

	private static List<String> changedFields(PeerWorker worker, long organisationId,
			PeerWorkerDescription description) {
		List<String> changed = new ArrayList<>();
		addIf(changed, "organisation", worker.getOrganisationId() != organisationId);
		addIf(changed, "fullName", !worker.getFullName().equals(description.fullName()));
		addIf(changed, "phone", !Objects.equals(worker.getPhone(), description.phone()));
		addIf(changed, "email", !Objects.equals(worker.getEmail(), description.email()));
		addIf(changed, "employmentForm", worker.getEmploymentForm() != description.employmentForm());
		addIf(changed, "peerRole", worker.getPeerRole() != description.peerRole());
		addIf(changed, "model", !Objects.equals(worker.getModelId(), description.modelId()));
		addIf(changed, "units", !worker.hasUnits(description.unitIds()));
		addIf(changed, "startsOn", !worker.getStartsOn().equals(description.startsOn()));
		addIf(changed, "endsOn", !Objects.equals(worker.getEndsOn(), description.endsOn()));
		addIf(changed, "endReason", worker.getEndReason() != description.endReason());
		addIf(changed, "destination", worker.getDestination() != description.destination());
		addIf(changed, "login", !Objects.equals(worker.getStaffUserId(), description.staffUserId()));
		addIf(changed, "supervisor", !Objects.equals(worker.getSupervisorUserId(), description.supervisorUserId()));
		return changed;
	}

	private static void addIf(List<String> changed, String field, boolean condition) {
		if (condition) {
			changed.add(field);
		}
	}

	/** The organisation an administrator chose, if it is an active one. */
	private @Nullable Long chosenOrganisation(PeerWorkerForm form, FormProblems problems) {
		Long organisationId = form.getOrganisationId();
		if (organisationId == null) {
			problems.add("organisationId", "peer.organisation.required");
			return null;
		}
		if (!this.structure.isActiveOrganisation(organisationId)) {
			problems.add("organisationId", "peer.organisation.unknown");
			return null;
		}
		return organisationId;
	}

	/** A peer worker the user may read, or a 404 with the refusal audited. */
	private PeerWorker readable(StaffUser user, long id, AuditAction action) {
		return this.workers.findWithUnitsById(id)
			.filter((worker) -> mayRead(user, worker))
			.orElseThrow(() -> notFound(action, id));
	}

	/**
	 * A peer worker the user may change: a peer worker's login never may (403); out of
	 * scope is a 404, as for reading.
	 */
	private PeerWorker manageable(StaffUser user, long id, AuditAction action) {
		if (user.getRole() == Role.PEER_WORKER) {
			throw refuse(action, id);
		}
		return this.workers.findWithUnitsById(id)
			.filter((worker) -> mayManage(user, worker))
			.orElseThrow(() -> notFound(action, id));
	}

	private void requireManager(StaffUser user, AuditAction action, @Nullable Long id) {
		if (user.getRole() != Role.ADMIN && user.getRole() != Role.COORDINATOR) {
			throw refuse(action, id);
		}
	}

	private static boolean mayRead(StaffUser user, PeerWorker worker) {
		return mayManage(user, worker)
				|| (user.getRole() == Role.PEER_WORKER && Objects.equals(worker.getStaffUserId(), user.getId()));
	}

	private static boolean mayManage(StaffUser user, PeerWorker worker) {
		return switch (user.getRole()) {
			case ADMIN -> true;
			case COORDINATOR -> Objects.equals(user.getOrganisationId(), worker.getOrganisationId());
			default -> false;
		};
	}

	private NotFoundException notFound(AuditAction action, long id) {
		this.auditLog.recordRefusal(action, ENTITY, id, AuditOutcome.DENIED, "REASON=OUT_OF_SCOPE");
		return new NotFoundException();
	}

	private AccessDeniedException refuse(AuditAction action, @Nullable Long id) {
		this.auditLog.recordRefusal(action, ENTITY, id, AuditOutcome.DENIED, "REASON=ROLE");
		return new AccessDeniedException("Peer workers are managed by coordinators and administrators");
	}

	private static long ownOrganisation(StaffUser user) {
		// A coordinator always has an organisation (a database constraint).
		return Objects.requireNonNull(user.getOrganisationId());
	}

	private static String organisationName(StaffUser user) {
		return Objects.requireNonNullElse(user.getOrganisationName(), "");
	}

	/** The edit form with the name it is headed by and what it offers. */
	record EditablePeerWorker(String fullName, PeerWorkerForm form, PeerFormOptions options) {
	}

}
