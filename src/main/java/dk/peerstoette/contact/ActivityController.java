package dk.peerstoette.contact;

import java.util.Optional;

import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;

import dk.peerstoette.security.StaffUser;
import dk.peerstoette.web.CprNumbers;
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

/**
 * Organisational activities with no recipient (staff meeting, supervision...): one form,
 * for a peer worker's own time or, for a coordinator, any peer worker's. Scope, rules and
 * audit are the service's; the form carries a one-time token.
 */
@Controller
@RequestMapping("/contacts/activities")
class ActivityController {

	private static final String FORM = "activityForm";

	private final OrganisationalActivityService activities;

	private final KeptContactForms keptForms;

	ActivityController(OrganisationalActivityService activities, KeptContactForms keptForms) {
		this.activities = activities;
		this.keptForms = keptForms;
	}

	@InitBinder(FORM)
	void initBinder(WebDataBinder binder) {
		binder.setDisallowedFields("id");
	}

	@ModelAttribute
	void choices(Model model) {
		model.addAttribute("quickMinutes", ContactForm.QUICK_MINUTES);
	}

	@GetMapping("/new")
	String newActivity(@RequestParam(name = "restore", required = false) @Nullable String restore,
			@AuthenticationPrincipal StaffUser user, HttpSession session, Model model) {
		Optional<String> saved = this.keptForms.restore(user, restore, session, model, FORM, ActivityForm::new);
		if (saved.isPresent()) {
			return saved.get();
		}
		if (!model.containsAttribute(FORM)) {
			model.addAttribute(FORM, this.activities.newForm(user));
		}
		model.addAttribute("choices", this.activities.choices(user));
		return "contact/activity/new";
	}

	@PostMapping
	String create(@Valid @ModelAttribute(FORM) ActivityForm form, BindingResult result,
			@AuthenticationPrincipal StaffUser user, HttpSession session, Model model, RedirectAttributes redirect) {
		CprNumbers.warn(result, form.isCprConfirmed(), ContactForm.FREE_TEXTS);
		Optional<SavedContact> saved = FormSubmission.submit(result,
				(problems) -> this.activities.create(user, form, problems));
		if (saved.isPresent()) {
			this.keptForms.forget(session, form.getToken());
			redirect.addFlashAttribute("success", (saved.get().outcome() == SavedContact.Outcome.REPEATED)
					? "contact.repeated" : "contact.activity.created");
			return "redirect:" + saved.get().path();
		}
		model.addAttribute("choices", this.activities.choices(user));
		return "contact/activity/new";
	}

	@GetMapping("/{id}/edit")
	String edit(@PathVariable long id, @RequestParam(name = "restore", required = false) @Nullable String restore,
			@AuthenticationPrincipal StaffUser user, HttpSession session, Model model) {
		ActivityForm stored = this.activities.editForm(user, id);
		Optional<String> saved = this.keptForms.restore(user, restore, session, model, FORM, ActivityForm::new);
		if (saved.isPresent()) {
			return saved.get();
		}
		if (!model.containsAttribute(FORM)) {
			model.addAttribute(FORM, stored);
		}
		return editPage(id, user, model);
	}

	@PostMapping("/{id}/edit")
	String update(@PathVariable long id, @Valid @ModelAttribute(FORM) ActivityForm form, BindingResult result,
			@AuthenticationPrincipal StaffUser user, HttpSession session, Model model, RedirectAttributes redirect) {
		CprNumbers.warn(result, form.isCprConfirmed(), ContactForm.FREE_TEXTS);
		Optional<SavedContact> saved = FormSubmission.submit(result,
				(problems) -> this.activities.update(user, id, form, problems));
		if (saved.isPresent()) {
			this.keptForms.forget(session, form.getToken());
			return ContactController.redirectTo(saved.get(), redirect);
		}
		return editPage(id, user, model);
	}

	private String editPage(long id, StaffUser user, Model model) {
		model.addAttribute("contactId", id);
		model.addAttribute("choices", this.activities.choices(user));
		return "contact/activity/new";
	}

}
