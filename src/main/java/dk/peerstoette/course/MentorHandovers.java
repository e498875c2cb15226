package dk.peerstoette.course;

import java.util.List;
import java.util.Optional;

/**
 * Shared mentor courses, for the module that hands a course over (referral): which of an
 * organisation's mentor courses can be handed over with a recipient's referral, and the
 * step that makes the receiving organisation's mentor course continue it. The caller
 * checks the user, the referral and the consent, and audits.
 */
public interface MentorHandovers {

	/**
	 * The organisation's mentor courses of the recipient that can still be handed over:
	 * not ended, not themselves a continuation, not continued yet.
	 */
	List<HandoverCourse> handoverChoices(long organisationId, long recipientId);

	/** The course as a handover shows it, if it is one of {@link #handoverChoices}. */
	Optional<HandoverCourse> handoverChoice(long courseId, long organisationId, long recipientId);

	/** The handed-over course's dates, for the referral's page. */
	Optional<HandoverCourse> handedOver(long courseId);

	/**
	 * Makes a newly started mentor course of the receiving organisation continue the
	 * handed-over one; false, and nothing changed, if either is no longer fit for it (the
	 * new course is not a mentor course, or the handed-over one was continued already).
	 */
	boolean continueFrom(long courseId, long handedOverCourseId);

}
