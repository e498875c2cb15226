package dk.peerstoette.staffsurvey;

import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;

import dk.peerstoette.instrument.InstrumentDefinition;
import dk.peerstoette.web.FormSubmission;

import org.springframework.http.HttpStatus;
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

/**
 * The answer page, open to anyone who holds a link (the security configuration lets
 * {@value #PATH}{@code /**} through without signing in; CSRF stays on). A link that was
 * used, belongs to a closed round or never existed gets one and the same page. The page
 * sends no referrer, so the link goes nowhere from it.
 */
@Controller
@RequestMapping(SurveyAnswerController.PATH)
class SurveyAnswerController {

	/** Where the answer pages live; public. */
	static final String PATH = "/staff-survey/answer";

	private static final String FORM = "answerForm";

	private final SurveyAnswerService answers;

	private final KeptSurveyAnswers kept;

	SurveyAnswerController(SurveyAnswerService answers, KeptSurveyAnswers kept) {
		this.answers = answers;
		this.kept = kept;
	}

	@InitBinder(FORM)
	void initBinder(WebDataBinder binder) {
		binder.setAllowedFields("answers*");
	}

	@GetMapping("/thanks")
	String thanks() {
		return "staffsurvey/answer/done";
	}

	@GetMapping("/{token}")
	String form(@PathVariable String token,
			@RequestParam(name = "restored", required = false) @Nullable String restored, @Nullable HttpSession session,
			HttpServletResponse response, Model model) {
		Optional<InstrumentDefinition> instrument = this.answers.questionnaire(token);
		if (instrument.isEmpty()) {
			return unavailable(response);
		}
		SurveyAnswerForm form = (restored != null) ? this.kept.restore(session, token).orElse(null) : null;
		model.addAttribute("restored", form != null);
		model.addAttribute(FORM, (form != null) ? form : new SurveyAnswerForm());
		return page(token, instrument.get(), response, model);
	}

	@PostMapping("/{token}")
	String answer(@PathVariable String token, @ModelAttribute(FORM) SurveyAnswerForm form, BindingResult result,
			HttpServletResponse response, Model model) {
		try {
			if (FormSubmission.save(result, (problems) -> this.answers.answer(token, form, problems))) {
				return "redirect:" + PATH + "/thanks";
			}
		}
		catch (LinkUnavailableException ex) {
			return unavailable(response);
		}
		Optional<InstrumentDefinition> instrument = this.answers.questionnaire(token);
		return instrument.isPresent() ? page(token, instrument.get(), response, model) : unavailable(response);
	}

	/** One page for a link used, closed or unknown; nothing says which. */
	private static String unavailable(HttpServletResponse response) {
		response.setStatus(HttpStatus.NOT_FOUND.value());
		noReferrer(response);
		return "staffsurvey/answer/unavailable";
	}

	private static String page(String token, InstrumentDefinition instrument, HttpServletResponse response,
			Model model) {
		noReferrer(response);
		model.addAttribute("token", token);
		model.addAttribute("instrument", instrument);
		return "staffsurvey/answer/form";
	}

	/** The token is in the page's address: no request from the page carries it on. */
	private static void noReferrer(HttpServletResponse response) {
		response.setHeader("Referrer-Policy", "no-referrer");
	}

}
