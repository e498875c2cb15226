package dk.peerstoette.contact;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import dk.peerstoette.audit.AuditAction;
import dk.peerstoette.audit.AuditLog;
import dk.peerstoette.audit.AuditOutcome;
import dk.peerstoette.audit.SearchCriteria;
import dk.peerstoette.audit.ShownRecords;
import dk.peerstoette.contact.ContactDescription.Change;
import dk.peerstoette.contact.ContactService.Actor;
import dk.peerstoette.contact.ContactService.Correction;
import dk.peerstoette.contact.ContactService.Insertion;
import dk.peerstoette.course.CourseSearch;
import dk.peerstoette.partnership.Choice;
import dk.peerstoette.peer.PeerDirectory;
import dk.peerstoette.recipient.ConsentKind;
import dk.peerstoette.recipient.RecipientDirectory;
import dk.peerstoette.security.StaffUser;
import dk.peerstoette.web.FormProblems;
import dk.peerstoette.web.NotFoundException;
import dk.peerstoette.web.SearchOption;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Group meetings (gruppemøder): one submit records a meeting of a group course with the
 * attendance of every member and who ran it. A coordinator holds them for any group
 * course of the organisation, a peer worker for the group courses they run; any other
 * course is out of scope (404). The meeting is one contact, its attendance and its
 * facilitators, written all together or not at all, once per one-time token.
 */
@Service
class GroupMeetingService {

	/** What the audit log says a list was shown for. */
	private static final String VIA = "VIA=GROUP_MEETING_FORM";

	private final ContactService records;

	private final ContactQueries queries;

	private final MeetingQueries meetings;

	private final MeetingParticipantRepository participants;

	private final PeerDirectory peers;

	private final RecipientDirectory recipients;

	private final AuditLog auditLog;

	private final CourseSearch courseSearch;

	GroupMeetingService(ContactService records, ContactQueries queries, MeetingQueries meetings,
			MeetingParticipantRepository participants, PeerDirectory peers, RecipientDirectory recipients,
			AuditLog auditLog, CourseSearch courseSearch) {
		this.records = records;
		this.queries = queries;
		this.meetings = meetings;
		this.participants = participants;
		this.peers = peers;
		this.recipients = recipients;
		this.auditLog = auditLog;
		this.courseSearch = courseSearch;
	}

	/**
	 * The group courses that have started which the user may record a meeting in: the
	 * most recent, or those whose title or members match what was typed (the course
	 * search, which audits what it offers).
	 */
	@Transactional
	public List<SearchOption> courses(StaffUser user, @Nullable String query, Locale locale) {
		this.records.actor(user, AuditAction.CREATE);
		return this.courseSearch.find(user, new CourseSearch.Query((query != null) ? query.strip() : "", true, true),
				"GROUP_MEETING_FORM", locale);
	}

	/**
	 * An empty form for a meeting of the group today, run by the course's peer workers,
	 * with a fresh token.
	 */
	@Transactional
	public GroupMeetingForm newForm(StaffUser user, long courseId) {
		Actor actor = this.records.actor(user, AuditAction.CREATE);
		CourseFacts course = groupCourse(actor, courseId);
		GroupMeetingForm form = new GroupMeetingForm();
		form.setCourseId(course.id());
		this.records.startNow(form);
		List<Long> active = this.peers.activeChoices(course.organisationId()).stream().map(Choice::id).toList();
		form.setFacilitatorIds(this.queries.peerWorkersOf(course.id())
			.stream()
			.map(Choice::id)
			.filter(active::contains)
			.collect(Collectors.toCollection(ArrayList::new)));
		form.setToken(this.records.newToken(user));
		return form;
	}

	/**
	 * What the form for a meeting of the group offers: its members and the peer workers.
	 * Listing the members is audited as a search.
	 */
	@Transactional
	public GroupMeetingChoices choices(StaffUser user, long courseId) {
		Actor actor = this.records.actor(user, AuditAction.CREATE);
		CourseFacts course = groupCourse(actor, courseId);
		List<RecipientOption> members = this.queries.recipientsOf(course.id());
		this.auditLog.recordShown("RECIPIENT",
				ShownRecords.of("RECIPIENT", members.stream().map(RecipientOption::recipientId).toList()),
				SearchCriteria.of("course", course.id()), "RESULTS=" + members.size() + ";" + VIA);
		return new GroupMeetingChoices(this.meetings.groupCourse(course.id()).orElseThrow(NotFoundException::new),
				members, this.peers.activeChoices(course.organisationId()),
				this.queries.recentPlaces(user.getId(), ContactService.PLACES));
	}

	/**
	 * The form for correcting a group meeting, filled from the meeting as stored, with a
	 * fresh token. Who may correct it is the contact's rule (the author for 7 days, a
	 * coordinator); a contact that is not a group meeting is not found here (404).
	 */
	@Transactional
	public GroupMeetingForm editForm(StaffUser user, long id) {
		Contact contact = meeting(this.records.actor(user, AuditAction.UPDATE), id);
		this.records.recordRead(id, "VIEW=EDIT");
		GroupMeetingForm form = new GroupMeetingForm();
		form.fillFrom(contact);
		form.setCourseId(contact.getCourseId());
		List<Long> facilitators = new ArrayList<>();
		Long holder = contact.description().peerWorkerId();
		if (holder != null) {
			facilitators.add(holder);
		}
		facilitators.addAll(this.meetings.facilitatorIds(id));
		form.setFacilitatorIds(facilitators);
		form.setColleagues(String.join("\n", this.meetings.colleagueNames(id)));
		form.setAttendance(this.meetings.storedAttendance(id));
		form.setToken(this.records.newToken(user));
		return form;
	}

	/** What the form for correcting a group meeting offers: its course's members. */
	@Transactional
	public GroupMeetingChoices editChoices(StaffUser user, long id) {
		Contact contact = meeting(this.records.actor(user, AuditAction.UPDATE), id);
		return choices(user, Objects.requireNonNull(contact.getCourseId()));
	}

	/**
	 * Corrects a group meeting through the contact's one correction path: besides the
	 * contact's own fields, each member whose attendance changed is a history row
	 * ({@code attendance:R-...}), and so are the facilitators and the colleagues (their
	 * names only as changed).
	 */
	@Transactional
	public SavedContact update(StaffUser user, long id, GroupMeetingForm form, FormProblems problems) {
		return this.records.correct(user, id, form, problems, (actor, contact) -> {
			meeting(actor, id);
			form.setCourseId(contact.getCourseId());
			Checked checked = check(actor, form, contact.getPeerWorkerId(), problems);
			problems.throwIfAny();
			ContactDescription description = Objects.requireNonNull(checked.description());
			List<Change> changes = new ArrayList<>();
			Map<Long, Attendance> before = this.meetings.storedAttendance(id);
			Set<Long> members = new LinkedHashSet<>(before.keySet());
			members.addAll(checked.attendance().keySet());
			Map<Long, String> numbers = this.meetings.numbersOf(members);
			for (Long member : members) {
				Attendance was = before.get(member);
				Attendance is = checked.attendance().get(member);
				if (was != is) {
					changes.add(new Change("attendance:" + numbers.get(member), (was != null) ? was.name() : null,
							(is != null) ? is.name() : null));
				}
			}
			List<Long> othersBefore = this.meetings.facilitatorIds(id);
			List<Long> othersAfter = checked.peerWorkerIds()
				.stream()
				.filter((peerWorkerId) -> !peerWorkerId.equals(description.peerWorkerId()))
				.sorted()
				.toList();
			if (!othersBefore.equals(othersAfter)) {
				changes.add(new Change("facilitators", ids(othersBefore), ids(othersAfter)));
			}
			if (!this.meetings.colleagueNames(id).equals(checked.colleagues())) {
				changes.add(new Change("colleagues", null, null));
			}
			return new Correction(description, changes, () -> {
				this.participants.deleteAttendance(id);
				this.participants.insertAttendance(id, checked.attendance());
				this.participants.deleteFacilitators(id);
				this.participants.insertFacilitators(id, othersAfter, checked.colleagues());
			});
		});
	}

	private static @Nullable String ids(List<Long> ids) {
		return ids.isEmpty() ? null : ids.stream().map(String::valueOf).collect(Collectors.joining(","));
	}

	/** A group meeting the user may correct; any other contact is not found here. */
	private Contact meeting(Actor actor, long id) {
		return this.records.changeable(actor, id, Set.of(ContactKind.GROUP_MEETING), "REASON=NOT_A_GROUP_MEETING");
	}

	/**
	 * Records the meeting, its attendance and its facilitators. A form whose token was
	 * used already writes nothing and leads to what the first submit made.
	 */
	@Transactional
	public SavedContact create(StaffUser user, GroupMeetingForm form, FormProblems problems) {
		Actor actor = this.records.actor(user, AuditAction.CREATE);
		return this.records.insert(actor, form, problems, () -> {
			Checked checked = check(actor, form, null, problems);
			problems.throwIfAny();
			ContactDescription description = Objects.requireNonNull(checked.description());
			CourseFacts course = checked.course();
			List<Long> others = checked.peerWorkerIds()
				.stream()
				.filter((peerWorkerId) -> !peerWorkerId.equals(description.peerWorkerId()))
				.toList();
			Map<Attendance, Long> counts = new EnumMap<>(Attendance.class);
			checked.attendance().values().forEach((value) -> counts.merge(value, 1L, Long::sum));
			return new Insertion(
					new Contact(course.organisationId(), course.unitId(), course.id(), null, user.getId(), description,
							this.records.instant()),
					"KIND=GROUP_MEETING;PRESENT=" + counts.getOrDefault(Attendance.PRESENT, 0L) + ";ABSENT="
							+ counts.getOrDefault(Attendance.ABSENT, 0L) + ";CANCELLED="
							+ counts.getOrDefault(Attendance.CANCELLED, 0L) + ";FACILITATORS="
							+ checked.peerWorkerIds().size() + ";COLLEAGUES=" + checked.colleagues().size(),
					(id) -> {
						this.participants.insertAttendance(id, checked.attendance());
						this.participants.insertFacilitators(id, others, checked.colleagues());
					});
		});
	}

	/**
	 * A group course in the user's scope: the organisation's for a coordinator, one they
	 * run for a peer worker. Any other course, or one that is not a group course, is
	 * refused (404).
	 */
	private CourseFacts groupCourse(Actor actor, long courseId) {
		return this.queries.course(courseId)
			.filter(CourseFacts::isGroup)
			.filter((course) -> actor.isCoordinator() ? Objects.equals(course.organisationId(), actor.organisationId())
					: this.queries.isPeerWorkerOf(course.id(), actor.peerWorkerId()))
			.orElseThrow(() -> {
				this.auditLog.recordRefusal(AuditAction.CREATE, "COURSE", courseId, AuditOutcome.DENIED,
						"REASON=OUT_OF_SCOPE");
				return new NotFoundException();
			});
	}

	/**
	 * Checks the whole form: the day and time (not in the future), the duration, the
	 * course running on the day, at least one of the organisation's peer workers running
	 * it, and every member's attendance, with a registration consent valid on the day for
	 * each one present. Each member's problem is named on that member.
	 */
	private Checked check(Actor actor, GroupMeetingForm form, @Nullable Long holder, FormProblems problems) {
		Long courseId = form.getCourseId();
		if (courseId == null) {
			throw new NotFoundException();
		}
		CourseFacts course = groupCourse(actor, courseId);
		LocalDate day = form.getOccurredOn();
		MeetingRules.checkHeldTime(form, this.records.now(), problems);
		if (day != null && !course.runsOn(day)) {
			if (course.endedBefore(day)) {
				problems.add("occurredOn", "contact.group.course.ended",
						ContactService.messageDate(Objects.requireNonNull(course.endedOn())));
			}
			else {
				problems.add("occurredOn", "contact.course.notStarted", ContactService.messageDate(course.startsOn()));
			}
		}
		List<Long> peerWorkerIds = form.getFacilitatorIds().stream().filter(Objects::nonNull).distinct().toList();
		if (peerWorkerIds.isEmpty()) {
			problems.add("facilitatorIds", "contact.group.facilitators.required");
		}
		else if (!this.peers.allActiveIn(peerWorkerIds, course.organisationId())) {
			problems.add("facilitatorIds", "contact.group.facilitators.unknown");
		}
		List<String> colleagues = form.colleagueNames();
		MeetingRules.checkNames("colleagues", colleagues, problems);
		Map<Long, Attendance> attendance = attendance(form, course, day, problems);
		if (!problems.isEmpty() || day == null || form.getStartsAt() == null || form.minutes() == null) {
			return new Checked(null, course, attendance, peerWorkerIds, colleagues);
		}
		// A corrected meeting keeps its peer worker if they still ran it; else the peer
		// worker who records the meeting holds it, if they ran it; else the first one
		// ticked.
		Long holds = peerWorkerIds.contains(holder) ? holder
				: peerWorkerIds.contains(actor.peerWorkerId()) ? actor.peerWorkerId() : peerWorkerIds.get(0);
		ContactDescription description = new ContactDescription(ContactKind.GROUP_MEETING, day,
				Objects.requireNonNull(form.getStartsAt()), Objects.requireNonNull(form.minutes()),
				ContactService.blankToNull(form.getPlace()), Set.copyOf(form.getThemes()),
				ContactService.blankToNull(form.getNote()), holds, null, null, 0);
		return new Checked(description, course, attendance, peerWorkerIds, colleagues);
	}

	/**
	 * Every member's attendance, in the order of the members; a problem for each missing.
	 */
	private Map<Long, Attendance> attendance(GroupMeetingForm form, CourseFacts course, @Nullable LocalDate day,
			FormProblems problems) {
		List<RecipientOption> members = this.queries.recipientsOf(course.id());
		if (members.isEmpty()) {
			problems.add("attendance", "contact.group.members.none");
		}
		Map<Long, Attendance> attendance = new LinkedHashMap<>();
		int unanswered = 0;
		for (RecipientOption member : members) {
			String field = "attendance[" + member.recipientId() + "]";
			Attendance value = form.getAttendance().get(member.recipientId());
			if (value == null) {
				problems.add(field, "contact.group.attendance.required");
				unanswered++;
			}
			else if (value == Attendance.PRESENT && day != null
					&& !this.recipients.hasConsent(member.recipientId(), ConsentKind.REGISTRATION, day)) {
				problems.add(field, "contact.group.attendance.consent");
				unanswered++;
			}
			else {
				attendance.put(member.recipientId(), value);
			}
		}
		if (unanswered > 0) {
			problems.add("attendance", "contact.group.attendance.check", unanswered);
		}
		return attendance;
	}

	/**
	 * The description a form makes when it has no problems, and what else the meeting
	 * stores.
	 */
	private record Checked(@Nullable ContactDescription description, CourseFacts course,
			Map<Long, Attendance> attendance, List<Long> peerWorkerIds, List<String> colleagues) {

	}

}
