package dk.peerstoette.checkin;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;

import dk.peerstoette.security.StaffUser;
import dk.peerstoette.web.FormSubmission;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A peer worker's own check-ins (their trend, a new one, whether one counts in anonymous
 * statistics, deleting one) and the supervising coordinator's flags. Who may do what is
 * decided by {@link CheckInService} and {@link SupervisionFlags}.
 */
@Controller
@RequestMapping("/checkins")
class CheckInController {

	private static final String FORM = "checkInForm";

	private final CheckInService checkIns;

	private final SupervisionFlags flags;

	private final Clock clock;

	CheckInController(CheckInService checkIns, SupervisionFlags flags, Clock clock) {
		this.checkIns = checkIns;
		this.flags = flags;
		this.clock = clock;
	}

	@ModelAttribute
	void highStrain(Model model) {
		model.addAttribute("highStrain", SupervisionFlags.HIGH_STRAIN_EXAMPLE);
	}

	@GetMapping
	String list(@AuthenticationPrincipal StaffUser user, Model model) {
		model.addAttribute("own", this.checkIns.own(user));
		return "checkin/list";
	}

	@GetMapping("/new")
	String newForm(@AuthenticationPrincipal StaffUser user,
			@RequestParam(name = "instrument", required = false) @Nullable Long instrumentId, Locale locale,
			Model model) {
		if (!this.checkIns.mayAnswer(user)) {
			return "redirect:/checkins";
		}
		CheckInService.Questionnaire questionnaire = this.checkIns.questionnaire(user, instrumentId, locale);
		model.addAttribute(FORM, CheckInForm.forDay(LocalDate.now(this.clock), questionnaire.instrument().id()));
		model.addAttribute("questionnaire", questionnaire);
		return "checkin/new";
	}

	@PostMapping
	String create(@AuthenticationPrincipal StaffUser user, @Valid @ModelAttribute(FORM) CheckInForm form,
			BindingResult result, Locale locale, Model model, RedirectAttributes redirect) {
		if (FormSubmission.save(result, (problems) -> this.checkIns.create(user, form, problems))) {
			redirect.addFlashAttribute("success", "checkin.saved");
			return "redirect:/checkins";
		}
		CheckInService.Questionnaire questionnaire = this.checkIns.questionnaire(user, form.getInstrumentId(), locale);
		form.setInstrumentId(questionnaire.instrument().id());
		model.addAttribute("questionnaire", questionnaire);
		return "checkin/new";
	}

	@PostMapping("/{id}/statistics")
	String statistics(@AuthenticationPrincipal StaffUser user, @PathVariable long id,
			@RequestParam(name = "counts") boolean counts, RedirectAttributes redirect) {
		FormSubmission.change(redirect, counts ? "checkin.statistics.counted" : "checkin.statistics.leftOut",
				() -> this.checkIns.countInStatistics(user, id, counts));
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
