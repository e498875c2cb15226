package dk.peerstoette.checkin;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;

import dk.peerstoette.security.StaffUser;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A peer worker's own check-ins (their trend, a new one, deleting one) and the
 * supervising coordinator's flags. Who may do what is decided by {@link CheckInService}
 * and {@link SupervisionFlags}.
 */
@Controller
@RequestMapping("/checkins")
class CheckInController {

	private final CheckInService checkIns;

	private final SupervisionFlags flags;

	private final Clock clock;

	CheckInController(CheckInService checkIns, SupervisionFlags flags, Clock clock) {
		this.checkIns = checkIns;
		this.flags = flags;
		this.clock = clock;
	}

	@InitBinder("checkInForm")
	void checkedForm(WebDataBinder binder) {
		binder.addValidators(CheckInForm.validator(this.clock));
	}

	@ModelAttribute
	void scale(Model model) {
		model.addAttribute("questions", CheckInForm.QUESTIONS);
		model.addAttribute("scale", List.of(0, 1, 2, 3, 4));
		model.addAttribute("highStrain", CheckInAnswers.HIGH_STRAIN);
	}

	@GetMapping
	String list(@AuthenticationPrincipal StaffUser user, Model model) {
		model.addAttribute("own", this.checkIns.own(user));
		return "checkin/list";
	}

	@GetMapping("/new")
	String newForm(@AuthenticationPrincipal StaffUser user, Model model) {
		if (!this.checkIns.mayAnswer(user)) {
			return "redirect:/checkins";
		}
		model.addAttribute("checkInForm", CheckInForm.forDay(LocalDate.now(this.clock)));
		return "checkin/new";
	}

	@PostMapping
	String create(@AuthenticationPrincipal StaffUser user, @Valid @ModelAttribute("checkInForm") CheckInForm form,
			BindingResult result, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			// Refuses other roles before the form comes back.
			this.checkIns.mayAnswer(user);
			return "checkin/new";
		}
		this.checkIns.create(user, form);
		redirect.addFlashAttribute("success", "checkin.saved");
		return "redirect:/checkins";
	}

	@PostMapping("/{id}/delete")
	String delete(@AuthenticationPrincipal StaffUser user, @PathVariable long id, RedirectAttributes redirect) {
		this.checkIns.delete(user, id);
		redirect.addFlashAttribute("success", "checkin.deleted");
		return "redirect:/checkins";
	}

	@GetMapping("/supervision")
	String supervision(@AuthenticationPrincipal StaffUser user, Model model) {
		model.addAttribute("peers", this.flags.supervisedBy(user));
		model.addAttribute("overdueWeeks", this.flags.overdueWeeks());
		return "checkin/supervision";
	}

}
