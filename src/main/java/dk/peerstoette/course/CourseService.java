package dk.peerstoette.course;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

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
import dk.peerstoette.recipient.RecipientDirectory;
import dk.peerstoette.recipient.RecipientLabel;
import dk.peerstoette.security.Role;
import dk.peerstoette.security.StaffUser;
import dk.peerstoette.web.ConcurrentChangeException;
import dk.peerstoette.web.FormProblems;
import dk.peerstoette.web.NotFoundException;
import dk.peerstoette.web.SearchOption;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Courses as coordinators and peer workers use them. Scope: a coordinator sees and
 * changes the courses of their own organisation; a peer worker reads the courses they are
 * assigned to; managers and administrators see no course at all (the list answers 403, a
 * course 404). Every read, search and change is audited, every refusal too. A form is
 * checked whole before anything is written.
 */
@Service
class CourseService implements CourseSearch {

	static final String ENTITY = "COURSE";

	private final CourseRepository courses;

	private final CourseQueries queries;

	private final PeerDirectory peers;

	private final RecipientDirectory recipients;

	private final ProgrammeDirectory structure;

	private final ManagedListDirectory lists;

	private final AuditLog auditLog;

	private final MessageSource messages;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final SharedMentorCourses shared;

	CourseService(CourseRepository courses, CourseQueries queries, PeerDirectory peers, RecipientDirectory recipients,
			ProgrammeDirectory structure, ManagedListDirectory lists, AuditLog auditLog, MessageSource messages,
			Clock clock, ApplicationEventPublisher events, SharedMentorCourses shared) {
		this.events = events;
		this.shared = shared;
		this.courses = courses;
		this.queries = queries;
		this.peers = peers;
		this.recipients = recipients;
		this.structure = structure;
		this.lists = lists;
		this.auditLog = auditLog;
		this.messages = messages;
		this.clock = clock;
	}

	@Transactional
	public Page<CourseRow> list(StaffUser user, CourseListQuery query, Pageable pageable) {
		Page<CourseRow> page;
		if (user.getRole() == Role.COORDINATOR && user.getOrganisationId() != null) {
			page = this.queries.page(new CourseQueries.Scope.Organisation(user.getOrganisationId()), query, pageable,
					LocalDate.now(this.clock));
		}
		else if (user.getRole() == Role.PEER_WORKER) {
			// A peer worker without a peer worker record is assigned to nothing.
			page = Optional.ofNullable(user.getPeerWorkerId())
				.map((me) -> this.queries.page(new CourseQueries.Scope.PeerWorker(me), query, pageable,
						LocalDate.now(this.clock)))
				.orElse(Page.empty(pageable));
		}
		else {
			this.auditLog.recordRefusal(AuditAction.SEARCH, ENTITY, null, AuditOutcome.DENIED, "REASON=ROLE");
			throw new AccessDeniedException("Courses are for coordinators and peer workers");
		}
		this.auditLog.recordShown(ENTITY,
				ShownRecords.of(ENTITY, page.getContent().stream().map(CourseRow::id).toList())
					.and("RECIPIENT",
							page.getContent().stream().flatMap((row) -> row.shownRecipientIds().stream()).toList()),
				query.criteria().and(pageable),
				"RESULTS=" + page.getTotalElements() + (query.mentorRule() ? ";RULE=MENTOR" : ""));
		return page;
	}

	/** A course's page; the recipients it names are audited with the read. */
	@Transactional
	public CourseView read(StaffUser user, long id, Locale locale) {
		Course course = visible(user, id, AuditAction.READ);
		CourseView view = view(course, user, locale);
		this.auditLog.record(AuditAction.READ, ENTITY, id, null,
				ShownRecords.of("RECIPIENT", view.recipients().stream().map(RecipientLabel::id).toList()));
		return view;
	}

	/**
	 * An empty form, with a recipient and a unit of the organisation already chosen if
	 * asked for (from the recipient's page, or a waiting list).
	 */
	@Transactional(readOnly = true)
	public CourseForm newForm(StaffUser user, @Nullable Long recipientId, @Nullable Long unitId) {
		long organisationId = coordinatorsOrganisation(user, AuditAction.CREATE);
		CourseForm form = new CourseForm();
		form.setStartsOn(LocalDate.now(this.clock));
		if (unitId != null && this.structure.isActiveUnitOf(unitId, organisationId)) {
			form.setUnitId(unitId);
		}
		if (recipientId != null && this.recipients.allIn(List.of(recipientId), organisationId)) {
			RecipientLabel label = this.recipients.labels(List.of(recipientId), user.getRole()).get(recipientId);
			if (label != null) {
				form.setRecipientNumbers(label.internalNumber());
			}
		}
		return form;
	}

	/** The form for changing a course, filled from the course as stored. */
	@Transactional
	public CourseForm editForm(StaffUser user, long id) {
		Course course = changeable(user, id, AuditAction.READ);
		this.auditLog.record(AuditAction.READ, ENTITY, id, "VIEW=EDIT",
				ShownRecords.of("RECIPIENT", List.copyOf(course.getRecipientIds())));
		CourseForm form = new CourseForm();
		form.setKind(course.getKind());
		form.setTitle(course.getTitle());
		form.setUnitId(course.getUnitId());
		form.setModelId(course.getModelId());
		form.setStartsOn(course.getStartsOn());
		form.setPlannedEndOn(course.getPlannedEndOn());
		form.setEndedOn(course.getEndedOn());
		form.setEndReasonId(course.getEndReasonId());
		form.setDischargeOn(course.getDischargeOn());
		form.setGoals(course.getGoals());
		form.setBridgeTo(course.getBridgeTo());
		form.setRecipientNumbers(RecipientNumbers
			.join(sortedLabels(course.getRecipientIds(), user).stream().map(RecipientLabel::internalNumber).toList()));
		form.setPeerWorkerIds(new ArrayList<>(course.getPeerWorkerIds()));
		form.setVersion(course.getVersion());
		return form;
	}

	/**
	 * What the form offers a coordinator; for a course being changed, also the values it
	 * has that are no longer active.
	 */
	@Transactional(readOnly = true)
	public CourseFormChoices formChoices(StaffUser user, CourseForm form, @Nullable Long courseId, Locale locale) {
		long organisationId = coordinatorsOrganisation(user, AuditAction.READ);
		List<Choice> units = new ArrayList<>(this.structure.unitChoices(organisationId));
		List<Choice> models = new ArrayList<>(this.structure.modelChoices());
		List<Choice> endReasons = new ArrayList<>(this.lists.choices(ListName.END_REASON, locale));
		List<Choice> peerWorkers = new ArrayList<>(this.peers.activeChoices(organisationId));
		Course course = (courseId != null) ? this.courses.findById(courseId)
			.filter((found) -> found.getOrganisationId() == organisationId)
			.orElse(null) : null;
		if (course != null) {
			addMissing(units, this.structure.unitNames(Set.of(course.getUnitId())));
			if (course.getModelId() != null) {
				addMissing(models, this.structure.modelNames(Set.of(course.getModelId())));
			}
			if (course.getEndReasonId() != null) {
				addMissing(endReasons, this.lists.names(Set.of(course.getEndReasonId()), locale));
			}
			addMissing(peerWorkers, this.peers.names(course.getPeerWorkerIds()));
		}
		List<RecipientLabel> chosen = new ArrayList<>();
		for (String number : form.numbers()) {
			this.recipients.findByNumber(number, organisationId).ifPresent(chosen::add);
		}
		return new CourseFormChoices(units, models, endReasons, peerWorkers, chosen);
	}

	@Transactional
	public SavedCourse create(StaffUser user, CourseForm form, FormProblems problems) {
		long organisationId = coordinatorsOrganisation(user, AuditAction.CREATE);
		CourseDescription description = check(organisationId, form, null, problems);
		Course course = this.courses.saveAndFlush(new Course(organisationId, description, this.clock.instant()));
		long id = Objects.requireNonNull(course.getId());
		this.auditLog.record(AuditAction.CREATE, ENTITY, id, "KIND=" + description.kind());
		this.events.publishEvent(new CourseStarted(id, course.getKind(), organisationId, course.getUnitId(),
				Set.copyOf(course.getRecipientIds()), course.getStartsOn()));
		// A listener may have made it the continuation of a shared mentor course.
		return new SavedCourse(id, this.shared.mentorRuleProblems(course));
	}

	@Transactional
	public SavedCourse update(StaffUser user, long id, CourseForm form, FormProblems problems) {
		Course course = changeable(user, id, AuditAction.UPDATE);
		if (course.getVersion() != form.getVersion()) {
			this.auditLog.recordRefusal(AuditAction.UPDATE, ENTITY, id, AuditOutcome.FAILURE,
					"REASON=CONCURRENT_CHANGE");
			throw new ConcurrentChangeException();
		}
		CourseDescription description = check(course.getOrganisationId(), form, course, problems);
		List<String> changed = description.changedFrom(course.description());
		course.describe(description, this.clock.instant());
		this.courses.flush();
		this.auditLog.record(AuditAction.UPDATE, ENTITY, id, "FIELDS=" + String.join(",", changed));
		return new SavedCourse(id, this.shared.mentorRuleProblems(course));
	}

	@Override
	@Transactional
	public List<SearchOption> find(StaffUser user, Query query, String via, Locale locale) {
		CourseQueries.Scope scope = switch (user.getRole()) {
			case COORDINATOR -> (user.getOrganisationId() != null)
					? new CourseQueries.Scope.Organisation(user.getOrganisationId()) : null;
			case PEER_WORKER ->
				(user.getPeerWorkerId() != null) ? new CourseQueries.Scope.PeerWorker(user.getPeerWorkerId()) : null;
			case ADMIN, MANAGER, AUDITOR -> {
				this.auditLog.recordRefusal(AuditAction.SEARCH, ENTITY, null, AuditOutcome.DENIED, "REASON=ROLE");
				throw new AccessDeniedException("Courses are for coordinators and peer workers");
			}
		};
		String text = query.text().strip();
		// A peer worker without a peer worker record is assigned to nothing.
		List<CourseRow> rows = (scope == null) ? List.of() : this.queries.search(scope, text,
				query.groupsOnly() ? CourseKind.GROUP : null, query.startedOnly(), LIMIT, LocalDate.now(this.clock));
		this.auditLog.recordShown(ENTITY,
				ShownRecords.of(ENTITY, rows.stream().map(CourseRow::id).toList())
					.and("RECIPIENT", rows.stream().flatMap((row) -> row.shownRecipientIds().stream()).toList()),
				SearchCriteria.of("q", text)
					.and("kind", query.groupsOnly() ? CourseKind.GROUP : null)
					.and("started", query.startedOnly() ? true : null),
				"RESULTS=" + rows.size() + ";VIA=" + via);
		return rows.stream().map((row) -> option(row, locale)).toList();
	}

	/**
	 * A course as the search box shows it: kind and title, then at most
	 * {@link CourseRow#SHOWN} recipients; below, the unit and the dates.
	 */
	private SearchOption option(CourseRow row, Locale locale) {
		StringBuilder label = new StringBuilder(message("course.kind." + row.kind(), locale));
		if (row.title() != null) {
			label.append(" – ").append(row.title());
		}
		if (!row.recipients().isEmpty()) {
			label.append(": ").append(String.join(", ", row.shownRecipients()));
			if (row.moreRecipients() > 0) {
				label.append(' ').append(message("course.list.moreRecipients", locale, row.moreRecipients()));
			}
		}
		DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
		String detail = message("course.search.detail." + row.status(), locale, row.unitName(),
				dates.format(row.startsOn()), (row.endedOn() != null) ? dates.format(row.endedOn()) : "");
		return new SearchOption(row.id(), null, label.toString(), detail, false);
	}

	private String message(String code, Locale locale, Object... args) {
		return this.messages.getMessage(code, args, locale);
	}

	/** The course if the user may read it; otherwise a refusal is audited and 404. */
	private Course visible(StaffUser user, long id, AuditAction action) {
		Course course = switch (user.getRole()) {
			case COORDINATOR -> this.courses.findById(id)
				.filter((found) -> Objects.equals(found.getOrganisationId(), user.getOrganisationId()))
				.orElse(null);
			case PEER_WORKER -> Optional.ofNullable(user.getPeerWorkerId())
				.flatMap((me) -> this.courses.findById(id).filter((found) -> found.getPeerWorkerIds().contains(me)))
				.orElse(null);
			default -> null;
		};
		if (course == null) {
			this.auditLog.recordRefusal(action, ENTITY, id, AuditOutcome.DENIED, "REASON=OUT_OF_SCOPE");
			throw new NotFoundException();
		}
		return course;
	}

	/**
	 * The course if the user may change it: a peer worker reads courses but never changes
	 * them (403); anyone else out of scope gets 404.
	 */
	private Course changeable(StaffUser user, long id, AuditAction action) {
		if (user.getRole() == Role.PEER_WORKER) {
			this.auditLog.recordRefusal(action, ENTITY, id, AuditOutcome.DENIED, "REASON=READ_ONLY");
			throw new AccessDeniedException("Peer workers read courses but do not change them");
		}
		return visible(user, id, action);
	}

	private long coordinatorsOrganisation(StaffUser user, AuditAction action) {
		if (user.getRole() != Role.COORDINATOR || user.getOrganisationId() == null) {
			this.auditLog.recordRefusal(action, ENTITY, null, AuditOutcome.DENIED, "REASON=ROLE");
			throw new AccessDeniedException("Only coordinators create and change courses");
		}
		return user.getOrganisationId();
	}

	/**
	 * Checks every value of a form against the organisation; values a course already has
	 * are kept even if they are no longer active. The form is refused if it has any
	 * problem.
	 * @return the description the form makes
	 */
	private CourseDescription check(long organisationId, CourseForm form, @Nullable Course existing,
			FormProblems problems) {
		CourseDescription before = (existing != null) ? existing.description() : null;
		CourseKind kind = form.getKind();
		Long unitId = form.getUnitId();
		if (unitId != null && !this.structure.isActiveUnitOf(unitId, organisationId)
				&& !(before != null && unitId == before.unitId())) {
			problems.add("unitId", "course.unit.unknown");
		}
		Long modelId = form.getModelId();
		if (modelId != null && !this.structure.isActiveModel(modelId)
				&& !(before != null && modelId.equals(before.modelId()))) {
			problems.add("modelId", "course.model.unknown");
		}
		LocalDate startsOn = form.getStartsOn();
		LocalDate plannedEndOn = form.getPlannedEndOn();
		LocalDate endedOn = form.getEndedOn();
		if (startsOn != null && plannedEndOn != null && plannedEndOn.isBefore(startsOn)) {
			problems.add("plannedEndOn", "course.plannedEndOn.beforeStart");
		}
		if (startsOn != null && endedOn != null && endedOn.isBefore(startsOn)) {
			problems.add("endedOn", "course.endedOn.beforeStart");
		}
		Long endReasonId = form.getEndReasonId();
		if (endedOn != null && endReasonId == null) {
			problems.add("endReasonId", "course.endReason.required");
		}
		else if (endedOn == null && endReasonId != null) {
			problems.add("endReasonId", "course.endReason.onlyWhenEnded");
		}
		else if (endReasonId != null && !this.lists.isActiveValue(endReasonId, ListName.END_REASON)
				&& !(before != null && endReasonId.equals(before.endReasonId()))) {
			problems.add("endReasonId", "course.endReason.unknown");
		}
		if (form.getBridgeTo() != null && kind != null && kind != CourseKind.BRIDGE_BUILDING) {
			problems.add("bridgeTo", "course.bridgeTo.onlyBridgeBuilding");
		}
		Set<Long> recipientIds = recipientIds(form, organisationId, kind, problems);
		Set<Long> peerWorkerIds = new LinkedHashSet<>(form.getPeerWorkerIds());
		peerWorkerIds.remove(null);
		if (peerWorkerIds.isEmpty()) {
			problems.add("peerWorkerIds", "course.peerWorkers.required");
		}
		else {
			Set<Long> added = new HashSet<>(peerWorkerIds);
			if (before != null) {
				added.removeAll(before.peerWorkerIds());
			}
			if (!added.isEmpty() && !this.peers.allActiveIn(added, organisationId)) {
				problems.add("peerWorkerIds", "course.peerWorkers.unknown");
			}
		}
		problems.throwIfAny();
		return new CourseDescription(Objects.requireNonNull(kind), blankToNull(form.getTitle()),
				Objects.requireNonNull(unitId), modelId, Objects.requireNonNull(startsOn), plannedEndOn, endedOn,
				endReasonId, (kind == CourseKind.MENTOR) ? form.getDischargeOn() : null, blankToNull(form.getGoals()),
				Set.copyOf(recipientIds), Set.copyOf(peerWorkerIds), form.getBridgeTo());
	}

	/**
	 * The recipients the typed numbers stand for, within the organisation: a number of
	 * another organisation is as unknown as one that does not exist.
	 */
	private Set<Long> recipientIds(CourseForm form, long organisationId, @Nullable CourseKind kind,
			FormProblems problems) {
		List<String> numbers = form.numbers();
		Set<Long> ids = new LinkedHashSet<>();
		if (numbers.isEmpty()) {
			problems.add("recipientNumbers", "course.recipients.required");
			return ids;
		}
		List<String> unknown = new ArrayList<>();
		for (String number : numbers) {
			this.recipients.findByNumber(number, organisationId)
				.ifPresentOrElse((label) -> ids.add(label.id()), () -> unknown.add(number));
		}
		if (!unknown.isEmpty()) {
			problems.add("recipientNumbers", "course.recipients.unknown", String.join(", ", unknown));
		}
		else if (kind != null && kind.hasOneRecipient() && ids.size() > 1) {
			problems.add("recipientNumbers", "course.recipients.exactlyOne");
		}
		return ids;
	}

	private CourseView view(Course course, StaffUser user, Locale locale) {
		// Looked up once for both the rule and the shared parts.
		Course partner = this.shared.mentorPartner(course);
		long unitId = course.getUnitId();
		Long modelId = course.getModelId();
		Long endReasonId = course.getEndReasonId();
		List<Choice> peerWorkers = this.peers.names(course.getPeerWorkerIds())
			.entrySet()
			.stream()
			.map((entry) -> new Choice(entry.getKey(), entry.getValue()))
			.sorted(Comparator.comparing(Choice::name, String.CASE_INSENSITIVE_ORDER))
			.toList();
		return new CourseView(Objects.requireNonNull(course.getId()), course.getKind(), course.getTitle(),
				this.structure.unitNames(Set.of(unitId)).getOrDefault(unitId, ""),
				(modelId != null) ? this.structure.modelNames(Set.of(modelId)).get(modelId) : null,
				course.getStartsOn(), course.getPlannedEndOn(), course.getEndedOn(),
				(endReasonId != null) ? this.lists.names(Set.of(endReasonId), locale).get(endReasonId) : null,
				course.getDischargeOn(), course.getGoals(), course.getBridgeTo(),
				course.status(LocalDate.now(this.clock)), sortedLabels(course.getRecipientIds(), user), peerWorkers,
				course.mentorRuleProblems(partner), this.shared.parts(course, partner),
				user.getRole() == Role.COORDINATOR, course.getVersion());
	}

	private List<RecipientLabel> sortedLabels(Set<Long> recipientIds, StaffUser reader) {
		return this.recipients.labels(recipientIds, reader.getRole())
			.values()
			.stream()
			.sorted(Comparator.comparing(RecipientLabel::alias, String.CASE_INSENSITIVE_ORDER)
				.thenComparing(RecipientLabel::internalNumber))
			.toList();
	}

	private static void addMissing(List<Choice> choices, Map<Long, String> names) {
		names.forEach((id, name) -> {
			if (choices.stream().noneMatch((choice) -> choice.id() == id)) {
				choices.add(new Choice(id, name));
			}
		});
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
