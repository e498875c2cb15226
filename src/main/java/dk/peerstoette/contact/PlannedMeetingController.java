package dk.peerstoette.contact;

import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;

import dk.peerstoette.course.BridgeDestination;
import dk.peerstoette.security.StaffUser;
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
 * Planned meetings: plan one (as the quick entry, but ahead), then mark it held (the
 * quick entry filled in from the plan) or not held (with a reason). Scope, rules and
 * audit are the service's; every form carries a one-time token.
 */
@Controller
@RequestMapping("/contacts/planned")
class PlannedMeetingController {

	private static final String FORM = "contactForm";

	private static final String NOT_HELD_FORM = "notHeldForm";

	private final PlannedMeetingService planned;

	private final ContactService contacts;

	private final KeptContactForms keptForms;

	PlannedMeetingController(PlannedMeetingService planned, ContactService contacts, KeptContactForms keptForms) {
		this.planned = planned;
		this.contacts = contacts;
		this.keptForms = keptForms;
	}

	@InitBinder({ FORM, NOT_HELD_FORM })
	void initBinder(WebDataBinder binder) {
	}

	@ModelAttribute
	void choices(Model model) {
		model.addAttribute("bridgeDestinations", BridgeDestination.values());
		model.addAttribute("themes", ChimeTheme.values());
		model.addAttribute("quickMinutes", ContactForm.QUICK_MINUTES);
		model.addAttribute("reasons", NotHeldReason.values());
		// Choosing a course leads back to planning, not to the quick entry.
		model.addAttribute("courseAction", "/contacts/planned/new");
	}

	@GetMapping("/new")
	String newPlan(@RequestParam(name = "courseId", required = false) @Nullable Long courseId,
			@RequestParam(name = "restore", required = false) @Nullable String restore,
			@RequestParam(name = "q", required = false) @Nullable String query, @AuthenticationPrincipal StaffUser user,
			HttpSession session, Locale locale, Model model) {
		return this.keptForms
			.restoreOr(user, restore, session, model, FORM, ContactForm::new,
					() -> this.planned.newForm(user, courseId))
			.orElseGet(() -> newPage(user, (ContactForm) model.getAttribute(FORM), query, locale, model));
	}

	@PostMapping
	String plan(@Valid @ModelAttribute(FORM) ContactForm form, BindingResult result,
			@AuthenticationPrincipal StaffUser user, HttpSession session, Locale locale, Model model,
			RedirectAttributes redirect) {
		return this.keptForms.submit(form, result, session, (problems) -> this.planned.plan(user, form, problems))
			.map((saved) -> redirectTo(saved, "contact.planned.created", redirect))
			.orElseGet(() -> newPage(user, form, null, locale, model));
	}

	@GetMapping("/{id}/held")
	String heldForm(@PathVariable long id, @RequestParam(name = "restore", required = false) @Nullable String restore,
			@AuthenticationPrincipal StaffUser user, HttpSession session, Model model, RedirectAttributes redirect) {
		Optional<ContactForm> form = this.planned.heldForm(user, id);
		Optional<String> saved = this.keptForms.restore(user, restore, session, model, FORM, ContactForm::new);
		if (saved.isPresent()) {
			return saved.get();
		}
		if (form.isEmpty()) {
			redirect.addFlashAttribute("success", "contact.planned.alreadyMarked");
			return "redirect:/contacts/" + id;
		}
		if (!model.containsAttribute(FORM)) {
			model.addAttribute(FORM, form.get());
		}
		return heldPage(id, user, model);
	}

	@PostMapping("/{id}/held")
	String hold(@PathVariable long id, @Valid @ModelAttribute(FORM) ContactForm form, BindingResult result,
			@AuthenticationPrincipal StaffUser user, HttpSession session, Model model, RedirectAttributes redirect) {
		return this.keptForms.submit(form, result, session, (problems) -> this.planned.hold(user, id, form, problems))
			.map((saved) -> redirectTo(saved, "contact.planned.held", redirect))
			.orElseGet(() -> heldPage(id, user, model));
	}

	@GetMapping("/{id}/not-held")
	String notHeldForm(@PathVariable long id,
			@RequestParam(name = "restore", required = false) @Nullable String restore,
			@AuthenticationPrincipal StaffUser user, HttpSession session, Model model, RedirectAttributes redirect) {
		PlannedView plan = this.planned.plannedView(user, id);
		Optional<String> saved = this.keptForms.restore(user, restore, session, model, NOT_HELD_FORM, NotHeldForm::new);
		if (saved.isPresent()) {
			return saved.get();
		}
		if (!plan.isPlanned()) {
			redirect.addFlashAttribute("success", "contact.planned.alreadyMarked");
			return "redirect:/contacts/" + id;
		}
		if (!model.containsAttribute(NOT_HELD_FORM)) {
			NotHeldForm form = new NotHeldForm();
			form.setVersion(plan.version());
			form.setToken(this.contacts.newToken(user));
			model.addAttribute(NOT_HELD_FORM, form);
		}
		model.addAttribute("plan", plan);
		return "contact/planned/not-held";
	}

	@PostMapping("/{id}/not-held")
	String notHeld(@PathVariable long id, @Valid @ModelAttribute(NOT_HELD_FORM) NotHeldForm form, BindingResult result,
			@AuthenticationPrincipal StaffUser user, HttpSession session, Model model, RedirectAttributes redirect) {
		Optional<SavedContact> saved = FormSubmission.submit(result,
				(problems) -> this.planned.notHeld(user, id, form, problems));
		if (saved.isPresent()) {
			this.keptForms.forget(session, form.getToken());
			return redirectTo(saved.get(), "contact.planned.notHeld", redirect);
		}
		model.addAttribute("plan", this.planned.plannedView(user, id));
		return "contact/planned/not-held";
	}

	private String newPage(StaffUser user, ContactForm form, @Nullable String query, Locale locale, Model model) {
		model.addAttribute("choices", this.contacts.choices(user, form, query, locale));
		return "contact/planned/new";
	}

	private String heldPage(long id, StaffUser user, Model model) {
		model.addAttribute("contactId", id);
		model.addAttribute("choices", this.planned.heldChoices(user, id));
		return "contact/planned/held";
	}

	/** As the contact's; a plan marked already stays as it was. */
	private static String redirectTo(SavedContact saved, String done, RedirectAttributes redirect) {
		return ContactController.redirectTo(saved,
				(saved.outcome() == SavedContact.Outcome.UNCHANGED) ? "contact.planned.alreadyMarked" : done, redirect);
	}

}
