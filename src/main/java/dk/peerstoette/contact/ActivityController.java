package dk.peerstoette.contact;

import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;

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
	}

	@ModelAttribute
	void choices(Model model) {
		model.addAttribute("quickMinutes", ContactForm.QUICK_MINUTES);
	}

	@GetMapping("/new")
	String newActivity(@RequestParam(name = "restore", required = false) @Nullable String restore,
			@AuthenticationPrincipal StaffUser user, HttpSession session, Model model) {
		return this.keptForms
			.restoreOr(user, restore, session, model, FORM, ActivityForm::new, () -> this.activities.newForm(user))
			.orElseGet(() -> newPage(user, model));
	}

	@PostMapping
	String create(@Valid @ModelAttribute(FORM) ActivityForm form, BindingResult result,
			@AuthenticationPrincipal StaffUser user, HttpSession session, Model model, RedirectAttributes redirect) {
		return this.keptForms.submit(form, result, session, (problems) -> this.activities.create(user, form, problems))
			.map((saved) -> ContactController.redirectTo(saved, "contact.activity.created", redirect))
			.orElseGet(() -> newPage(user, model));
	}

	@GetMapping("/{id}/edit")
	String edit(@PathVariable long id, @RequestParam(name = "restore", required = false) @Nullable String restore,
			@AuthenticationPrincipal StaffUser user, HttpSession session, Model model) {
		ActivityForm stored = this.activities.editForm(user, id);
		return this.keptForms.restoreOr(user, restore, session, model, FORM, ActivityForm::new, () -> stored)
			.orElseGet(() -> editPage(id, user, model));
	}

	@PostMapping("/{id}/edit")
	String update(@PathVariable long id, @Valid @ModelAttribute(FORM) ActivityForm form, BindingResult result,
			@AuthenticationPrincipal StaffUser user, HttpSession session, Model model, RedirectAttributes redirect) {
		return this.keptForms
			.submit(form, result, session, (problems) -> this.activities.update(user, id, form, problems))
			.map((saved) -> ContactController.redirectTo(saved, redirect))
			.orElseGet(() -> editPage(id, user, model));
	}

	private String newPage(StaffUser user, Model model) {
		model.addAttribute("choices", this.activities.choices(user));
		return "contact/activity/new";
	}

	private String editPage(long id, StaffUser user, Model model) {
		model.addAttribute("contactId", id);
		return newPage(user, model);
	}

}
