package dk.peerstoette.referral;

import java.util.Optional;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;

import dk.peerstoette.recipient.ConsentMethod;
import dk.peerstoette.security.StaffUser;
import dk.peerstoette.web.FormSubmission;
import dk.peerstoette.web.ListPages;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
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
 * The units' waiting lists (ventelister): the list with the intake form, and the
 * registration of a referred recipient before their course starts. A course is started
 * with the course form, the recipient and unit chosen.
 */
@Controller
@RequestMapping("/waiting-list")
class WaitingListController {

	private static final String FORM = "intakeForm";

	private static final String REGISTER_FORM = "registerForm";

	private static final String REMOVE_FORM = "removeForm";

	private final WaitingListService waitingList;

	WaitingListController(WaitingListService waitingList) {
		this.waitingList = waitingList;
	}

	@InitBinder({ FORM, REGISTER_FORM })
	void initBinder(WebDataBinder binder) {
		binder.setDisallowedFields("id");
	}

	@GetMapping
	String list(@RequestParam(name = "unit", required = false) @Nullable Long unitId, Pageable pageable,
			@AuthenticationPrincipal StaffUser user, Model model) {
		IntakeForm form = new IntakeForm();
		form.setUnitId(unitId);
		form.setEnteredOn(this.waitingList.today());
		model.addAttribute(FORM, form);
		return listPage(unitId, pageable, user, model);
	}

	@PostMapping
	String addIntake(@Valid @ModelAttribute(FORM) IntakeForm form, BindingResult result,
			@AuthenticationPrincipal StaffUser user, Model model, RedirectAttributes redirect) {
		if (FormSubmission.save(result, (problems) -> this.waitingList.addIntake(user, form, problems))) {
			redirect.addFlashAttribute("success", "referral.waiting.added");
			return "redirect:/waiting-list?unit=" + form.getUnitId();
		}
		return listPage(null, PageRequest.of(0, ListPages.DEFAULT_SIZE), user, model);
	}

	private String listPage(@Nullable Long unitId, Pageable pageable, StaffUser user, Model model) {
		model.addAttribute("page", this.waitingList.list(user, unitId, ListPages.inFixedOrder(pageable)));
		model.addAttribute("units", this.waitingList.units(user));
		model.addAttribute("selectedUnit", unitId);
		return "referral/waiting-list";
	}

	@GetMapping("/{id}/register")
	String registerForm(@PathVariable long id, @AuthenticationPrincipal StaffUser user, Model model) {
		RegisterForm form = new RegisterForm();
		form.setConsentGivenOn(this.waitingList.today());
		model.addAttribute(REGISTER_FORM, form);
		return registerPage(id, user, model);
	}

	@PostMapping("/{id}/register")
	String register(@PathVariable long id, @ModelAttribute(REGISTER_FORM) RegisterForm form, BindingResult result,
			@AuthenticationPrincipal StaffUser user, Model model, RedirectAttributes redirect) {
		Optional<WaitingListService.Registered> registered = FormSubmission.submit(result,
				(problems) -> this.waitingList.register(user, id, form, problems));
		if (registered.isPresent()) {
			redirect.addFlashAttribute("success", "referral.waiting.registered");
			return "redirect:/courses/new?recipientId=" + registered.get().recipientId() + "&unitId="
					+ registered.get().unitId() + (registered.get().handsOverMentorCourse() ? "&kind=MENTOR" : "");
		}
		return registerPage(id, user, model);
	}

	@GetMapping("/{id}/remove")
	String removeForm(@PathVariable long id, @AuthenticationPrincipal StaffUser user, Model model) {
		WaitingPlace place = this.waitingList.readOpen(user, id);
		RemoveForm form = new RemoveForm();
		form.setVersion(place.version());
		model.addAttribute(REMOVE_FORM, form);
		return removePage(place, model);
	}

	@PostMapping("/{id}/remove")
	String remove(@PathVariable long id, @ModelAttribute(REMOVE_FORM) RemoveForm form, BindingResult result,
			@AuthenticationPrincipal StaffUser user, Model model, RedirectAttributes redirect) {
		if (FormSubmission.save(result, (problems) -> this.waitingList.remove(user, id, form, problems))) {
			redirect.addFlashAttribute("success", "referral.waiting.removed");
			return "redirect:/waiting-list";
		}
		return removePage(this.waitingList.readOpen(user, id), model);
	}

	private String removePage(WaitingPlace place, Model model) {
		model.addAttribute("entry", place);
		model.addAttribute("reasons", LeftReason.BY_HAND);
		return "referral/remove";
	}

	private String registerPage(long id, StaffUser user, Model model) {
		model.addAttribute("entry", this.waitingList.readReferred(user, id));
		model.addAttribute("consentMethods", ConsentMethod.values());
		return "referral/register";
	}

}
