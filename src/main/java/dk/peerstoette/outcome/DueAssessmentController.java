package dk.peerstoette.outcome;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import dk.peerstoette.security.StaffUser;
import dk.peerstoette.web.ListPages;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The list of assessments that are overdue or upcoming, each with a link to start it. */
@Controller
class DueAssessmentController {

	private final DueAssessmentService due;

	private final Clock clock;

	DueAssessmentController(DueAssessmentService due, Clock clock) {
		this.due = due;
		this.clock = clock;
	}

	@GetMapping("/outcomes/due")
	String due(@RequestParam(name = "show", required = false) @Nullable DueFilter filter,
			@RequestParam(name = "q", required = false) @Nullable String text, Pageable pageable,
			@AuthenticationPrincipal StaffUser user, Locale locale, Model model) {
		DueFilter shown = (filter != null) ? filter : DueFilter.ALL;
		Page<DueAssessment> page = this.due.list(shown, text,
				ListPages.of(pageable, DueAssessmentService.SORTABLE, "due"), user, LocalDate.now(this.clock));
		model.addAttribute("page", page);
		model.addAttribute("q", (text != null) ? text.strip() : null);
		model.addAttribute("filters", DueFilter.values());
		model.addAttribute("selectedFilter", shown);
		model.addAttribute("filtered", shown != DueFilter.ALL || (text != null && !text.isBlank()));
		model.addAttribute("horizonDays", DueAssessmentService.HORIZON_DAYS);
		return "outcome/due";
	}

}
