package dk.peerstoette.contact;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import dk.peerstoette.audit.AuditAction;
import dk.peerstoette.audit.AuditLog;
import dk.peerstoette.audit.AuditOutcome;
import dk.peerstoette.contact.ContactDescription.Change;
import dk.peerstoette.contact.ContactService.Actor;
import dk.peerstoette.contact.ContactService.Correction;
import dk.peerstoette.contact.ContactService.Insertion;
import dk.peerstoette.partnership.ProgrammeDirectory;
import dk.peerstoette.peer.PeerDirectory;
import dk.peerstoette.security.StaffUser;
import dk.peerstoette.web.FormProblems;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Organisational activities (staff meeting, treatment conference, supervision received,
 * training, network meeting): time a peer worker spends with no recipient, recorded as a
 * contact of theirs so that their lists, week and hours show their time as it was spent.
 * A peer worker records their own; a coordinator records one for any active peer worker
 * of the organisation, in one of its active units.
 */
@Service
class OrganisationalActivityService {

	private final ContactService records;

	private final ContactQueries queries;

	private final MeetingQueries meetings;

	private final MeetingParticipantRepository participants;

	private final PeerDirectory peers;

	private final ProgrammeDirectory structure;

	private final AuditLog auditLog;

	OrganisationalActivityService(ContactService records, ContactQueries queries, MeetingQueries meetings,
			MeetingParticipantRepository participants, PeerDirectory peers, ProgrammeDirectory structure,
			AuditLog auditLog) {
		this.records = records;
		this.queries = queries;
		this.meetings = meetings;
		this.participants = participants;
		this.peers = peers;
		this.structure = structure;
		this.auditLog = auditLog;
	}

	/**
	 * An empty form for today with a fresh token; for a peer worker, in the unit they
	 * work in.
	 */
	@Transactional
	public ActivityForm newForm(StaffUser user) {
		Actor actor = this.records.actor(user, AuditAction.CREATE);
		ActivityForm form = new ActivityForm();
		this.records.startNow(form);
		if (actor.peerWorkerId() != null) {
			form.setUnitId(this.meetings.unitOf(actor.peerWorkerId()).orElse(null));
		}
		form.setToken(this.records.newToken(user));
		return form;
	}

	/** What the form offers this user. */
	@Transactional(readOnly = true)
	public ActivityChoices choices(StaffUser user) {
		Actor actor = this.records.actor(user, AuditAction.CREATE);
		Long organisationId = user.getOrganisationId();
		boolean linked = actor.isCoordinator() || actor.peerWorkerId() != null;
		return new ActivityChoices(actor.isCoordinator(), linked,
				(organisationId != null) ? this.structure.unitChoices(organisationId) : List.of(),
				actor.isCoordinator() ? this.peers.activeChoices(Objects.requireNonNull(organisationId)) : List.of(),
				ContactKind.organisational(), this.queries.recentPlaces(user.getId(), ContactService.PLACES));
	}

	/**
	 * Records the activity, and the colleagues who took part. A form whose token was used
	 * already writes nothing and leads to what the first submit made.
	 */
	@Transactional
	public SavedContact create(StaffUser user, ActivityForm form, FormProblems problems) {
		Actor actor = this.records.actor(user, AuditAction.CREATE);
		long organisationId = organisation(actor);
		return this.records.insert(actor, form, problems, () -> {
			Checked checked = check(actor, organisationId, form, null, problems);
			problems.throwIfAny();
			ContactDescription description = Objects.requireNonNull(checked.description());
			return new Insertion(
					new Contact(organisationId, Objects.requireNonNull(checked.unitId()), null, null, user.getId(),
							description, this.records.instant()),
					"KIND=" + description.kind() + ";COLLEAGUES=" + checked.participants().size(),
					(id) -> this.participants.insertFacilitators(id, List.of(), checked.participants()));
		});
	}

	/**
	 * The form for correcting an activity, filled from the activity as stored, with a
	 * fresh token. Who may correct it is the contact's rule (the author for 7 days, a
	 * coordinator); a contact that is not an activity is not found here (404).
	 */
	@Transactional
	public ActivityForm editForm(StaffUser user, long id) {
		Contact contact = activity(this.records.actor(user, AuditAction.UPDATE), id);
		this.auditLog.record(AuditAction.READ, ContactService.ENTITY, id, "VIEW=EDIT");
		ContactDescription description = contact.description();
		ActivityForm form = new ActivityForm();
		form.fillFrom(contact);
		form.setKind(description.kind());
		form.setPeerWorkerId(description.peerWorkerId());
		form.setUnitId(contact.getUnitId());
		form.setParticipants(String.join("\n", this.meetings.colleagueNames(id)));
		form.setToken(this.records.newToken(user));
		return form;
	}

	/**
	 * Corrects an activity through the contact's one correction path: besides the
	 * contact's own fields, a changed unit and changed participants (their names only as
	 * changed) are history rows.
	 */
	@Transactional
	public SavedContact update(StaffUser user, long id, ActivityForm form, FormProblems problems) {
		return this.records.correct(user, id, form, problems, (actor, contact) -> {
			activity(actor, id);
			Checked checked = check(actor, contact.getOrganisationId(), form, contact, problems);
			problems.throwIfAny();
			ContactDescription description = Objects.requireNonNull(checked.description());
			long unitId = Objects.requireNonNull(checked.unitId());
			List<Change> changes = new ArrayList<>();
			if (contact.getUnitId() != unitId) {
				changes.add(new Change("unit", String.valueOf(contact.getUnitId()), String.valueOf(unitId)));
			}
			if (!this.meetings.colleagueNames(id).equals(checked.participants())) {
				changes.add(new Change("participants", null, null));
			}
			return new Correction(description, changes, () -> {
				contact.moveToUnit(unitId);
				this.participants.deleteFacilitators(id);
				this.participants.insertFacilitators(id, List.of(), checked.participants());
			});
		});
	}

	/** An activity the user may correct; any other contact is not found here. */
	private Contact activity(Actor actor, long id) {
		return this.records.changeable(actor, id, ContactKind.organisational(), "REASON=NOT_AN_ACTIVITY");
	}

	/**
	 * The organisation the activity is for: the user's. A peer worker login that is not
	 * linked to a peer worker has no time to record (403).
	 */
	private long organisation(Actor actor) {
		Long organisationId = actor.user().getOrganisationId();
		if (organisationId == null || (!actor.isCoordinator() && actor.peerWorkerId() == null)) {
			this.auditLog.recordRefusal(AuditAction.CREATE, ContactService.ENTITY, null, AuditOutcome.DENIED,
					"REASON=NOT_LINKED");
			throw new AccessDeniedException("Only a peer worker's own time is recorded");
		}
		return organisationId;
	}

	/**
	 * Checks the whole form: an organisational kind, an active unit of the organisation,
	 * whose time it was (the peer worker's own, or one of the organisation's active peer
	 * workers that the coordinator chose), the day and time (not in the future), the
	 * duration and the colleagues' names.
	 */
	private Checked check(Actor actor, long organisationId, ActivityForm form, @Nullable Contact existing,
			FormProblems problems) {
		ContactKind kind = form.getKind();
		if (kind != null && !ContactKind.organisational().contains(kind)) {
			problems.add("kind", "contact.kind.unknown");
		}
		Long unitId = form.getUnitId();
		if (unitId == null) {
			problems.add("unitId", "contact.activity.unit.required");
		}
		else if (!this.structure.isActiveUnitOf(unitId, organisationId)) {
			problems.add("unitId", "contact.activity.unit.unknown");
		}
		// A peer worker's activity is their own time; a correction keeps whose time it
		// was.
		Long peerWorkerId = actor.isCoordinator() ? form.getPeerWorkerId()
				: (existing != null) ? existing.getPeerWorkerId() : actor.peerWorkerId();
		if (peerWorkerId == null) {
			problems.add("peerWorkerId", "contact.activity.peerWorker.required");
		}
		else if (actor.isCoordinator() && !this.peers.allActiveIn(List.of(peerWorkerId), organisationId)) {
			problems.add("peerWorkerId", "contact.activity.peerWorker.unknown");
		}
		MeetingRules.checkHeldTime(form, this.records.now(), problems);
		List<String> participants = GroupMeetingForm.names(form.getParticipants());
		MeetingRules.checkNames("participants", participants, problems);
		LocalDate day = form.getOccurredOn();
		LocalTime startsAt = form.getStartsAt();
		Integer minutes = form.minutes();
		if (!problems.isEmpty() || kind == null || day == null || startsAt == null || minutes == null) {
			return new Checked(null, unitId, participants);
		}
		return new Checked(
				new ContactDescription(kind, day, startsAt, minutes, ContactService.blankToNull(form.getPlace()),
						Set.of(), ContactService.blankToNull(form.getNote()), peerWorkerId, null, null, 0),
				unitId, participants);
	}

	/** The description a form makes when it has no problems, and the rest. */
	private record Checked(@Nullable ContactDescription description, @Nullable Long unitId, List<String> participants) {

	}

}
