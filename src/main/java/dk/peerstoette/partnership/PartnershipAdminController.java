package dk.peerstoette.partnership;

import java.util.Map;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;

import dk.peerstoette.partnership.PartnershipService.MembershipView;
import dk.peerstoette.partnership.PartnershipService.PartnershipView;
import dk.peerstoette.web.ListPages;
import dk.peerstoette.web.RecordPages;

import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
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
 * Partnerships and their member organisations: administrators change them, managers read
 * the same pages without the forms.
 */
@Controller
@RequestMapping("/admin/partnerships")
class PartnershipAdminController {

	private static final Map<String, String> SORTABLE = Map.of("name", "p.name", "startsOn", "p.startsOn", "endsOn",
			"p.endsOn", "active", "p.active");

	private static final RecordPages PAGES = StructurePages.at("/admin/partnerships");

	private final PartnershipService partnerships;

	private final ProgrammeDirectory structure;

	PartnershipAdminController(PartnershipService partnerships, ProgrammeDirectory structure) {
		this.partnerships = partnerships;
		this.structure = structure;
	}

	@GetMapping
	String list(@RequestParam(name = "q", required = false) @Nullable String text,
			@RequestParam(name = "active", required = false) @Nullable Boolean active, Pageable pageable, Model model) {
		RecordPages.list(model, this.partnerships.list(text, active, ListPages.of(pageable, SORTABLE, "name")), text);
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
		return PAGES.create(result, redirect, "partnership.partnership.created",
				(problems) -> this.partnerships.create(form, problems), () -> "partnership/new");
	}

	@GetMapping("/{id}")
	String detail(@PathVariable long id, Model model) {
		PartnershipView view = this.partnerships.read(id);
		model.addAttribute("partnershipForm", view.form());
		return detailPage(view, model);
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute("partnershipForm") PartnershipForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		return PAGES.update(id, result, redirect, (problems) -> this.partnerships.update(id, form, problems),
				() -> detailPage(this.partnerships.read(id), model));
	}

	@PostMapping("/{id}/active")
	String setActive(@PathVariable long id, @RequestParam boolean active, @RequestParam long version,
			RedirectAttributes redirect) {
		return PAGES.setActive(id, active, redirect, () -> this.partnerships.setActive(id, active, version));
	}

	@GetMapping("/{id}/memberships/new")
	String newMembership(@PathVariable long id, Model model) {
		model.addAttribute("membershipForm", new MembershipForm());
		return membershipPage(id, model);
	}

	@PostMapping("/{id}/memberships")
	String addMembership(@PathVariable long id, @Valid @ModelAttribute("membershipForm") MembershipForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		return PAGES.change(id, result, redirect, "partnership.membership.added",
				(problems) -> this.partnerships.addMembership(id, form, problems), () -> membershipPage(id, model));
	}

	@GetMapping("/{id}/memberships/{membershipId}")
	String membership(@PathVariable long id, @PathVariable long membershipId, Model model) {
		MembershipView view = this.partnerships.readMembership(id, membershipId);
		model.addAttribute("membershipEndForm", view.form());
		return endPage(view, model);
	}

	@PostMapping("/{id}/memberships/{membershipId}")
	String endMembership(@PathVariable long id, @PathVariable long membershipId,
			@Valid @ModelAttribute("membershipEndForm") MembershipEndForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return PAGES.change(id, result, redirect, "partnership.membership.ended",
				(problems) -> this.partnerships.endMembership(id, membershipId, form, problems),
				() -> endPage(this.partnerships.readMembership(id, membershipId), model));
	}

	private static String detailPage(PartnershipView view, Model model) {
		model.addAttribute("view", view);
		return "partnership/show";
	}

	private static String endPage(MembershipView view, Model model) {
		model.addAttribute("view", view);
		return "partnership/membership/end";
	}

	private String membershipPage(long id, Model model) {
		model.addAttribute("partnershipId", id);
		model.addAttribute("partnershipName", this.partnerships.nameOf(id));
		model.addAttribute("organisations", this.structure.organisationChoices());
		return "partnership/membership/new";
	}

}
