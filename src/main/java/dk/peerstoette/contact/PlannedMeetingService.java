package dk.peerstoette.contact;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;

import org.jspecify.annotations.Nullable;

import dk.peerstoette.audit.AuditAction;
import dk.peerstoette.audit.AuditLog;
import dk.peerstoette.audit.AuditOutcome;
import dk.peerstoette.audit.SearchCriteria;
import dk.peerstoette.audit.ShownRecords;
import dk.peerstoette.contact.ContactDescription.Change;
import dk.peerstoette.contact.ContactQueries.ContactNames;
import dk.peerstoette.contact.ContactService.Actor;
import dk.peerstoette.contact.SavedContact.Outcome;
import dk.peerstoette.contact.SubmissionTokens.Token;
import dk.peerstoette.security.Role;
import dk.peerstoette.security.StaffUser;
import dk.peerstoette.web.ConcurrentChangeException;
import dk.peerstoette.web.FormProblems;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Planned meetings: a contact planned with a recipient (as the quick entry has it, but it
 * may lie in the future), later marked held, which makes the same row a held contact with
 * the values then entered, or not held, with a reason. The peer worker who is to hold it,
 * the person who planned it and the organisation's coordinators may mark it; others who
 * may read it get 403, anyone else 404. Each mark goes into the contact's history.
 */
@Service
class PlannedMeetingService implements DueMeetings {

	private final ContactService records;

	private final ContactRepository contacts;

	private final ContactQueries queries;

	private final MeetingQueries meetings;

	private final SubmissionTokens tokens;

	private final AuditLog auditLog;

	PlannedMeetingService(ContactService records, ContactRepository contacts, ContactQueries queries,
			MeetingQueries meetings, SubmissionTokens tokens, AuditLog auditLog) {
		this.records = records;
		this.contacts = contacts;
		this.queries = queries;
		this.meetings = meetings;
		this.tokens = tokens;
		this.auditLog = auditLog;
	}

	/**
	 * An empty plan for the next full hour today, with a fresh token; for a coordinator,
	 * in the course they chose.
	 */
	@Transactional
	public ContactForm newForm(StaffUser user, @Nullable Long courseId) {
		ContactForm form = this.records.newForm(user, courseId);
		LocalTime next = this.records.now().toLocalTime().truncatedTo(ChronoUnit.HOURS).plusHours(1);
		if (!next.equals(LocalTime.MIDNIGHT)) {
			form.setStartsAt(next);
		}
		return form;
	}

	/**
	 * Plans a contact, with the rules of the quick entry except that it may lie ahead.
	 */
	@Transactional
	public SavedContact plan(StaffUser user, ContactForm form, FormProblems problems) {
		return this.records.create(user, form, true, problems);
	}

	/**
	 * The quick entry filled in from the plan, for marking it held; empty when it is not
	 * planned (any more).
	 */
	@Transactional
	public Optional<ContactForm> heldForm(StaffUser user, long id) {
		Actor actor = this.records.actor(user, AuditAction.UPDATE);
		Contact contact = markable(actor, id);
		if (!contact.isPlanned()) {
			return Optional.empty();
		}
		this.records.recordRead(id, "VIEW=MARK_HELD");
		return Optional.of(this.records.formOf(contact, user));
	}

	/** What the form for marking a plan held offers. */
	@Transactional(readOnly = true)
	public ContactFormChoices heldChoices(StaffUser user, long id) {
		Actor actor = this.records.actor(user, AuditAction.UPDATE);
		return this.records.choicesFor(actor, markable(actor, id));
	}

	/**
	 * Marks a plan held: the same contact, with the values entered and checked as a held
	 * contact's (not in the future, a consent on the day...). A plan marked already is
	 * left as it is.
	 */
	@Transactional
	public SavedContact hold(StaffUser user, long id, ContactForm form, FormProblems problems) {
		return mark(user, id, form, problems, (actor, contact) -> {
			ContactDescription description = this.records.check(actor, form, contact, false, problems)
				.orThrow(problems);
			List<Change> changes = new ArrayList<>();
			changes.add(new Change("status", ContactStatus.PLANNED.name(), ContactStatus.HELD.name()));
			changes.addAll(description.changesFrom(contact.description()));
			contact.hold(description, user.getId(), this.records.instant());
			return new Mark(changes, "STATUS=HELD;FIELDS=" + ContactDescription.fieldsOf(changes));
		});
	}

	/** A planned meeting, for the page that asks why it was not held. */
	@Transactional
	public PlannedView plannedView(StaffUser user, long id) {
		Actor actor = this.records.actor(user, AuditAction.UPDATE);
		Contact contact = markable(actor, id);
		this.records.recordRead(id, "VIEW=MARK_NOT_HELD");
		ContactNames names = this.queries.names(id);
		ContactDescription description = contact.description();
		return new PlannedView(id, contact.getStatus(), description.kind(), description.occurredOn(),
				description.startsAt(), description.durationMinutes(), names.recipient(), names.peerWorker(),
				contact.getVersion());
	}

	/** Marks a plan not held, with the reason. A plan marked already is left as it is. */
	@Transactional
	public SavedContact notHeld(StaffUser user, long id, NotHeldForm form, FormProblems problems) {
		return mark(user, id, form, problems, (actor, contact) -> {
			problems.throwIfAny();
			NotHeldReason reason = Objects.requireNonNull(form.getReason());
			contact.notHeld(reason, user.getId(), this.records.instant());
			return new Mark(List.of(new Change("status", ContactStatus.PLANNED.name(), ContactStatus.NOT_HELD.name()),
					new Change("notHeldReason", null, reason.name())), "STATUS=NOT_HELD;REASON=" + reason);
		});
	}

	/**
	 * The one path of marking a plan held or not held: the token used once, the plan in
	 * the version read (one marked already is left as it is), then the mark into the
	 * history and the audit log.
	 * @param mark checks the form, refusing it if it has any problem, marks the contact
	 * and says what changed
	 */
	private SavedContact mark(StaffUser user, long id, TokenForm form, FormProblems problems,
			BiFunction<Actor, Contact, Mark> mark) {
		Actor actor = this.records.actor(user, AuditAction.UPDATE);
		Token token = this.records.claim(user, form, problems);
		if (token != null && token.isUsed()) {
			return new SavedContact(Objects.requireNonNull(token.resultPath()), Outcome.REPEATED);
		}
		Contact contact = planned(actor, id, form.getVersion());
		String path = "/contacts/" + id;
		if (token != null && !contact.isPlanned()) {
			this.tokens.use(token, path);
			return new SavedContact(path, Outcome.UNCHANGED);
		}
		Mark marked = mark.apply(actor, contact);
		this.contacts.flush();
		this.records.recordChanges(id, user, marked.changes());
		this.auditLog.record(AuditAction.UPDATE, ContactService.ENTITY, id, marked.detail());
		this.tokens.use(Objects.requireNonNull(token), path);
		return new SavedContact(path, Outcome.SAVED);
	}

	/** A plan marked: its history rows and the audit detail (codes only). */
	private record Mark(List<Change> changes, String detail) {

	}

	@Override
	@Transactional
	public List<DueMeeting> dueFor(StaffUser user) {
		if (user.getRole() != Role.COORDINATOR && user.getRole() != Role.PEER_WORKER) {
			return List.of();
		}
		Actor actor = this.records.actor(user, AuditAction.SEARCH);
		LocalDate today = this.records.today();
		List<DueMeeting> due = this.meetings.due(actor.isCoordinator() ? null : actor.peerWorkerId(), user.getId(),
				today);
		if (!actor.isCoordinator()) {
			// A peer worker's own meetings: their name says nothing.
			due = due.stream().map(DueMeeting::withoutPeerWorker).toList();
		}
		this.auditLog.recordShown(ContactService.ENTITY,
				ShownRecords.of(ContactService.ENTITY, due.stream().map(DueMeeting::id).toList())
					.and("RECIPIENT", due.stream().map(DueMeeting::recipientId).filter(Objects::nonNull).toList()),
				SearchCriteria.of("dueBy", today), "RESULTS=" + due.size() + ";VIEW=DUE");
		return due;
	}

	/**
	 * Whether the user may mark the contact held or not held: a coordinator of its
	 * organisation, the peer worker who is to hold it, or whoever planned it.
	 */
	boolean mayMark(StaffUser user, Contact contact) {
		return mayMark(this.records.actor(user, AuditAction.READ), contact);
	}

	private boolean mayMark(Actor actor, Contact contact) {
		if (actor.isCoordinator()) {
			return Objects.equals(actor.organisationId(), contact.getOrganisationId());
		}
		return contact.getCreatedBy() == actor.user().getId()
				|| (actor.peerWorkerId() != null && actor.peerWorkerId().equals(contact.getPeerWorkerId()));
	}

	/** The contact if the user may mark it: out of scope is 404, another's plan 403. */
	private Contact markable(Actor actor, long id) {
		Contact contact = this.records.readable(actor, id, AuditAction.UPDATE);
		if (!mayMark(actor, contact)) {
			this.auditLog.recordRefusal(AuditAction.UPDATE, ContactService.ENTITY, id, AuditOutcome.DENIED,
					"REASON=NOT_HOLDER");
			throw new AccessDeniedException("Only the peer worker, the planner or a coordinator marks a plan");
		}
		return contact;
	}

	/** A plan the user may mark, in the version they read. */
	private Contact planned(Actor actor, long id, long version) {
		Contact contact = markable(actor, id);
		if (contact.isPlanned() && contact.getVersion() != version) {
			this.auditLog.recordRefusal(AuditAction.UPDATE, ContactService.ENTITY, id, AuditOutcome.FAILURE,
					"REASON=CONCURRENT_CHANGE");
			throw new ConcurrentChangeException();
		}
		return contact;
	}

}
