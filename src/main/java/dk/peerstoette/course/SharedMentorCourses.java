package dk.peerstoette.course;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import dk.peerstoette.partnership.ProgrammeDirectory;
import dk.peerstoette.recipient.RecipientDirectory;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Shared mentor courses: the ward's part (before discharge) and the municipality's part
 * that continues it, each a course of its own organisation. The mentor rule is checked
 * over both parts; a part's page shows the other part's place and dates only while the
 * recipient's consent to sharing with the continuing organisation holds.
 */
@Component
class SharedMentorCourses implements MentorHandovers {

	private final CourseRepository courses;

	private final ProgrammeDirectory structure;

	private final RecipientDirectory recipients;

	private final Clock clock;

	SharedMentorCourses(CourseRepository courses, ProgrammeDirectory structure, RecipientDirectory recipients,
			Clock clock) {
		this.courses = courses;
		this.structure = structure;
		this.recipients = recipients;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public List<HandoverCourse> handoverChoices(long organisationId, long recipientId) {
		List<Course> found = this.courses.findHandoverChoices(organisationId, recipientId);
		Map<Long, String> units = this.structure.unitNames(found.stream().map(Course::getUnitId).toList());
		return found.stream().map((course) -> handover(course, units)).toList();
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<HandoverCourse> handoverChoice(long courseId, long organisationId, long recipientId) {
		return handoverChoices(organisationId, recipientId).stream()
			.filter((choice) -> choice.id() == courseId)
			.findFirst();
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<HandoverCourse> handedOver(long courseId) {
		return this.courses.findById(courseId)
			.map((course) -> handover(course, this.structure.unitNames(Set.of(course.getUnitId()))));
	}

	@Override
	@Transactional
	public boolean continueFrom(long courseId, long handedOverCourseId) {
		Course course = this.courses.findById(courseId).orElseThrow();
		Course handedOver = this.courses.findById(handedOverCourseId).orElseThrow();
		if (course.getKind() != CourseKind.MENTOR || otherPart(handedOver) != null) {
			return false;
		}
		course.continueFrom(handedOver);
		this.courses.flush();
		return true;
	}

	/**
	 * The other part of a shared mentor course, whatever the consent: the rule needs it.
	 */
	@Nullable Course otherPart(Course course) {
		Long continues = course.getContinuesCourseId();
		if (continues != null) {
			return this.courses.findById(continues).orElse(null);
		}
		return this.courses.findByContinuesCourseId(Objects.requireNonNull(course.getId())).orElse(null);
	}

	/** The mentor rule's problems over the whole of a shared course. */
	List<MentorRule.Problem> mentorRuleProblems(Course course) {
		return course.mentorRuleProblems(mentorPartner(course));
	}

	/** The other part of a mentor course; none for a course of another kind. */
	@Nullable Course mentorPartner(Course course) {
		return (course.getKind() == CourseKind.MENTOR) ? otherPart(course) : null;
	}

	/**
	 * Both parts in order, for a course's page, given the other part
	 * ({@link #mentorPartner}); none for a course that is not shared, and none, with
	 * {@code hidden} set, while the consent to sharing does not hold.
	 */
	Parts parts(Course course, @Nullable Course other) {
		if (other == null) {
			return new Parts(List.of(), false);
		}
		Course first = (course.getContinuesCourseId() != null) ? other : course;
		Course last = (first == course) ? other : course;
		LocalDate today = LocalDate.now(this.clock);
		boolean shared = first.getRecipientIds()
			.stream()
			.anyMatch((recipient) -> this.recipients.sharesWith(recipient, last.getOrganisationId(), today));
		if (!shared) {
			return new Parts(List.of(), true);
		}
		Map<Long, String> units = this.structure.unitNames(List.of(first.getUnitId(), last.getUnitId()));
		return new Parts(List.of(part(first, course, units), part(last, course, units)), false);
	}

	private CoursePart part(Course part, Course shown, Map<Long, String> units) {
		return new CoursePart(this.structure.organisationName(part.getOrganisationId()),
				units.getOrDefault(part.getUnitId(), ""), part.getStartsOn(), part.getPlannedEndOn(), part.getEndedOn(),
				part.getDischargeOn(), part == shown);
	}

	private static HandoverCourse handover(Course course, Map<Long, String> units) {
		return new HandoverCourse(Objects.requireNonNull(course.getId()), units.getOrDefault(course.getUnitId(), ""),
				course.getStartsOn(), course.getPlannedEndOn(), course.getDischargeOn());
	}

	/** A course's shared parts, or that they are hidden for want of consent. */
	record Parts(List<CoursePart> parts, boolean hidden) {

	}

}
