package dk.peerstoette.partnership.organisation;

import java.util.Map;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;

import dk.peerstoette.partnership.OrganisationKind;
import dk.peerstoette.partnership.StructurePages;
import dk.peerstoette.partnership.organisation.OrganisationService.OrganisationView;
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
 * Regions, municipalities and NGOs: administrators change them, managers read the same
 * pages without the forms.
 */
@Controller
@RequestMapping("/admin/organisations")
class OrganisationAdminController {

	private static final Map<String, String> SORTABLE = Map.of("name", "o.name", "kind", "o.kind", "active",
			"o.active");

	private static final RecordPages PAGES = StructurePages.at("/admin/organisations");

	private final OrganisationService organisations;

	OrganisationAdminController(OrganisationService organisations) {
		this.organisations = organisations;
	}

	@ModelAttribute
	void choices(Model model) {
		model.addAttribute("kinds", OrganisationKind.values());
	}

	@GetMapping
	String list(@RequestParam(name = "q", required = false) @Nullable String text,
			@RequestParam(name = "kind", required = false) @Nullable OrganisationKind kind,
			@RequestParam(name = "active", required = false) @Nullable Boolean active, Pageable pageable, Model model) {
		RecordPages.list(model, this.organisations.list(text, kind, active, ListPages.of(pageable, SORTABLE, "name")),
				text);
		model.addAttribute("selectedKind", kind);
		model.addAttribute("selectedActive", active);
		return "partnership/organisation/list";
	}

	@GetMapping("/new")
	@PreAuthorize("hasRole('ADMIN')")
	String newOrganisation(Model model) {
		model.addAttribute("organisationForm", new OrganisationForm());
		return "partnership/organisation/new";
	}

	@PostMapping
	String create(@Valid @ModelAttribute("organisationForm") OrganisationForm form, BindingResult result,
			RedirectAttributes redirect) {
		return PAGES.create(result, redirect, "partnership.organisation.created",
				(problems) -> this.organisations.create(form, problems), () -> "partnership/organisation/new");
	}

	@GetMapping("/{id}")
	String detail(@PathVariable long id, Model model) {
		OrganisationView view = this.organisations.read(id);
		model.addAttribute("organisationForm", view.form());
		return detailPage(view, model);
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute("organisationForm") OrganisationForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		return PAGES.update(id, result, redirect, (problems) -> this.organisations.update(id, form, problems),
				() -> detailPage(this.organisations.read(id), model));
	}

	@PostMapping("/{id}/active")
	String setActive(@PathVariable long id, @RequestParam boolean active, @RequestParam long version,
			RedirectAttributes redirect) {
		return PAGES.setActive(id, active, redirect, () -> this.organisations.setActive(id, active, version));
	}

	private static String detailPage(OrganisationView view, Model model) {
		model.addAttribute("view", view);
		return "partnership/organisation/show";
	}

}
