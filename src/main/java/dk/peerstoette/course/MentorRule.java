package dk.peerstoette.course;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The mentor rule: a mentor course may start up to 3 months before the recorded discharge
 * date and should last at least 6 months in total, to its end or else its planned end. It
 * warns, it does not block. {@link #BROKEN_SQL} is the same rule for the list filter.
 */
final class MentorRule {

	static final int MONTHS_BEFORE_DISCHARGE = 3;

	static final int MINIMUM_MONTHS = 6;

	/** True for a mentor course row {@code c} that breaks the rule. */
	static final String BROKEN_SQL = """
			(c.kind = 'MENTOR' and ((c.discharge_on is not null and c.starts_on < c.discharge_on - interval '3 months')
			  or coalesce(c.ended_on, c.planned_end_on) is null
			  or coalesce(c.ended_on, c.planned_end_on) < c.starts_on + interval '6 months'))""";

	/** What is wrong; message keys {@code course.mentorRule.<name>}. */
	enum Problem {

		/** Starts more than 3 months before the discharge date. */
		STARTS_TOO_EARLY,
		/** Ends, or is planned to end, less than 6 months after the start. */
		TOO_SHORT,
		/** Has neither an end nor a planned end, so its length cannot be checked. */
		NO_PLANNED_END

	}

	private MentorRule() {
	}

	/** The problems of a course; none for a course that is not a mentor course. */
	static List<Problem> check(CourseKind kind, LocalDate startsOn, @Nullable LocalDate plannedEndOn,
			@Nullable LocalDate endedOn, @Nullable LocalDate dischargeOn) {
		List<Problem> problems = new ArrayList<>();
		if (kind != CourseKind.MENTOR) {
			return problems;
		}
		if (dischargeOn != null && startsOn.isBefore(dischargeOn.minusMonths(MONTHS_BEFORE_DISCHARGE))) {
			problems.add(Problem.STARTS_TOO_EARLY);
		}
		LocalDate end = (endedOn != null) ? endedOn : plannedEndOn;
		if (end == null) {
			problems.add(Problem.NO_PLANNED_END);
		}
		else if (end.isBefore(startsOn.plusMonths(MINIMUM_MONTHS))) {
			problems.add(Problem.TOO_SHORT);
		}
		return problems;
	}

}
