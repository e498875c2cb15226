package dk.peerstoette.retention;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;

import dk.peerstoette.security.StaffUser;
import dk.peerstoette.web.FormSubmission;
import dk.peerstoette.web.ListPages;

import org.springframework.data.domain.Page;
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
 * The coordinator's retention pages: what falls due soon, and one recipient's retention
 * with its holds and the erasure on request. Scope and audit are the service's.
 */
@Controller
@RequestMapping("/retention")
class RetentionController {

	private static final String HOLD_FORM = "holdForm";

	private static final String ERASURE_FORM = "erasureForm";

	private final RetentionService retention;

	private final RetentionProperties properties;

	RetentionController(RetentionService retention, RetentionProperties properties) {
		this.retention = retention;
		this.properties = properties;
	}

	@InitBinder
	void binder(WebDataBinder binder) {
		binder.setDisallowedFields("id");
	}

	@GetMapping
	String due(@RequestParam(name = "q", required = false) @Nullable String text, Pageable pageable,
			@AuthenticationPrincipal StaffUser user, Model model) {
		Page<DueRecipient> page = this.retention.due(text, ListPages.of(pageable, RetentionQueries.SORTABLE, "dueOn"),
				user);
		model.addAttribute("page", page);
		model.addAttribute("q", text);
		model.addAttribute("noticeDays", this.properties.noticeDays());
		return "retention/due";
	}

	@GetMapping("/recipients/{id}")
	String show(@PathVariable long id, @AuthenticationPrincipal StaffUser user, Model model) {
		model.addAttribute(HOLD_FORM, new HoldForm());
		model.addAttribute(ERASURE_FORM, new ErasureForm());
		return page(id, user, model);
	}

	@PostMapping("/recipients/{id}/hold")
	String placeHold(@PathVariable long id, @Valid @ModelAttribute(HOLD_FORM) HoldForm form, BindingResult result,
			@AuthenticationPrincipal StaffUser user, Model model, RedirectAttributes redirect) {
		this.retention.checkMayChange(id, user);
		if (FormSubmission.save(result, (problems) -> this.retention.placeHold(id, form, user, problems))) {
			redirect.addFlashAttribute("success", "retention.hold.placed");
			return "redirect:/retention/recipients/" + id;
		}
		model.addAttribute(ERASURE_FORM, new ErasureForm());
		return page(id, user, model);
	}

	@PostMapping("/recipients/{id}/holds/{holdId}/lift")
	String liftHold(@PathVariable long id, @PathVariable long holdId, @RequestParam long version,
			@AuthenticationPrincipal StaffUser user, RedirectAttributes redirect) {
		this.retention.checkMayChange(id, user);
		FormSubmission.change(redirect, "retention.hold.lifted",
				() -> this.retention.liftHold(id, holdId, version, user));
		return "redirect:/retention/recipients/" + id;
	}

	@PostMapping("/recipients/{id}/erase")
	String erase(@PathVariable long id, @Valid @ModelAttribute(ERASURE_FORM) ErasureForm form, BindingResult result,
			@AuthenticationPrincipal StaffUser user, Model model, RedirectAttributes redirect) {
		this.retention.checkMayChange(id, user);
		if (FormSubmission.save(result, (problems) -> this.retention.erase(id, form, user, problems))) {
			redirect.addFlashAttribute("success", "retention.erasure.done");
			return "redirect:/recipients/" + id;
		}
		model.addAttribute(HOLD_FORM, new HoldForm());
		return page(id, user, model);
	}

	private String page(long id, StaffUser user, Model model) {
		model.addAttribute("view", this.retention.read(id, user));
		model.addAttribute("holdGrounds", HoldGround.values());
		model.addAttribute("erasureGrounds", ErasureGround.values());
		return "retention/recipient";
	}

}
