package dk.peerstoette.contact;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.LongConsumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import dk.peerstoette.audit.AuditAction;
import dk.peerstoette.audit.AuditLog;
import dk.peerstoette.audit.AuditOutcome;
import dk.peerstoette.audit.SearchCriteria;
import dk.peerstoette.audit.ShownRecords;
import dk.peerstoette.contact.ContactDescription.Change;
import dk.peerstoette.contact.ContactQueries.ContactList;
import dk.peerstoette.contact.ContactQueries.ContactNames;
import dk.peerstoette.contact.ContactQueries.RecentlyHeld;
import dk.peerstoette.contact.ContactQueries.Scope;
import dk.peerstoette.contact.SavedContact.Outcome;
import dk.peerstoette.contact.SubmissionTokens.Token;
import dk.peerstoette.course.CourseSearch;
import dk.peerstoette.partnership.Choice;
import dk.peerstoette.partnership.ProgrammeDirectory;
import dk.peerstoette.peer.PeerDirectory;
import dk.peerstoette.recipient.ConsentKind;
import dk.peerstoette.recipient.RecipientDirectory;
import dk.peerstoette.recipient.RecipientSearch;
import dk.peerstoette.security.Role;
import dk.peerstoette.security.StaffUser;
import dk.peerstoette.web.ConcurrentChangeException;
import dk.peerstoette.web.FormProblems;
import dk.peerstoette.web.NotFoundException;
import dk.peerstoette.web.SearchOption;

import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Contacts as peer workers and coordinators record, read and correct them. Scope: a
 * coordinator works with the contacts of their own organisation; a peer worker records
 * contacts with the recipients of their own courses and reads the contacts they wrote,
 * held or ran, and those of their courses; managers and administrators see none. The
 * author may correct a contact for {@link #AUTHOR_DAYS} days, a coordinator at any time.
 * Every read, search and change is audited, every refusal too; a form is checked whole
 * before anything is written, and its one-time token makes a second submit harmless.
 */
@Service
class ContactService {

	static final String ENTITY = "CONTACT";

	/** How many days the author may correct a contact. */
	static final int AUTHOR_DAYS = 7;

	/** How many recent places the form suggests. */
	static final int PLACES = 8;

	/**
	 * How many of a peer worker's recipients the quick entry offers as choices (those met
	 * last); the rest are found by searching.
	 */
	static final int RECENT = 5;

	/** Of how many of the user's last contacts the typical duration is taken. */
	static final int TYPICAL_OF = 20;

	/** The duration a form offers when the user has recorded none yet. */
	static final int DEFAULT_MINUTES = 30;

	private final ContactRepository contacts;

	private final ContactQueries queries;

	private final ContactChangeRepository changes;

	private final SubmissionTokens tokens;

	private final PeerDirectory peers;

	private final RecipientDirectory recipients;

	private final AuditLog auditLog;

	private final ProgrammeDirectory structure;

	private final CourseSearch courseSearch;

	private final RecipientSearch recipientSearch;

	private final Clock clock;

	ContactService(ContactRepository contacts, ContactQueries queries, ContactChangeRepository changes,
			SubmissionTokens tokens, PeerDirectory peers, RecipientDirectory recipients, AuditLog auditLog,
			ProgrammeDirectory structure, CourseSearch courseSearch, RecipientSearch recipientSearch, Clock clock) {
		this.contacts = contacts;
		this.queries = queries;
		this.changes = changes;
		this.tokens = tokens;
		this.peers = peers;
		this.recipients = recipients;
		this.auditLog = auditLog;
		this.structure = structure;
		this.courseSearch = courseSearch;
		this.recipientSearch = recipientSearch;
		this.clock = clock;
	}

	/** The business day now. */
	LocalDate today() {
		return LocalDate.now(this.clock);
	}

	/** The business date and time now. */
	LocalDateTime now() {
		return LocalDateTime.now(this.clock);
	}

	/**
	 * The duration recorded most often among the recent contacts (the later one on a
	 * tie), or the default.
	 */
	static int typicalMinutes(List<RecentlyHeld> newestFirst) {
		Map<Integer, Integer> times = new HashMap<>();
		newestFirst.forEach((held) -> times.merge(held.durationMinutes(), 1, Integer::sum));
		int typical = DEFAULT_MINUTES;
		int most = 0;
		for (RecentlyHeld held : newestFirst) {
			int count = times.get(held.durationMinutes());
			if (count > most) {
				most = count;
				typical = held.durationMinutes();
			}
		}
		return typical;
	}

	/** The instant now, for the record's own timestamps. */
	Instant instant() {
		return this.clock.instant();
	}

	/**
	 * A form for today, with a fresh token; for a coordinator, in the course they chose
	 * (404 for a course out of scope). It starts from what the user usually records — the
	 * kind of their last contact and their typical duration — so that a contact is often
	 * a recipient and a save away.
	 */
	@Transactional
	public ContactForm newForm(StaffUser user, @Nullable Long courseId) {
		Actor actor = actor(user, AuditAction.CREATE);
		ContactForm form = new ContactForm();
		startNow(form);
		List<RecentlyHeld> recent = this.queries.recentlyHeld(user.getId(), TYPICAL_OF);
		if (!recent.isEmpty()) {
			form.setKind(recent.get(0).kind());
		}
		form.setDurationMinutes(typicalMinutes(recent));
		if (actor.isCoordinator() && courseId != null) {
			CourseFacts course = coordinatorsCourse(actor, courseId, AuditAction.CREATE);
			form.setCourseId(course.id());
			List<RecipientOption> inCourse = this.queries.recipientsOf(course.id());
			if (inCourse.size() == 1) {
				form.setRecipientId(inCourse.get(0).recipientId());
			}
			List<Choice> peerWorkers = this.queries.peerWorkersOf(course.id());
			if (peerWorkers.size() == 1) {
				form.setPeerWorkerId(peerWorkers.get(0).id());
			}
		}
		form.setToken(this.tokens.issue(user.getId()));
		return form;
	}

	/** A new form and what it offers, in one transaction. */
	@Transactional
	public NewContact newContact(StaffUser user, @Nullable Long courseId, @Nullable String query, Locale locale) {
		ContactForm form = newForm(user, courseId);
		return new NewContact(form, choices(user, form, query, locale));
	}

	/**
	 * Sets a new form to today and the last full quarter of an hour (Danish time): never
	 * in the future, and usually near.
	 */
	void startNow(ContactForm form) {
		LocalDateTime now = now().truncatedTo(ChronoUnit.MINUTES);
		form.setOccurredOn(now.toLocalDate());
		form.setStartsAt(now.toLocalTime().minusMinutes(now.getMinute() % 15));
	}

	/**
	 * A fresh one-time token for a form that has none of its own (deleting, not held).
	 */
	@Transactional
	public String newToken(StaffUser user) {
		return this.tokens.issue(user.getId());
	}

	/**
	 * What the form for a new contact offers this user: a peer worker's most recently met
	 * recipients (and, for a larger caseload, those their search found), a coordinator's
	 * most recent courses or those their search found, and then the chosen course's
	 * recipients. What it lists is audited, a search with its text.
	 * @param query what was typed into the form's search box, for a browser without
	 * script
	 */
	@Transactional
	public ContactFormChoices choices(StaffUser user, ContactForm form, @Nullable String query, Locale locale) {
		Actor actor = actor(user, AuditAction.CREATE);
		String text = (query != null) ? query.strip() : "";
		LocalDate today = today();
		List<String> places = this.queries.recentPlaces(user.getId(), PLACES);
		List<ContactKind> kinds = ContactKind.withOneRecipient();
		if (!actor.isCoordinator()) {
			Long me = actor.peerWorkerId();
			if (me == null) {
				return new ContactFormChoices(false, false, List.of(), null, List.of(), List.of(), false, text,
						List.of(), kinds, places, null);
			}
			List<RecipientOption> caseload = this.queries.caseload(me, today);
			List<RecipientOption> recent = new ArrayList<>(caseload.subList(0, Math.min(RECENT, caseload.size())));
			Long chosen = form.getRecipientId();
			if (chosen != null && recent.stream().noneMatch((option) -> option.recipientId() == chosen)) {
				caseload.stream()
					.filter((option) -> option.recipientId() == chosen)
					.findFirst()
					.or(() -> this.queries.caseloadEntry(me, chosen, today))
					.ifPresent(recent::add);
			}
			auditListed(recent, SearchCriteria.of("caseloadOf", me).and("recent", RECENT));
			boolean searchable = caseload.size() > RECENT;
			List<SearchOption> found = (searchable && !text.isEmpty())
					? this.recipientSearch.find(user, text, ConsentKind.REGISTRATION, "CONTACT_FORM", locale)
						.stream()
						.filter((option) -> recent.stream().noneMatch((shown) -> shown.recipientId() == option.id()))
						.toList()
					: List.of();
			return new ContactFormChoices(false, true, List.of(), null, recent, found, searchable, text, List.of(),
					kinds, places, null);
		}
		long organisationId = Objects.requireNonNull(actor.organisationId());
		Long courseId = form.getCourseId();
		CourseOption course = (courseId == null) ? null
				: this.queries.startedCourse(courseId, organisationId, today).orElse(null);
		if (course == null) {
			List<SearchOption> courses = this.courseSearch.find(user, new CourseSearch.Query(text, false, true),
					"CONTACT_FORM", locale);
			return new ContactFormChoices(true, true, courses, null, List.of(), List.of(), false, text, List.of(),
					kinds, places, null);
		}
		List<RecipientOption> inCourse = this.queries.recipientsOf(course.id());
		auditListed(inCourse, SearchCriteria.of("course", course.id()));
		return new ContactFormChoices(true, true, List.of(), course, inCourse, List.of(), false, text,
				this.queries.peerWorkersOf(course.id()), kinds, places, null);
	}

	private void auditListed(List<RecipientOption> recipients, SearchCriteria criteria) {
		this.auditLog.recordShown("RECIPIENT",
				ShownRecords.of("RECIPIENT", recipients.stream().map(RecipientOption::recipientId).toList()), criteria,
				"RESULTS=" + recipients.size() + ";VIA=CONTACT_FORM");
	}

	/** The contacts of a list, and the recipients it names, for the access log. */
	static ShownRecords shown(List<ContactRow> rows) {
		return ShownRecords.of(ENTITY, rows.stream().map(ContactRow::id).toList())
			.and("RECIPIENT", rows.stream().map(ContactRow::recipientId).filter(Objects::nonNull).toList());
	}

	/**
	 * Records a contact with one recipient. A form whose token was used already writes
	 * nothing and leads to what the first submit made.
	 */
	@Transactional
	public SavedContact create(StaffUser user, ContactForm form, FormProblems problems) {
		return create(user, form, false, problems);
	}

	/**
	 * As above, or plans the contact ({@code planned}): then it may lie in the future.
	 */
	@Transactional
	SavedContact create(StaffUser user, ContactForm form, boolean planned, FormProblems problems) {
		Actor actor = actor(user, AuditAction.CREATE);
		return insert(actor, form, problems, () -> {
			Checked checked = check(actor, form, null, planned, problems);
			ContactDescription description = checked.orThrow(problems);
			CourseFacts course = Objects.requireNonNull(checked.course());
			Contact contact = new Contact(course.organisationId(), course.unitId(), course.id(), checked.recipientId(),
					user.getId(), description, instant());
			if (planned) {
				contact.plan();
			}
			return new Insertion(contact,
					"KIND=" + description.kind()
							+ ((description.overrideReason() != null) ? ";OVERRIDE=COURSE_ENDED" : "")
							+ (planned ? ";STATUS=PLANNED" : ""),
					(id) -> {
					});
		});
	}

	/**
	 * The one creation path of every kind of contact (individual, group meeting,
	 * activity): the token used once (a form sent again leads to what its first submit
	 * made), then the contact and what it stores besides written, audited, and the token
	 * used up with the contact's page.
	 * @param check checks the form, adding what it finds to {@code problems} and refusing
	 * the form if there are any, and says what to write
	 */
	SavedContact insert(Actor actor, TokenForm form, FormProblems problems, Supplier<Insertion> check) {
		Token token = claim(actor.user(), form, problems);
		if (token != null && token.isUsed()) {
			return new SavedContact(Objects.requireNonNull(token.resultPath()), Outcome.REPEATED);
		}
		Insertion insertion = check.get();
		long id = Objects.requireNonNull(this.contacts.saveAndFlush(insertion.contact()).getId());
		insertion.storeOthers().accept(id);
		this.auditLog.record(AuditAction.CREATE, ENTITY, id, insertion.detail());
		String path = "/contacts/" + id;
		this.tokens.use(Objects.requireNonNull(token), path);
		return new SavedContact(path, Outcome.CREATED);
	}

	/**
	 * A checked new contact: the contact to write, the audit detail (codes only), and how
	 * to store what else it has (attendance, facilitators...) once it has its id.
	 */
	record Insertion(Contact contact, String detail, LongConsumer storeOthers) {

	}

	/** A contact's page; 404 for anyone who may not read it, whatever their role. */
	@Transactional
	public ContactView read(StaffUser user, long id) {
		if (user.getRole() != Role.COORDINATOR && user.getRole() != Role.PEER_WORKER) {
			this.auditLog.recordRefusal(AuditAction.READ, ENTITY, id, AuditOutcome.DENIED, "REASON=ROLE");
			throw new NotFoundException();
		}
		Actor actor = actor(user, AuditAction.READ);
		Contact contact = readable(actor, id, AuditAction.READ);
		ContactView view = view(actor, contact);
		recordRead(id, (view.note() != null) ? "NOTE=SHOWN" : null);
		return view;
	}

	/** The form for correcting a contact, filled from the contact as stored. */
	@Transactional
	public ContactForm editForm(StaffUser user, long id) {
		Actor actor = actor(user, AuditAction.UPDATE);
		Contact contact = changeable(actor, id, AuditAction.UPDATE);
		recordRead(id, "VIEW=EDIT");
		return formOf(contact, user);
	}

	/**
	 * A form filled from a contact as stored (to correct it, or to mark a plan held),
	 * with a fresh token.
	 */
	ContactForm formOf(Contact contact, StaffUser user) {
		ContactDescription description = contact.description();
		ContactForm form = new ContactForm();
		form.fillFrom(contact);
		form.setCourseId(contact.getCourseId());
		form.setRecipientId(contact.getRecipientId());
		form.setPeerWorkerId(description.peerWorkerId());
		form.setKind(description.kind());
		form.setOverride(description.overrideReason() != null);
		form.setOverrideReason(description.overrideReason());
		form.setToken(this.tokens.issue(user.getId()));
		return form;
	}

	/** What the form for correcting a contact offers. */
	@Transactional(readOnly = true)
	public ContactFormChoices editChoices(StaffUser user, long id) {
		Actor actor = actor(user, AuditAction.UPDATE);
		return choicesFor(actor, changeable(actor, id, AuditAction.UPDATE));
	}

	/**
	 * What the form for an existing contact (corrected, or a plan marked held) offers.
	 */
	ContactFormChoices choicesFor(Actor actor, Contact contact) {
		ContactNames names = this.queries.names(Objects.requireNonNull(contact.getId()));
		List<Choice> peerWorkers = new ArrayList<>();
		if (actor.isCoordinator() && contact.getCourseId() != null) {
			peerWorkers.addAll(this.queries.peerWorkersOf(contact.getCourseId()));
			Long current = contact.getPeerWorkerId();
			if (current != null && peerWorkers.stream().noneMatch((choice) -> choice.id() == current)) {
				this.peers.names(Set.of(current)).forEach((peerId, name) -> peerWorkers.add(new Choice(peerId, name)));
			}
		}
		return new ContactFormChoices(actor.isCoordinator(), true, List.of(), null, List.of(), List.of(), false, "",
				peerWorkers, ContactKind.withOneRecipient(), this.queries.recentPlaces(actor.user().getId(), PLACES),
				Objects.requireNonNullElse(names.recipient(), ""));
	}

	/**
	 * Corrects a contact: each changed field goes into the history (a note only as
	 * changed, never its text) and the audit log.
	 */
	@Transactional
	public SavedContact update(StaffUser user, long id, ContactForm form, FormProblems problems) {
		return correct(user, id, form, problems, (actor,
				contact) -> new Correction(check(actor, form, contact, problems).orThrow(problems), List.of(), () -> {
				}));
	}

	/**
	 * The one correction path of every kind of contact (individual, group meeting,
	 * activity): the token used once, the author for 7 days or a coordinator
	 * ({@link #changeable}), the version the form was filled from, then each changed
	 * field into the history (a note only as changed, never its text) and the audit log.
	 * @param check checks the form against the contact as stored, adding what it finds to
	 * {@code problems} and refusing the form if there are any, and says what it changes
	 * besides the description, and how to store that
	 */
	SavedContact correct(StaffUser user, long id, ContactForm form, FormProblems problems,
			BiFunction<Actor, Contact, Correction> check) {
		Actor actor = actor(user, AuditAction.UPDATE);
		Token token = claim(user, form, problems);
		if (token != null && token.isUsed()) {
			return new SavedContact(Objects.requireNonNull(token.resultPath()), Outcome.REPEATED);
		}
		Contact contact = changeable(actor, id, AuditAction.UPDATE, form.getVersion());
		Correction correction = check.apply(actor, contact);
		List<Change> changes = new ArrayList<>(correction.description().changesFrom(contact.description()));
		changes.addAll(correction.otherChanges());
		String path = "/contacts/" + id;
		this.tokens.use(Objects.requireNonNull(token), path);
		if (changes.isEmpty()) {
			return new SavedContact(path, Outcome.UNCHANGED);
		}
		correction.storeOthers().run();
		contact.describe(correction.description(), user.getId(), instant());
		this.contacts.flush();
		recordChanges(id, user, changes);
		this.auditLog.record(AuditAction.UPDATE, ENTITY, id, "FIELDS=" + ContactDescription.fieldsOf(changes));
		return new SavedContact(path, Outcome.SAVED);
	}

	/**
	 * A checked correction: the new description, what else changes (attendance,
	 * facilitators...) as history rows, and how to store that.
	 */
	record Correction(ContactDescription description, List<Change> otherChanges, Runnable storeOthers) {

	}

	/** Checks that the user may delete the contact, for the page that asks why. */
	@Transactional
	public ContactView deletable(StaffUser user, long id) {
		Actor actor = actor(user, AuditAction.DELETE);
		Contact contact = changeable(actor, id, AuditAction.DELETE);
		recordRead(id, "VIEW=DELETE");
		return view(actor, contact);
	}

	/**
	 * Deletes a contact, with the reason: it leaves every list and total but is kept, and
	 * the deletion goes into its history.
	 */
	@Transactional
	public SavedContact delete(StaffUser user, long id, DeleteContactForm form, FormProblems problems) {
		Actor actor = actor(user, AuditAction.DELETE);
		Token token = claim(user, form, problems);
		if (token != null && token.isUsed()) {
			return new SavedContact(Objects.requireNonNull(token.resultPath()), Outcome.REPEATED);
		}
		Contact contact = changeable(actor, id, AuditAction.DELETE, form.getVersion());
		problems.throwIfAny();
		contact.delete(user.getId(), form.getReason().strip(), instant());
		this.contacts.flush();
		recordChanges(id, user, List.of(new Change("deleted", null, null)));
		this.auditLog.record(AuditAction.DELETE, ENTITY, id, null);
		this.tokens.use(Objects.requireNonNull(token), "/contacts");
		return new SavedContact("/contacts", Outcome.DELETED);
	}

	/** One page of the contacts in scope that match the query, and their totals. */
	@Transactional
	public ContactList list(StaffUser user, ContactListQuery query, Pageable pageable) {
		Scope scope = scope(actor(user, AuditAction.SEARCH));
		ContactList list = this.queries.list(scope, query, pageable);
		this.auditLog.recordShown(ENTITY, shown(list.page().getContent()), query.criteria().and(pageable),
				"RESULTS=" + list.totals().count()
						+ (query.isFiltered() ? ";FILTERS=" + String.join(",", query.filterNames()) : ""));
		return list;
	}

	/**
	 * The week (Monday to Sunday) around a day (by default today) of the contacts the
	 * peer worker held or ran; a list for peer workers only (403 for anyone else).
	 */
	@Transactional
	public ContactWeek week(StaffUser user, @Nullable LocalDate shownDay) {
		Actor actor = actor(user, AuditAction.SEARCH);
		LocalDate today = today();
		LocalDate day = (shownDay != null) ? shownDay : today;
		if (actor.isCoordinator()) {
			this.auditLog.recordRefusal(AuditAction.SEARCH, ENTITY, null, AuditOutcome.DENIED, "REASON=ROLE");
			throw new AccessDeniedException("The week is a peer worker's own");
		}
		LocalDate monday = day.with(DayOfWeek.MONDAY);
		List<ContactRow> rows = (actor.peerWorkerId() != null)
				? this.queries.heldBy(actor.peerWorkerId(), monday, monday.plusDays(6)) : List.of();
		List<ContactWeek.Day> days = new ArrayList<>();
		ContactTotals week = ContactTotals.NONE;
		for (int i = 0; i < 7; i++) {
			LocalDate date = monday.plusDays(i);
			List<ContactRow> ofDay = rows.stream().filter((row) -> row.occurredOn().equals(date)).toList();
			ContactTotals totals = ContactTotals.NONE;
			for (ContactRow row : ofDay) {
				totals = totals.plus(row);
				week = week.plus(row);
			}
			days.add(new ContactWeek.Day(date, ofDay, totals, date.equals(today)));
		}
		this.auditLog.recordShown(ENTITY, shown(rows), SearchCriteria.of("week", monday),
				"RESULTS=" + rows.size() + ";VIEW=WEEK");
		return new ContactWeek(monday, days, week, actor.peerWorkerId() != null, today);
	}

	/**
	 * Records that a contact's page or form was read, with the recipients it names (its
	 * recipient, or a group meeting's members).
	 */
	void recordRead(long id, @Nullable String detail) {
		this.auditLog.record(AuditAction.READ, ENTITY, id, detail,
				ShownRecords.of("RECIPIENT", this.queries.recipientsNamedBy(id)));
	}

	/** Whose contacts the user sees, for the recipient's timeline; empty for none. */
	Optional<Scope> timelineScope(StaffUser user) {
		return switch (user.getRole()) {
			case COORDINATOR -> Optional.ofNullable(user.getOrganisationId()).map(Scope.Organisation::new);
			case PEER_WORKER -> Optional.of(new Scope.PeerWorker(user.getId(), user.getPeerWorkerId()));
			case ADMIN, MANAGER, AUDITOR -> Optional.empty();
		};
	}

	private ContactView view(Actor actor, Contact contact) {
		long id = Objects.requireNonNull(contact.getId());
		ContactNames names = this.queries.names(id);
		ContactDescription description = contact.description();
		boolean noteReadable = mayReadNote(actor, contact);
		List<ChangeRow> history = this.queries.history(id, this.clock.getZone()).stream().map(this::named).toList();
		return new ContactView(id, contact.getKind(), contact.getStatus(), description.occurredOn(),
				description.startsAt(), description.durationMinutes(), description.place(), description.themes(),
				noteReadable ? description.note() : null, !noteReadable && description.note() != null,
				description.overrideReason(), contact.getRecipientId(), names.recipient(), contact.getCourseId(),
				names.courseKind(), names.courseTitle(), names.peerWorker(), names.unitName(), names.createdBy(),
				LocalDateTime.ofInstant(contact.getCreatedAt(), this.clock.getZone()), names.updatedBy(), history,
				mayChange(actor, contact), LocalDate.ofInstant(authorDeadline(contact), this.clock.getZone()),
				contact.getVersion(), description.bridgeTo(), description.relatives());
	}

	/** A history line with the peer worker's id turned into their name. */
	private ChangeRow named(ChangeRow change) {
		return switch (change.field()) {
			case "peerWorker" -> change.withValues(peerName(change.oldValue()), peerName(change.newValue()));
			case "facilitators" -> change.withValues(peerNames(change.oldValue()), peerNames(change.newValue()));
			case "unit" -> change.withValues(unitName(change.oldValue()), unitName(change.newValue()));
			default -> change;
		};
	}

	/** The names of the peer workers in a list of ids ("4,7"). */
	private @Nullable String peerNames(@Nullable String ids) {
		if (ids == null) {
			return null;
		}
		List<Long> peerWorkerIds = Arrays.stream(ids.split(",")).map(Long::valueOf).toList();
		Map<Long, String> names = this.peers.names(Set.copyOf(peerWorkerIds));
		return peerWorkerIds.stream()
			.map((peerWorkerId) -> names.getOrDefault(peerWorkerId, String.valueOf(peerWorkerId)))
			.collect(Collectors.joining(", "));
	}

	private @Nullable String unitName(@Nullable String id) {
		if (id == null) {
			return null;
		}
		long unitId = Long.parseLong(id);
		return this.structure.unitNames(Set.of(unitId)).getOrDefault(unitId, id);
	}

	private @Nullable String peerName(@Nullable String id) {
		if (id == null) {
			return null;
		}
		long peerWorkerId = Long.parseLong(id);
		return this.peers.names(Set.of(peerWorkerId)).getOrDefault(peerWorkerId, id);
	}

	/**
	 * The note is for the author, the course's peer workers and the organisation's
	 * coordinators.
	 */
	private boolean mayReadNote(Actor actor, Contact contact) {
		if (actor.isCoordinator()) {
			return Objects.equals(actor.organisationId(), contact.getOrganisationId());
		}
		return contact.getCreatedBy() == actor.user().getId()
				|| this.queries.isPeerWorkerOf(contact.getCourseId(), actor.peerWorkerId());
	}

	private boolean mayChange(Actor actor, Contact contact) {
		if (actor.isCoordinator()) {
			return Objects.equals(actor.organisationId(), contact.getOrganisationId());
		}
		return contact.getCreatedBy() == actor.user().getId() && instant().isBefore(authorDeadline(contact));
	}

	private static Instant authorDeadline(Contact contact) {
		return contact.getCreatedAt().plus(Duration.ofDays(AUTHOR_DAYS));
	}

	/** The contact if the user may read it; otherwise a refusal is audited and 404. */
	Contact readable(Actor actor, long id, AuditAction action) {
		Optional<Contact> contact = this.contacts.findByIdAndDeletedAtIsNull(id);
		if (contact.isEmpty() || !this.queries.mayRead(scope(actor), id)) {
			this.auditLog.recordRefusal(action, ENTITY, id, AuditOutcome.DENIED, "REASON=OUT_OF_SCOPE");
			throw new NotFoundException();
		}
		return contact.get();
	}

	/**
	 * The contact if the user may change it: out of scope is 404; readable but not the
	 * user's to change (another's, or the author's after 7 days) is 403.
	 */
	Contact changeable(Actor actor, long id, AuditAction action) {
		Contact contact = readable(actor, id, action);
		if (!mayChange(actor, contact)) {
			this.auditLog.recordRefusal(action, ENTITY, id, AuditOutcome.DENIED,
					(contact.getCreatedBy() == actor.user().getId()) ? "REASON=AUTHOR_PERIOD_OVER"
							: "REASON=NOT_AUTHOR");
			throw new AccessDeniedException("Only the author for 7 days, or a coordinator, corrects a contact");
		}
		return contact;
	}

	/**
	 * As {@link #changeable(Actor, long, AuditAction)}, in the version the form was
	 * filled from: a newer one is someone else's change, refused.
	 */
	Contact changeable(Actor actor, long id, AuditAction action, long version) {
		Contact contact = changeable(actor, id, action);
		if (contact.getVersion() != version) {
			this.auditLog.recordRefusal(action, ENTITY, id, AuditOutcome.FAILURE, "REASON=CONCURRENT_CHANGE");
			throw new ConcurrentChangeException();
		}
		return contact;
	}

	/**
	 * A contact of one of these kinds that the user may correct ({@link #changeable}); a
	 * contact of another kind is not found on that kind's pages (404), the refusal
	 * audited with {@code reason}.
	 */
	Contact changeable(Actor actor, long id, Collection<ContactKind> kinds, String reason) {
		Contact contact = changeable(actor, id, AuditAction.UPDATE);
		if (!kinds.contains(contact.getKind())) {
			this.auditLog.recordRefusal(AuditAction.UPDATE, ENTITY, id, AuditOutcome.DENIED, reason);
			throw new NotFoundException();
		}
		return contact;
	}

	/**
	 * The form's token, claimed for this submit. An unknown one (not this user's, or
	 * gone) is a problem of the form, which comes back with a fresh token: issued apart
	 * from this submit, so that it outlives the refusal.
	 */
	@Nullable Token claim(StaffUser user, TokenForm form, FormProblems problems) {
		Optional<Token> token = this.tokens.claim(form.getToken(), user.getId());
		if (token.isEmpty()) {
			form.setToken(this.tokens.issueApart(user.getId()));
			problems.addToForm("contact.token.unknown");
		}
		return token.orElse(null);
	}

	private CourseFacts coordinatorsCourse(Actor actor, long courseId, AuditAction action) {
		return this.queries.course(courseId)
			.filter((course) -> Objects.equals(course.organisationId(), actor.organisationId()))
			.orElseThrow(() -> {
				this.auditLog.recordRefusal(action, "COURSE", courseId, AuditOutcome.DENIED, "REASON=OUT_OF_SCOPE");
				return new NotFoundException();
			});
	}

	/**
	 * Who is asking: a coordinator of an organisation, or a peer worker (with their peer
	 * worker record, if linked); anyone else is refused (403).
	 */
	Actor actor(StaffUser user, AuditAction action) {
		if (user.getRole() == Role.COORDINATOR && user.getOrganisationId() != null) {
			return new Actor(user, user.getOrganisationId(), null);
		}
		if (user.getRole() == Role.PEER_WORKER) {
			return new Actor(user, null, user.getPeerWorkerId());
		}
		this.auditLog.recordRefusal(action, ENTITY, null, AuditOutcome.DENIED, "REASON=ROLE");
		throw new AccessDeniedException("Contacts are for coordinators and peer workers");
	}

	static Scope scope(Actor actor) {
		return actor.isCoordinator() ? new Scope.Organisation(Objects.requireNonNull(actor.organisationId()))
				: new Scope.PeerWorker(actor.user().getId(), actor.peerWorkerId());
	}

	/**
	 * Checks every value of a form. A new contact's course is the chosen one (a
	 * coordinator's) or the peer worker's course with the recipient that runs on the day;
	 * a recipient out of the peer worker's caseload, or a course out of the coordinator's
	 * organisation, is refused (404). A correction keeps the contact's course and
	 * recipient.
	 */
	private Checked check(Actor actor, ContactForm form, @Nullable Contact existing, FormProblems problems) {
		return check(actor, form, existing, existing != null && existing.isPlanned(), problems);
	}

	/**
	 * As above; a plan ({@code planned}, and a planned contact corrected) may lie in the
	 * future, and a planned contact marked held is checked as a correction of it.
	 */
	Checked check(Actor actor, ContactForm form, @Nullable Contact existing, boolean planned, FormProblems problems) {
		LocalDate day = form.getOccurredOn();
		LocalDate courseDay = (day != null) ? day : today();
		CourseFacts course = null;
		Long recipientId;
		Long peerWorkerId;
		if (existing != null) {
			course = (existing.getCourseId() != null) ? this.queries.course(existing.getCourseId()).orElse(null) : null;
			recipientId = existing.getRecipientId();
			peerWorkerId = actor.isCoordinator() ? coordinatorsPeerWorker(form, course, existing, problems)
					: existing.getPeerWorkerId();
		}
		else if (actor.isCoordinator()) {
			recipientId = form.getRecipientId();
			if (form.getCourseId() == null) {
				problems.add("courseId", "contact.course.required");
			}
			else {
				course = coordinatorsCourse(actor, form.getCourseId(), AuditAction.CREATE);
				if (recipientId == null) {
					problems.add("recipientId", "contact.recipient.required");
				}
				else if (!this.queries.isRecipientOf(course.id(), recipientId)) {
					problems.add("recipientId", "contact.recipient.notInCourse");
				}
			}
			peerWorkerId = coordinatorsPeerWorker(form, course, null, problems);
		}
		else {
			recipientId = form.getRecipientId();
			peerWorkerId = actor.peerWorkerId();
			if (recipientId == null) {
				problems.add("recipientId", "contact.recipient.required");
			}
			else {
				List<CourseFacts> courses = (peerWorkerId != null) ? this.queries.coursesOf(peerWorkerId, recipientId)
						: List.of();
				if (courses.isEmpty()) {
					this.auditLog.recordRefusal(AuditAction.CREATE, ENTITY, null, AuditOutcome.DENIED,
							"REASON=OUT_OF_CASELOAD");
					throw new NotFoundException();
				}
				course = courseOn(courses, courseDay);
			}
		}
		String overrideReason = courseProblems(actor, form, existing, course, day, problems);
		if (recipientId != null && course != null && day != null && !problems.has("recipientId")
				&& !this.recipients.hasConsent(recipientId, ConsentKind.REGISTRATION, day)) {
			problems.add("recipientId", "contact.consent.missing");
		}
		ContactKind kind = form.getKind();
		if (kind != null && !kind.hasOneRecipient()) {
			problems.add("kind", "contact.kind.unknown");
		}
		Integer minutes = form.minutes();
		if (minutes == null) {
			problems.add("durationMinutes", "contact.duration.required");
		}
		else if (minutes < 1 || minutes > 600) {
			problems.add("durationMinutes", "contact.duration.range");
		}
		LocalTime startsAt = form.getStartsAt();
		if (!planned) {
			MeetingRules.checkNotFuture(day, startsAt, now(), problems);
		}
		if (form.getBridgeTo() != null && kind != null && kind != ContactKind.BRIDGE_BUILDING) {
			problems.add("bridgeTo", "contact.bridgeTo.onlyBridgeBuilding");
		}
		if (!problems.isEmpty() || kind == null || day == null || startsAt == null || minutes == null
				|| course == null) {
			return new Checked(null, course, recipientId);
		}
		Set<ChimeTheme> themes = form.getThemes().isEmpty() ? Set.of() : EnumSet.copyOf(form.getThemes());
		return new Checked(new ContactDescription(kind, day, startsAt, minutes, blankToNull(form.getPlace()), themes,
				blankToNull(form.getNote()), peerWorkerId, overrideReason, form.getBridgeTo(),
				Objects.requireNonNullElse(form.getRelatives(), 0)), course, recipientId);
	}

	/**
	 * The course must run on the contact's day. After its end only a coordinator may
	 * record a contact, by overriding with a reason; the override a contact already has
	 * stays as long as its day does.
	 * @return the override's reason, if one is needed and given
	 */
	private @Nullable String courseProblems(Actor actor, ContactForm form, @Nullable Contact existing,
			@Nullable CourseFacts course, @Nullable LocalDate day, FormProblems problems) {
		if (course == null || day == null || course.runsOn(day)) {
			return null;
		}
		if (!course.endedBefore(day)) {
			problems.add("occurredOn", "contact.course.notStarted", messageDate(course.startsOn()));
			return null;
		}
		LocalDate endedOn = Objects.requireNonNull(course.endedOn());
		if (actor.isCoordinator() && form.isOverride()) {
			if (form.getOverrideReason().isBlank()) {
				problems.add("overrideReason", "contact.override.reasonRequired");
				return null;
			}
			return form.getOverrideReason().strip();
		}
		if (!actor.isCoordinator() && existing != null && existing.getOverrideReason() != null
				&& day.equals(existing.getOccurredOn())) {
			return existing.getOverrideReason();
		}
		problems.add("occurredOn", actor.isCoordinator() ? "contact.course.endedOverride" : "contact.course.ended",
				messageDate(endedOn));
		return null;
	}

	/**
	 * The peer worker a coordinator says held the contact: one of the course's, or the
	 * one a contact already has.
	 */
	private @Nullable Long coordinatorsPeerWorker(ContactForm form, @Nullable CourseFacts course,
			@Nullable Contact existing, FormProblems problems) {
		Long peerWorkerId = form.getPeerWorkerId();
		if (peerWorkerId == null) {
			problems.add("peerWorkerId", "contact.peerWorker.required");
		}
		else if (course != null && !this.queries.isPeerWorkerOf(course.id(), peerWorkerId)
				&& !(existing != null && peerWorkerId.equals(existing.getPeerWorkerId()))) {
			problems.add("peerWorkerId", "contact.peerWorker.notInCourse");
		}
		return peerWorkerId;
	}

	/**
	 * Of a peer worker's courses with a recipient, the one that counts on a day: one that
	 * runs then (an individual course before a group course, the newest first); else the
	 * last one that ended before it; else the first to start after it.
	 */
	private static CourseFacts courseOn(List<CourseFacts> courses, LocalDate day) {
		return courses.stream()
			.filter((course) -> course.runsOn(day))
			.min(Comparator.comparing(CourseFacts::isGroup)
				.thenComparing(CourseFacts::startsOn, Comparator.reverseOrder()))
			.or(() -> courses.stream()
				.filter((course) -> course.endedBefore(day))
				.max(Comparator.comparing((course) -> Objects.requireNonNull(course.endedOn()))))
			.orElseGet(() -> courses.stream().min(Comparator.comparing(CourseFacts::startsOn)).orElseThrow());
	}

	/**
	 * A day as a message argument, which the message formats in the reader's language.
	 * Made and formatted in the JVM's own zone (MessageFormat's), so it stays the same
	 * day whatever that zone is: a date, not an instant.
	 */
	static Date messageDate(LocalDate day) {
		return Date.from(day.atStartOfDay(ZoneId.systemDefault()).toInstant());
	}

	static @Nullable String blankToNull(@Nullable String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	/** The user, and what their role makes them: a coordinator or a peer worker. */
	record Actor(StaffUser user, @Nullable Long organisationId, @Nullable Long peerWorkerId) {

		boolean isCoordinator() {
			return this.organisationId != null;
		}

	}

	/**
	 * The description a form makes when it has no problems, and the course and recipient
	 * it is for.
	 */
	record Checked(@Nullable ContactDescription description, @Nullable CourseFacts course, @Nullable Long recipientId) {

		/** The description; the form is refused if it has any problem. */
		ContactDescription orThrow(FormProblems problems) {
			problems.throwIfAny();
			return Objects.requireNonNull(this.description);
		}

	}

	/** Writes a contact's history, at the clock's now. */
	void recordChanges(long id, StaffUser user, List<Change> changes) {
		this.changes.record(id, user.getId(), changes, instant());
	}

}
