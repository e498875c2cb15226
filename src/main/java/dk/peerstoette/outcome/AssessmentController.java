package dk.peerstoette.outcome;

import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import dk.peerstoette.outcome.AssessmentService.Completion;
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
 * Starting an assessment, answering it with the recipient, and its page; handing the
 * device over for a self-report. Scope and audit are the service's.
 */
@Controller
@RequestMapping("/outcomes/assessments")
class AssessmentController {

	private static final String FORM = "assessmentForm";

	private final AssessmentService assessments;

	AssessmentController(AssessmentService assessments) {
		this.assessments = assessments;
	}

	@GetMapping("/new")
	String newAssessment(@RequestParam("recipient") long recipientId, @RequestParam("course") long courseId,
			@RequestParam(name = "timepoint", required = false) Timepoint timepoint,
			@AuthenticationPrincipal StaffUser user, Locale locale, Model model) {
		AssessmentForm form = this.assessments.newForm(user, recipientId, courseId);
		form.setTimepoint(timepoint);
		model.addAttribute(FORM, form);
		return startPage(user, form, locale, model);
	}

	@PostMapping
	String create(@Valid @ModelAttribute(FORM) AssessmentForm form, BindingResult result,
			@AuthenticationPrincipal StaffUser user, Locale locale, Model model, RedirectAttributes redirect) {
		if (form.getRecipientId() == null || form.getCourseId() == null) {
			return "redirect:/outcomes/due";
		}
		Optional<Long> id = FormSubmission.submit(result, (problems) -> this.assessments.create(user, form, problems));
		if (id.isPresent()) {
			redirect.addFlashAttribute("success", "outcome.assessment.created");
			return "redirect:/outcomes/assessments/" + id.get();
		}
		return startPage(user, form, locale, model);
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, @AuthenticationPrincipal StaffUser user, Model model) {
		model.addAttribute("assessment", this.assessments.read(user, id));
		if (!model.containsAttribute("answersForm")) {
			model.addAttribute("answersForm", new AssessmentAnswersForm());
		}
		return "outcome/show";
	}

	@PostMapping("/{id}/answers")
	String answer(@PathVariable long id, @ModelAttribute("answersForm") AssessmentAnswersForm form,
			BindingResult result, @AuthenticationPrincipal StaffUser user, Model model, RedirectAttributes redirect) {
		Optional<Completion> completion = FormSubmission.submit(result,
				(problems) -> this.assessments.complete(user, id, form, problems));
		if (completion.isPresent()) {
			switch (completion.get()) {
				case COMPLETED -> redirect.addFlashAttribute("success", "outcome.assessment.completed");
				case ALREADY_COMPLETED -> redirect.addFlashAttribute("error", "outcome.assessment.alreadyCompleted");
				case NOTHING_ANSWERED -> redirect.addFlashAttribute("confirmUnanswered", true);
			}
			return "redirect:/outcomes/assessments/" + id;
		}
		AssessmentView assessment = this.assessments.read(user, id);
		if (assessment.completed()) {
			// Completed by someone else meanwhile.
			redirect.addFlashAttribute("error", "outcome.assessment.alreadyCompleted");
			return "redirect:/outcomes/assessments/" + id;
		}
		model.addAttribute("assessment", assessment);
		return "outcome/show";
	}

	@PostMapping("/{id}/discard")
	String discard(@PathVariable long id, @AuthenticationPrincipal StaffUser user, RedirectAttributes redirect) {
		AssessmentView assessment = this.assessments.read(user, id);
		if (!this.assessments.discard(user, id)) {
			redirect.addFlashAttribute("error", "outcome.assessment.discard.completed");
			return "redirect:/outcomes/assessments/" + id;
		}
		redirect.addFlashAttribute("success", "outcome.assessment.discarded");
		return "redirect:/recipients/" + assessment.recipientId();
	}

	@PostMapping("/{id}/self-report")
	String selfReport(@PathVariable long id, @AuthenticationPrincipal StaffUser user, HttpServletRequest request,
			HttpServletResponse response, RedirectAttributes redirect) {
		if (!this.assessments.startSelfReport(user, id)) {
			redirect.addFlashAttribute("error", "outcome.selfReport.notPossible");
			return "redirect:/outcomes/assessments/" + id;
		}
		SelfReportLock.lock(request, response, id, user.getId());
		return "redirect:" + SelfReportLock.PATH;
	}

	private String startPage(StaffUser user, AssessmentForm form, Locale locale, Model model) {
		AssessmentStart start = this.assessments.start(user, form.getRecipientId(), form.getCourseId(), locale);
		model.addAttribute("start", start);
		return "outcome/new";
	}

}
