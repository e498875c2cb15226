package dk.peerstoette.partnership.model;

import java.util.Map;
import java.util.Optional;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;

import dk.peerstoette.partnership.EmploymentForm;
import dk.peerstoette.partnership.PeerRole;
import dk.peerstoette.partnership.model.ModelService.ModelView;
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
 * Peer-support models: administrators change them, managers read the same pages without
 * the forms.
 */
@Controller
@RequestMapping("/admin/models")
class ModelAdminController {

	private static final Map<String, String> SORTABLE = Map.of("name", "m.name", "employmentForm", "m.employmentForm",
			"role", "m.role", "active", "m.active");

	private final ModelService models;

	ModelAdminController(ModelService models) {
		this.models = models;
	}

	@InitBinder
	void initBinder(WebDataBinder binder) {
		binder.setDisallowedFields("id");
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
		model.addAttribute("page",
				this.models.list(text, employmentForm, role, active, ListPages.of(pageable, SORTABLE, "name")));
		model.addAttribute("q", (text != null) ? text : "");
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
		Optional<Long> saved = FormSubmission.submit(result, (problems) -> this.models.create(form, problems));
		if (saved.isPresent()) {
			redirect.addFlashAttribute("success", "partnership.model.created");
			return "redirect:/admin/models/" + saved.get();
		}
		return "partnership/model/new";
	}

	@GetMapping("/{id}")
	String detail(@PathVariable long id, Model model) {
		ModelView view = this.models.read(id);
		model.addAttribute("view", view);
		model.addAttribute("modelForm", view.form());
		return "partnership/model/show";
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute("modelForm") ModelForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (FormSubmission.save(result, (problems) -> this.models.update(id, form, problems))) {
			redirect.addFlashAttribute("success", "partnership.saved");
			return "redirect:/admin/models/" + id;
		}
		model.addAttribute("view", this.models.read(id));
		return "partnership/model/show";
	}

	@PostMapping("/{id}/active")
	String setActive(@PathVariable long id, @RequestParam boolean active, @RequestParam long version,
			RedirectAttributes redirect) {
		FormSubmission.change(redirect, active ? "partnership.activated" : "partnership.deactivated",
				() -> this.models.setActive(id, active, version));
		return "redirect:/admin/models/" + id;
	}

}
