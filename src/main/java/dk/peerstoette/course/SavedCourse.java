package dk.peerstoette.course;

import java.util.List;

/** A course just created or changed, with what the mentor rule says about it. */
record SavedCourse(long id, List<MentorRule.Problem> mentorRuleProblems) {

	boolean breaksMentorRule() {
		return !this.mentorRuleProblems.isEmpty();
	}

}
