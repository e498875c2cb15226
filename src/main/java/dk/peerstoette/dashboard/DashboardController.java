package dk.peerstoette.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

import dk.peerstoette.course.CourseKind;
import dk.peerstoette.dashboard.DashboardFilter.PeriodKind;
import dk.peerstoette.partnership.EmploymentForm;
import dk.peerstoette.partnership.PeerRole;
import dk.peerstoette.security.StaffUser;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The dashboard page: the filter form (GET, so a view can be bookmarked) and every table
 * with its chart. Scope, figures, disclosure control and audit are the service's.
 */
@Controller
class DashboardController {

	private final DashboardService dashboards;

	private final Clock clock;

	DashboardController(DashboardService dashboards, Clock clock) {
		this.dashboards = dashboards;
		this.clock = clock;
	}

	@GetMapping("/dashboard")
	String show(@ModelAttribute("filter") DashboardFilter filter, BindingResult binding,
			@AuthenticationPrincipal StaffUser user, Locale locale, Model model) {
		// The choices come first: they refuse a role without dashboards.
		model.addAttribute("choices", this.dashboards.choices(user, locale));
		filter.validate(binding);
		LocalDate today = LocalDate.now(this.clock);
		// The form shows what an empty field means.
		if (filter.getYear() == null) {
			filter.setYear(today.getYear());
		}
		if (filter.getMonth() == null) {
			filter.setMonth(today.getMonthValue());
		}
		if (filter.getQuarter() == null) {
			filter.setQuarter((today.getMonthValue() - 1) / 3 + 1);
		}
		model.addAttribute("k", this.dashboards.minPersons());
		model.addAttribute("scopeKey", "dashboard.scope." + user.getRole().name());
		model.addAttribute("periods", PeriodKind.values());
		model.addAttribute("years", IntStream.rangeClosed(today.getYear() - 5, today.getYear() + 1).boxed().toList());
		Map<Integer, String> months = new LinkedHashMap<>();
		for (Month month : Month.values()) {
			months.put(month.getValue(), month.getDisplayName(TextStyle.FULL_STANDALONE, locale));
		}
		model.addAttribute("months", months);
		model.addAttribute("roles", PeerRole.values());
		model.addAttribute("forms", EmploymentForm.values());
		model.addAttribute("courseKinds", CourseKind.values());
		if (binding.hasErrors()) {
			model.addAttribute("tables", List.of());
			return "dashboard/show";
		}
		Period period = filter.resolve(today);
		List<FigureTable> tables = this.dashboards.figures(filter, user, locale);
		List<TableView> views = new ArrayList<>();
		for (FigureTable table : tables) {
			views.add(new TableView(table, plotted(table)));
		}
		model.addAttribute("period", period);
		model.addAttribute("headline", Headline.of(tables));
		model.addAttribute("tables", views);
		return "dashboard/show";
	}

	/** How many of the first columns a chart draws: the parts, never a total. */
	static int plotted(FigureTable table) {
		if (table.chart() == FigureTable.ChartKind.NONE) {
			return 0;
		}
		if ("chime-role".equals(table.id())) {
			return PeerRole.values().length;
		}
		return table.columns().size() - (table.lastColumnIsTotal() ? 1 : 0);
	}

	/** A table and how many of its columns its chart draws. */
	record TableView(FigureTable table, int plotted) {
	}

}
