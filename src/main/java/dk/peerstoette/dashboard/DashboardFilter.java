package dk.peerstoette.dashboard;

import java.time.LocalDate;
import java.time.YearMonth;

import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * What the dashboard is filtered by, bound from the query string. Every filter narrows
 * the user's scope; none widens it. Without a period the current year is shown.
 */
public class DashboardFilter {

	/** The kinds of period to choose from. */
	public enum PeriodKind {

		MONTH, QUARTER, YEAR, CUSTOM

	}

	private PeriodKind period = PeriodKind.YEAR;

	private @Nullable Integer year;

	private @Nullable Integer month;

	private @Nullable Integer quarter;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate from;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate to;

	private @Nullable Long partnership;

	private @Nullable Long organisation;

	private @Nullable Long unit;

	private @Nullable Long model;

	/** CONVENTIONAL or SUPPLEMENTARY (partnership.PeerRole). */
	private @Nullable String role;

	/** PAID, VOLUNTEER or MENTOR (partnership.EmploymentForm). */
	private @Nullable String form;

	/** INDIVIDUAL, GROUP, MENTOR or BRIDGE_BUILDING. */
	private @Nullable String courseKind;

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

	public @Nullable LocalDate getFrom() {
		return this.from;
	}

	public void setFrom(@Nullable LocalDate from) {
		this.from = from;
	}

	public @Nullable LocalDate getTo() {
		return this.to;
	}

	public void setTo(@Nullable LocalDate to) {
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

	public @Nullable String getRole() {
		return this.role;
	}

	public void setRole(@Nullable String role) {
		this.role = role;
	}

	public @Nullable String getForm() {
		return this.form;
	}

	public void setForm(@Nullable String form) {
		this.form = form;
	}

	public @Nullable String getCourseKind() {
		return this.courseKind;
	}

	public void setCourseKind(@Nullable String courseKind) {
		this.courseKind = courseKind;
	}

	public @Nullable Long getTargetGroup() {
		return this.targetGroup;
	}

	public void setTargetGroup(@Nullable Long targetGroup) {
		this.targetGroup = targetGroup;
	}

	/**
	 * The period the filter names; missing year, month or quarter are those of today. A
	 * custom period without both days, or ending before it starts, names none.
	 */
	public @Nullable Period resolve(LocalDate today) {
		int y = (this.year != null) ? this.year : today.getYear();
		return switch (this.period) {
			case YEAR -> new Period(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31));
			case MONTH -> {
				int m = (this.month != null && this.month >= 1 && this.month <= 12) ? this.month
						: today.getMonthValue();
				YearMonth ym = YearMonth.of(y, m);
				yield new Period(ym.atDay(1), ym.atEndOfMonth());
			}
			case QUARTER -> {
				int q = (this.quarter != null && this.quarter >= 1 && this.quarter <= 4) ? this.quarter
						: (today.getMonthValue() - 1) / 3 + 1;
				LocalDate first = LocalDate.of(y, (q - 1) * 3 + 1, 1);
				yield new Period(first, first.plusMonths(3).minusDays(1));
			}
			case CUSTOM -> (this.from != null && this.to != null && !this.to.isBefore(this.from))
					? new Period(this.from, this.to) : null;
		};
	}

}
