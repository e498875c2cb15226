package dk.peerstoette.outcome;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * When in a course an assessment is taken. Baseline falls due when the course starts, the
 * follow-ups a number of months after that, the end assessment when the course ends; ad
 * hoc ones are never due. Labels are {@code outcome.timepoint.<NAME>}.
 */
public enum Timepoint {

	BASELINE(0), MONTH_3(3), MONTH_6(6), END(-1), AD_HOC(-1);

	private final int monthsAfterStart;

	Timepoint(int monthsAfterStart) {
		this.monthsAfterStart = monthsAfterStart;
	}

	/**
	 * The day this timepoint falls due in a course that starts and ends (or is planned to
	 * end) on these days, or none if it is never due.
	 */
	public @Nullable LocalDate dueOn(LocalDate courseStartsOn, @Nullable LocalDate courseEndsOn) {
		if (this == END) {
			return courseEndsOn;
		}
		return (this.monthsAfterStart < 0) ? null : courseStartsOn.plusMonths(this.monthsAfterStart);
	}

}
