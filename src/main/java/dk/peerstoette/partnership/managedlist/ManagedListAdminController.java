package dk.peerstoette.partnership.managedlist;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;

import dk.peerstoette.partnership.ListName;
import dk.peerstoette.partnership.managedlist.ManagedListService.LookupValueView;
import dk.peerstoette.web.FormSubmission;
import dk.peerstoette.web.ListPages;
import dk.peerstoette.web.NotFoundException;

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
 * The managed lists and their values: administrators change them, managers read the same
 * pages without the forms. A list is addressed by its name, e.g.
 * {@code /admin/lists/TARGET_GROUP}.
 */
@Controller
@RequestMapping("/admin/lists")
class ManagedListAdminController {

	private static final Map<String, String> SORTABLE = Map.of("sortOrder", "v.sortOrder", "code", "v.code", "nameDa",
			"v.nameDa", "nameEn", "v.nameEn", "active", "v.active");

	private final ManagedListService lists;

	ManagedListAdminController(ManagedListService lists) {
		this.lists = lists;
	}

	@InitBinder
	void initBinder(WebDataBinder binder) {
		binder.setDisallowedFields("id");
	}

	@GetMapping
	String overview(Model model) {
		model.addAttribute("lists", this.lists.overview());
		return "partnership/managed-list/list";
	}

	@GetMapping("/{listName}")
	String values(@PathVariable String listName, @RequestParam(name = "q", required = false) @Nullable String text,
			@RequestParam(name = "active", required = false) @Nullable Boolean active, Pageable pageable, Model model) {
		ListName list = listNamed(listName);
		model.addAttribute("listName", list);
		model.addAttribute("page", this.lists.list(list, text, active, ListPages.of(pageable, SORTABLE, "sortOrder")));
		model.addAttribute("q", (text != null) ? text : "");
		model.addAttribute("selectedActive", active);
		return "partnership/managed-list/show";
	}

	@GetMapping("/{listName}/new")
	@PreAuthorize("hasRole('ADMIN')")
	String newValue(@PathVariable String listName, Model model) {
		model.addAttribute("listName", listNamed(listName));
		model.addAttribute("newLookupValueForm", new NewLookupValueForm());
		return "partnership/managed-list/value-new";
	}

	@PostMapping("/{listName}")
	String create(@PathVariable String listName, @Valid @ModelAttribute("newLookupValueForm") NewLookupValueForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		ListName list = listNamed(listName);
		Optional<Long> saved = FormSubmission.submit(result, (problems) -> this.lists.create(list, form, problems));
		if (saved.isPresent()) {
			redirect.addFlashAttribute("success", "partnership.lookup.created");
			return "redirect:/admin/lists/" + list + "/" + saved.get();
		}
		model.addAttribute("listName", list);
		return "partnership/managed-list/value-new";
	}

	@GetMapping("/{listName}/{id}")
	String detail(@PathVariable String listName, @PathVariable long id, Model model) {
		LookupValueView view = this.lists.read(listNamed(listName), id);
		model.addAttribute("view", view);
		model.addAttribute("lookupValueForm", view.form());
		return "partnership/managed-list/value";
	}

	@PostMapping("/{listName}/{id}")
	String update(@PathVariable String listName, @PathVariable long id,
			@Valid @ModelAttribute("lookupValueForm") LookupValueForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		ListName list = listNamed(listName);
		if (FormSubmission.save(result, (problems) -> this.lists.update(list, id, form, problems))) {
			redirect.addFlashAttribute("success", "partnership.saved");
			return "redirect:/admin/lists/" + list + "/" + id;
		}
		model.addAttribute("view", this.lists.read(list, id));
		return "partnership/managed-list/value";
	}

	@PostMapping("/{listName}/{id}/active")
	String setActive(@PathVariable String listName, @PathVariable long id, @RequestParam boolean active,
			@RequestParam long version, RedirectAttributes redirect) {
		ListName list = listNamed(listName);
		FormSubmission.change(redirect, active ? "partnership.activated" : "partnership.deactivated",
				() -> this.lists.setActive(list, id, active, version));
		return "redirect:/admin/lists/" + list + "/" + id;
	}

	/** An unknown list is a page that does not exist. */
	private static ListName listNamed(String name) {
		return Arrays.stream(ListName.values())
			.filter((list) -> list.name().equals(name))
			.findFirst()
			.orElseThrow(NotFoundException::new);
	}

}
