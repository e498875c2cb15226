package dk.peerstoette.partnership.managedlist;

import java.util.Arrays;
import java.util.Map;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;

import dk.peerstoette.partnership.ListName;
import dk.peerstoette.partnership.StructurePages;
import dk.peerstoette.partnership.managedlist.ManagedListService.LookupValueView;
import dk.peerstoette.web.ListPages;
import dk.peerstoette.web.NotFoundException;
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
		RecordPages.list(model, this.lists.list(list, text, active, ListPages.of(pageable, SORTABLE, "sortOrder")),
				text);
		model.addAttribute("selectedActive", active);
		return "partnership/managed-list/show";
	}

	@GetMapping("/{listName}/new")
	@PreAuthorize("hasRole('ADMIN')")
	String newValue(@PathVariable String listName, Model model) {
		model.addAttribute("newLookupValueForm", new NewLookupValueForm());
		return newPage(listNamed(listName), model);
	}

	@PostMapping("/{listName}")
	String create(@PathVariable String listName, @Valid @ModelAttribute("newLookupValueForm") NewLookupValueForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		ListName list = listNamed(listName);
		return pagesOf(list).create(result, redirect, "partnership.lookup.created",
				(problems) -> this.lists.create(list, form, problems), () -> newPage(list, model));
	}

	@GetMapping("/{listName}/{id}")
	String detail(@PathVariable String listName, @PathVariable long id, Model model) {
		LookupValueView view = this.lists.read(listNamed(listName), id);
		model.addAttribute("lookupValueForm", view.form());
		return detailPage(view, model);
	}

	@PostMapping("/{listName}/{id}")
	String update(@PathVariable String listName, @PathVariable long id,
			@Valid @ModelAttribute("lookupValueForm") LookupValueForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		ListName list = listNamed(listName);
		return pagesOf(list).update(id, result, redirect, (problems) -> this.lists.update(list, id, form, problems),
				() -> detailPage(this.lists.read(list, id), model));
	}

	@PostMapping("/{listName}/{id}/active")
	String setActive(@PathVariable String listName, @PathVariable long id, @RequestParam boolean active,
			@RequestParam long version, RedirectAttributes redirect) {
		ListName list = listNamed(listName);
		return pagesOf(list).setActive(id, active, redirect, () -> this.lists.setActive(list, id, active, version));
	}

	private static String newPage(ListName list, Model model) {
		model.addAttribute("listName", list);
		return "partnership/managed-list/value-new";
	}

	private static String detailPage(LookupValueView view, Model model) {
		model.addAttribute("view", view);
		return "partnership/managed-list/value";
	}

	/** A list's values are at {@code /admin/lists/<list>/<id>}. */
	private static RecordPages pagesOf(ListName list) {
		return StructurePages.at("/admin/lists/" + list);
	}

	/** An unknown list is a page that does not exist. */
	private static ListName listNamed(String name) {
		return Arrays.stream(ListName.values())
			.filter((list) -> list.name().equals(name))
			.findFirst()
			.orElseThrow(NotFoundException::new);
	}

}
