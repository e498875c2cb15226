package dk.peerstoette.dashboard;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import dk.peerstoette.course.CourseKind;
import dk.peerstoette.partnership.EmploymentForm;
import dk.peerstoette.partnership.PeerRole;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

/**
 * What the dashboard is filtered by, bound from the query string. Every filter narrows
 * the user's scope; none widens it. Without a period the current year is shown.
 *
 * <p>
 * Periods are whole calendar months: a month, a quarter, a year, or a custom run of
 * months ({@code from=2026-01&to=2026-11}) of at most {@value #MAX_CUSTOM_MONTHS} months.
 * Two periods that differ by a day would let a reader subtract one answer from the other
 * and see what happened to one person on that day; whole months close that.
 *
 * <p>
 * Role, form and course kind are the enums' names in the query string: a name there is
 * not does not bind and is refused next to its field (typeMismatch), an empty one means
 * every value.
 */
public class DashboardFilter {

	/** The first and last year a period may lie in. */
	public static final int FIRST_YEAR = 2000;

	public static final int LAST_YEAR = 2100;

	/** The longest custom period: ten years. */
	public static final int MAX_CUSTOM_MONTHS = 120;

	/** The kinds of period to choose from. */
	public enum PeriodKind {

		MONTH, QUARTER, YEAR, CUSTOM

	}

	private PeriodKind period = PeriodKind.YEAR;

	private @Nullable Integer year;

	private @Nullable Integer month;

	private @Nullable Integer quarter;

	@DateTimeFormat(pattern = "yyyy-MM")
	private @Nullable YearMonth from;

	@DateTimeFormat(pattern = "yyyy-MM")
	private @Nullable YearMonth to;

	private @Nullable Long partnership;

	private @Nullable Long organisation;

	private @Nullable Long unit;

	private @Nullable Long model;

	private @Nullable PeerRole role;

	private @Nullable EmploymentForm form;

	private @Nullable CourseKind courseKind;

	private @Nullable Long targetGroup;

	public PeriodKind getPeriod() {
		return this.period;
	}

	public void setPeriod(@Nullable PeriodKind period) {
		this.period = (period != null) ? period : PeriodKind.YEAR;
	}

	public @Nullable Integer getYear() {
		return this.year;
	}

	public void setYear(@Nullable Integer year) {
		this.year = year;
	}

	public @Nullable Integer getMonth() {
		return this.month;
	}

	public void setMonth(@Nullable Integer month) {
		this.month = month;
	}

	public @Nullable Integer getQuarter() {
		return this.quarter;
	}

	public void setQuarter(@Nullable Integer quarter) {
		this.quarter = quarter;
	}

	public @Nullable YearMonth getFrom() {
		return this.from;
	}

	public void setFrom(@Nullable YearMonth from) {
		this.from = from;
	}

	public @Nullable YearMonth getTo() {
		return this.to;
	}

	public void setTo(@Nullable YearMonth to) {
		this.to = to;
	}

	public @Nullable Long getPartnership() {
		return this.partnership;
	}

	public void setPartnership(@Nullable Long partnership) {
		this.partnership = partnership;
	}

	public @Nullable Long getOrganisation() {
		return this.organisation;
	}

	public void setOrganisation(@Nullable Long organisation) {
		this.organisation = organisation;
	}

	public @Nullable Long getUnit() {
		return this.unit;
	}

	public void setUnit(@Nullable Long unit) {
		this.unit = unit;
	}

	public @Nullable Long getModel() {
		return this.model;
	}

	public void setModel(@Nullable Long model) {
		this.model = model;
	}

	public @Nullable PeerRole getRole() {
		return this.role;
	}

	public void setRole(@Nullable PeerRole role) {
		this.role = role;
	}

	public @Nullable EmploymentForm getForm() {
		return this.form;
	}

	public void setForm(@Nullable EmploymentForm form) {
		this.form = form;
	}

	public @Nullable CourseKind getCourseKind() {
		return this.courseKind;
	}

	public void setCourseKind(@Nullable CourseKind courseKind) {
		this.courseKind = courseKind;
	}

	public @Nullable Long getTargetGroup() {
		return this.targetGroup;
	}

	public void setTargetGroup(@Nullable Long targetGroup) {
		this.targetGroup = targetGroup;
	}

	/**
	 * The filters that narrow the scope and are set, by their query parameter, in the
	 * order of the form: for the export links and the audit.
	 */
	public Map<String, Object> narrowing() {
		Map<String, Object> set = new LinkedHashMap<>();
		putIfSet(set, "partnership", this.partnership);
		putIfSet(set, "organisation", this.organisation);
		putIfSet(set, "unit", this.unit);
		putIfSet(set, "model", this.model);
		putIfSet(set, "role", this.role);
		putIfSet(set, "form", this.form);
		putIfSet(set, "courseKind", this.courseKind);
		putIfSet(set, "targetGroup", this.targetGroup);
		return set;
	}

	private static void putIfSet(Map<String, Object> set, String name, @Nullable Object value) {
		if (value != null) {
			set.put(name, value);
		}
	}

	/**
	 * Names every problem of the filter next to its field: a year, month or quarter out
	 * of range, a custom period without both months, ending before it starts or longer
	 * than ten years (a role, form or course kind there is not has failed to bind). The
	 * page shows them; the exports refuse a filter with any.
	 */
	public void validate(Errors errors) {
		if (this.year != null && (this.year < FIRST_YEAR || this.year > LAST_YEAR)) {
			reject(errors, "year", "dashboard.filter.year.range");
		}
		if (this.month != null && (this.month < 1 || this.month > 12)) {
			reject(errors, "month", "dashboard.filter.invalid");
		}
		if (this.quarter != null && (this.quarter < 1 || this.quarter > 4)) {
			reject(errors, "quarter", "dashboard.filter.invalid");
		}
		if (this.period == PeriodKind.CUSTOM) {
			if (this.from == null) {
				reject(errors, "from", "dashboard.filter.from.required");
			}
			else if (this.from.getYear() < FIRST_YEAR || this.from.getYear() > LAST_YEAR) {
				reject(errors, "from", "dashboard.filter.year.range");
			}
			if (this.to == null) {
				reject(errors, "to", "dashboard.filter.to.required");
			}
			else if (this.to.getYear() < FIRST_YEAR || this.to.getYear() > LAST_YEAR) {
				reject(errors, "to", "dashboard.filter.year.range");
			}
			else if (this.from != null && this.to.isBefore(this.from)) {
				reject(errors, "to", "dashboard.filter.to.beforeFrom");
			}
			else if (this.from != null && this.from.plusMonths(MAX_CUSTOM_MONTHS).isBefore(this.to.plusMonths(1))) {
				reject(errors, "to", "dashboard.filter.to.tooLong");
			}
		}
	}

	/** A value that did not bind (e.g. a day for a month) has its own message already. */
	private static void reject(Errors errors, String field, String code) {
		if (!errors.hasFieldErrors(field)) {
			errors.rejectValue(field, code);
		}
	}

	/**
	 * The period the filter names; missing year, month or quarter are those of today. A
	 * filter that {@link #validate} refuses names none.
	 */
	public @Nullable Period resolve(LocalDate today) {
		int y = (this.year != null) ? this.year : today.getYear();
		if (y < FIRST_YEAR || y > LAST_YEAR) {
			return null;
		}
		return switch (this.period) {
			case YEAR -> new Period(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31));
			case MONTH -> {
				int m = (this.month != null) ? this.month : today.getMonthValue();
				if (m < 1 || m > 12) {
					yield null;
				}
				YearMonth ym = YearMonth.of(y, m);
				yield new Period(ym.atDay(1), ym.atEndOfMonth());
			}
			case QUARTER -> {
				int q = (this.quarter != null) ? this.quarter : (today.getMonthValue() - 1) / 3 + 1;
				if (q < 1 || q > 4) {
					yield null;
				}
				LocalDate first = LocalDate.of(y, (q - 1) * 3 + 1, 1);
				yield new Period(first, first.plusMonths(3).minusDays(1));
			}
			case CUSTOM -> (this.from != null && this.to != null && !this.to.isBefore(this.from)
					&& this.from.getYear() >= FIRST_YEAR && this.to.getYear() <= LAST_YEAR
					&& !this.from.plusMonths(MAX_CUSTOM_MONTHS).isBefore(this.to.plusMonths(1)))
							? new Period(this.from.atDay(1), this.to.atEndOfMonth()) : null;
		};
	}

}
