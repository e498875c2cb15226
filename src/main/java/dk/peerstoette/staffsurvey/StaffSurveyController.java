package dk.peerstoette.staffsurvey;

import java.util.List;
import java.util.Locale;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;

import dk.peerstoette.security.StaffUser;
import dk.peerstoette.staffsurvey.StaffSurveyService.OpenedRound;
import dk.peerstoette.web.FormRejectedException;
import dk.peerstoette.web.FormSubmission;

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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The coordinators' and managers' pages of the staff survey: the rounds, a new round,
 * more links, closing a round and its results. Scope and audit are the service's.
 * <p>
 * The links of a new round (or more links for one) are the answer to the POST itself, not
 * to a redirect after it: that page is the only place the tokens ever are, and a redirect
 * would have to keep them in the session (the session table) until shown. Sending the
 * form again opens no second round (one is open already).
 */
@Controller
@RequestMapping("/staff-survey")
class StaffSurveyController {

	private static final String FORM = "openRoundForm";

	private final StaffSurveyService rounds;

	StaffSurveyController(StaffSurveyService rounds) {
		this.rounds = rounds;
	}

	@InitBinder(FORM)
	void initBinder(WebDataBinder binder) {
		binder.setDisallowedFields("id");
	}

	@GetMapping
	String list(@AuthenticationPrincipal StaffUser user, Model model) {
		model.addAttribute("rounds", this.rounds.list(user));
		model.addAttribute("mayOpen", this.rounds.mayOpen(user));
		return "staffsurvey/list";
	}

	@GetMapping("/rounds/new")
	String newRound(@AuthenticationPrincipal StaffUser user, Locale locale, Model model) {
		model.addAttribute(FORM, this.rounds.newForm(user));
		return formPage(user, locale, model);
	}

	@PostMapping("/rounds")
	String open(@Valid @ModelAttribute(FORM) OpenRoundForm form, BindingResult result,
			@AuthenticationPrincipal StaffUser user, Locale locale, Model model) {
		return FormSubmission.submit(result, (problems) -> this.rounds.open(form, user, problems))
			.map((opened) -> linksPage(opened, model))
			.orElseGet(() -> formPage(user, locale, model));
	}

	@GetMapping("/rounds/{id}")
	String round(@PathVariable long id, @AuthenticationPrincipal StaffUser user, Model model) {
		model.addAttribute("view", this.rounds.read(id, user));
		model.addAttribute("maxLinks", StaffSurveyService.MAX_LINKS);
		return "staffsurvey/round";
	}

	@PostMapping("/rounds/{id}/links")
	String addLinks(@PathVariable long id, @RequestParam(name = "links", required = false) @Nullable Integer count,
			@AuthenticationPrincipal StaffUser user, Model model, RedirectAttributes redirect) {
		try {
			return linksPage(this.rounds.addLinks(id, count, user), model);
		}
		catch (FormRejectedException ex) {
			redirect.addFlashAttribute("error", ex.firstCode());
			return "redirect:/staff-survey/rounds/" + id;
		}
	}

	@PostMapping("/rounds/{id}/close")
	String close(@PathVariable long id, @RequestParam(name = "version", defaultValue = "-1") long version,
			@AuthenticationPrincipal StaffUser user, RedirectAttributes redirect) {
		FormSubmission.change(redirect, "staffsurvey.round.closedNow", () -> this.rounds.close(id, version, user));
		return "redirect:/staff-survey/rounds/" + id;
	}

	private String formPage(StaffUser user, Locale locale, Model model) {
		model.addAttribute("choices", this.rounds.choices(user, locale));
		model.addAttribute("maxLinks", StaffSurveyService.MAX_LINKS);
		return "staffsurvey/new";
	}

	private String linksPage(OpenedRound opened, Model model) {
		List<String> links = opened.tokens()
			.stream()
			.map((token) -> ServletUriComponentsBuilder.fromCurrentContextPath()
				.path(SurveyAnswerController.PATH + "/{token}")
				.buildAndExpand(token)
				.toUriString())
			.toList();
		model.addAttribute("round", opened.round());
		model.addAttribute("answerLinks", links);
		model.addAttribute("linkText", String.join("\n", links));
		return "staffsurvey/links";
	}

}
