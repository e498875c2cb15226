package dk.peerstoette.partnership.model;

import java.util.Map;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;

import dk.peerstoette.partnership.EmploymentForm;
import dk.peerstoette.partnership.PeerRole;
import dk.peerstoette.partnership.StructurePages;
import dk.peerstoette.partnership.model.ModelService.ModelView;
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
 * Peer-support models: administrators change them, managers read the same pages without
 * the forms.
 */
@Controller
@RequestMapping("/admin/models")
class ModelAdminController {

	private static final Map<String, String> SORTABLE = Map.of("name", "m.name", "employmentForm", "m.employmentForm",
			"role", "m.role", "active", "m.active");

	private static final RecordPages PAGES = StructurePages.at("/admin/models");

	private final ModelService models;

	ModelAdminController(ModelService models) {
		this.models = models;
	}

	@ModelAttribute
	void choices(Model model) {
		model.addAttribute("employmentForms", EmploymentForm.values());
		model.addAttribute("roles", PeerRole.values());
	}

	@GetMapping
	String list(@RequestParam(name = "q", required = false) @Nullable String text,
			@RequestParam(name = "employmentForm", required = false) @Nullable EmploymentForm employmentForm,
			@RequestParam(name = "role", required = false) @Nullable PeerRole role,
			@RequestParam(name = "active", required = false) @Nullable Boolean active, Pageable pageable, Model model) {
		RecordPages.list(model,
				this.models.list(text, employmentForm, role, active, ListPages.of(pageable, SORTABLE, "name")), text);
		model.addAttribute("selectedEmploymentForm", employmentForm);
		model.addAttribute("selectedRole", role);
		model.addAttribute("selectedActive", active);
		return "partnership/model/list";
	}

	@GetMapping("/new")
	@PreAuthorize("hasRole('ADMIN')")
	String newModel(Model model) {
		model.addAttribute("modelForm", new ModelForm());
		return "partnership/model/new";
	}

	@PostMapping
	String create(@Valid @ModelAttribute("modelForm") ModelForm form, BindingResult result,
			RedirectAttributes redirect) {
		return PAGES.create(result, redirect, "partnership.model.created",
				(problems) -> this.models.create(form, problems), () -> "partnership/model/new");
	}

	@GetMapping("/{id}")
	String detail(@PathVariable long id, Model model) {
		ModelView view = this.models.read(id);
		model.addAttribute("modelForm", view.form());
		return detailPage(view, model);
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute("modelForm") ModelForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		return PAGES.update(id, result, redirect, (problems) -> this.models.update(id, form, problems),
				() -> detailPage(this.models.read(id), model));
	}

	@PostMapping("/{id}/active")
	String setActive(@PathVariable long id, @RequestParam boolean active, @RequestParam long version,
			RedirectAttributes redirect) {
		return PAGES.setActive(id, active, redirect, () -> this.models.setActive(id, active, version));
	}

	private static String detailPage(ModelView view, Model model) {
		model.addAttribute("view", view);
		return "partnership/model/show";
	}

}
