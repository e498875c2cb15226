package dk.peerstoette.outcome;

import dk.peerstoette.instrument.ChimeDimension;
import dk.peerstoette.security.StaffUser;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A recipient's outcome view: change per dimension, the trajectory as a chart and a
 * table, and their assessments.
 */
@Controller
class RecipientOutcomeController {

	private final RecipientOutcomeService outcomes;

	RecipientOutcomeController(RecipientOutcomeService outcomes) {
		this.outcomes = outcomes;
	}

	@GetMapping("/outcomes/recipients/{id}")
	String show(@PathVariable long id, @AuthenticationPrincipal StaffUser user, Model model) {
		model.addAttribute("outcome", this.outcomes.read(id, user));
		model.addAttribute("dimensions", ChimeDimension.values());
		model.addAttribute("horizonDays", DueAssessmentService.HORIZON_DAYS);
		return "outcome/recipient";
	}

}
