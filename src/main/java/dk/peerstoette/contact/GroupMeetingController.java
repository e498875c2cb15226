package dk.peerstoette.contact;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

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
 * Group meetings: choose the group course, then one form for the meeting with the
 * attendance of every member. Scope, rules and audit are the service's; the form carries
 * a one-time token.
 */
@Controller
@RequestMapping("/contacts/group")
class GroupMeetingController {

	private static final String FORM = "groupMeetingForm";

	private final GroupMeetingService meetings;

	private final KeptContactForms keptForms;

	GroupMeetingController(GroupMeetingService meetings, KeptContactForms keptForms) {
		this.meetings = meetings;
		this.keptForms = keptForms;
	}

	@InitBinder(FORM)
	void initBinder(WebDataBinder binder) {
	}

	@ModelAttribute
	void choices(Model model) {
		model.addAttribute("themes", ChimeTheme.values());
		model.addAttribute("quickMinutes", ContactForm.QUICK_MINUTES);
		model.addAttribute("attendances", Attendance.values());
	}

	@GetMapping("/new")
	String newMeeting(@RequestParam(name = "courseId", required = false) @Nullable Long courseId,
			@RequestParam(name = "restore", required = false) @Nullable String restore,
			@RequestParam(name = "q", required = false) @Nullable String query, @AuthenticationPrincipal StaffUser user,
			HttpSession session, Locale locale, Model model) {
		Optional<String> saved = this.keptForms.restore(user, restore, session, model, FORM, GroupMeetingForm::new);
		if (saved.isPresent()) {
			return saved.get();
		}
		if (model.getAttribute(FORM) instanceof GroupMeetingForm kept && kept.getCourseId() != null) {
			return formPage(user, kept, model);
		}
		if (courseId == null) {
			model.addAttribute("courses", this.meetings.courses(user, query, locale));
			model.addAttribute("query", (query != null) ? query.strip() : "");
			return "contact/group/courses";
		}
		GroupMeetingForm form = this.meetings.newForm(user, courseId);
		model.addAttribute(FORM, form);
		return formPage(user, form, model);
	}

	@PostMapping
	String create(@Valid @ModelAttribute(FORM) GroupMeetingForm form, BindingResult result,
			@AuthenticationPrincipal StaffUser user, HttpSession session, Model model, RedirectAttributes redirect) {
		return this.keptForms.submit(form, result, session, (problems) -> this.meetings.create(user, form, problems))
			.map((saved) -> ContactController.redirectTo(saved, "contact.group.created", redirect))
			.orElseGet(() -> formPage(user, form, model));
	}

	@GetMapping("/{id}/edit")
	String edit(@PathVariable long id, @RequestParam(name = "restore", required = false) @Nullable String restore,
			@AuthenticationPrincipal StaffUser user, HttpSession session, Model model) {
		GroupMeetingForm stored = this.meetings.editForm(user, id);
		return this.keptForms.restoreOr(user, restore, session, model, FORM, GroupMeetingForm::new, () -> stored)
			.orElseGet(() -> editPage(id, user, model));
	}

	@PostMapping("/{id}/edit")
	String update(@PathVariable long id, @Valid @ModelAttribute(FORM) GroupMeetingForm form, BindingResult result,
			@AuthenticationPrincipal StaffUser user, HttpSession session, Model model, RedirectAttributes redirect) {
		return this.keptForms
			.submit(form, result, session, (problems) -> this.meetings.update(user, id, form, problems))
			.map((saved) -> ContactController.redirectTo(saved, redirect))
			.orElseGet(() -> editPage(id, user, model));
	}

	private String editPage(long id, StaffUser user, Model model) {
		model.addAttribute("contactId", id);
		model.addAttribute("choices", this.meetings.editChoices(user, id));
		return "contact/group/new";
	}

	private String formPage(StaffUser user, GroupMeetingForm form, Model model) {
		model.addAttribute("choices", this.meetings.choices(user, Objects.requireNonNull(form.getCourseId())));
		return "contact/group/new";
	}

}
