package dk.peerstoette.partnership;

import java.util.Map;
import java.util.Optional;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;

import dk.peerstoette.partnership.PartnershipService.MembershipView;
import dk.peerstoette.partnership.PartnershipService.PartnershipView;
import dk.peerstoette.web.FormSubmission;
import dk.peerstoette.web.ListPages;

import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
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
 * Partnerships and their member organisations: administrators change them, managers read
 * the same pages without the forms.
 */
@Controller
@RequestMapping("/admin/partnerships")
class PartnershipAdminController {

	private static final Map<String, String> SORTABLE = Map.of("name", "p.name", "startsOn", "p.startsOn", "endsOn",
			"p.endsOn", "active", "p.active");

	private final PartnershipService partnerships;

	private final ProgrammeDirectory structure;

	PartnershipAdminController(PartnershipService partnerships, ProgrammeDirectory structure) {
		this.partnerships = partnerships;
		this.structure = structure;
	}

	@InitBinder
	void initBinder(WebDataBinder binder) {
		binder.setDisallowedFields("id");
	}

	@GetMapping
	String list(@RequestParam(name = "q", required = false) @Nullable String text,
			@RequestParam(name = "active", required = false) @Nullable Boolean active, Pageable pageable, Model model) {
		model.addAttribute("page", this.partnerships.list(text, active, ListPages.of(pageable, SORTABLE, "name")));
		model.addAttribute("q", (text != null) ? text : "");
		model.addAttribute("selectedActive", active);
		return "partnership/list";
	}

	@GetMapping("/new")
	@PreAuthorize("hasRole('ADMIN')")
	String newPartnership(Model model) {
		model.addAttribute("partnershipForm", new PartnershipForm());
		return "partnership/new";
	}

	@PostMapping
	String create(@Valid @ModelAttribute("partnershipForm") PartnershipForm form, BindingResult result,
			RedirectAttributes redirect) {
		Optional<Long> saved = FormSubmission.submit(result, (problems) -> this.partnerships.create(form, problems));
		if (saved.isPresent()) {
			redirect.addFlashAttribute("success", "partnership.partnership.created");
			return "redirect:/admin/partnerships/" + saved.get();
		}
		return "partnership/new";
	}

	@GetMapping("/{id}")
	String detail(@PathVariable long id, Model model) {
		PartnershipView view = this.partnerships.read(id);
		model.addAttribute("view", view);
		model.addAttribute("partnershipForm", view.form());
		return "partnership/show";
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute("partnershipForm") PartnershipForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (FormSubmission.save(result, (problems) -> this.partnerships.update(id, form, problems))) {
			redirect.addFlashAttribute("success", "partnership.saved");
			return "redirect:/admin/partnerships/" + id;
		}
		model.addAttribute("view", this.partnerships.read(id));
		return "partnership/show";
	}

	@PostMapping("/{id}/active")
	String setActive(@PathVariable long id, @RequestParam boolean active, @RequestParam long version,
			RedirectAttributes redirect) {
		FormSubmission.change(redirect, active ? "partnership.activated" : "partnership.deactivated",
				() -> this.partnerships.setActive(id, active, version));
		return "redirect:/admin/partnerships/" + id;
	}

	@GetMapping("/{id}/memberships/new")
	String newMembership(@PathVariable long id, Model model) {
		model.addAttribute("membershipForm", new MembershipForm());
		return membershipPage(id, model);
	}

	@PostMapping("/{id}/memberships")
	String addMembership(@PathVariable long id, @Valid @ModelAttribute("membershipForm") MembershipForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (FormSubmission.save(result, (problems) -> this.partnerships.addMembership(id, form, problems))) {
			redirect.addFlashAttribute("success", "partnership.membership.added");
			return "redirect:/admin/partnerships/" + id;
		}
		return membershipPage(id, model);
	}

	@GetMapping("/{id}/memberships/{membershipId}")
	String membership(@PathVariable long id, @PathVariable long membershipId, Model model) {
		MembershipView view = this.partnerships.readMembership(id, membershipId);
		model.addAttribute("view", view);
		model.addAttribute("membershipEndForm", view.form());
		return "partnership/membership/end";
	}

	@PostMapping("/{id}/memberships/{membershipId}")
	String endMembership(@PathVariable long id, @PathVariable long membershipId,
			@Valid @ModelAttribute("membershipEndForm") MembershipEndForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (FormSubmission.save(result,
				(problems) -> this.partnerships.endMembership(id, membershipId, form, problems))) {
			redirect.addFlashAttribute("success", "partnership.membership.ended");
			return "redirect:/admin/partnerships/" + id;
		}
		model.addAttribute("view", this.partnerships.readMembership(id, membershipId));
		return "partnership/membership/end";
	}

	private String membershipPage(long id, Model model) {
		model.addAttribute("partnershipId", id);
		model.addAttribute("partnershipName", this.partnerships.nameOf(id));
		model.addAttribute("organisations", this.structure.organisationChoices());
		return "partnership/membership/new";
	}

}
