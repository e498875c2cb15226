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

	/**
	 * True for a mentor course row {@code c} that breaks the rule, over both parts of a
	 * shared mentor course: the first part's start, the last part's end and the discharge
	 * date that either part records.
	 */
	static final String BROKEN_SQL = """
			(c.kind = 'MENTOR' and exists (
			  select 1 from (
			    select coalesce(p.starts_on, c.starts_on) as s,
			           coalesce(c.discharge_on, p.discharge_on, n.discharge_on) as d,
			           case when n.id is null then coalesce(c.ended_on, c.planned_end_on)
			                else coalesce(n.ended_on, n.planned_end_on) end as e
			    from (select 1) as one
			    left join course p on p.id = c.continues_course_id
			    left join course n on n.continues_course_id = c.id) w
			  where (w.d is not null and w.s < w.d - interval '3 months')
			     or w.e is null or w.e < w.s + interval '6 months'))""";

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
