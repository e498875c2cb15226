package dk.peerstoette.partnership.unit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;

import dk.peerstoette.partnership.Choice;
import dk.peerstoette.partnership.ProgrammeDirectory;
import dk.peerstoette.partnership.Sector;
import dk.peerstoette.partnership.StructurePages;
import dk.peerstoette.partnership.UnitKind;
import dk.peerstoette.partnership.unit.UnitService.UnitListQuery;
import dk.peerstoette.partnership.unit.UnitService.UnitView;
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
 * Units (tilbud): administrators change them, managers read the same pages without the
 * forms.
 */
@Controller
@RequestMapping("/admin/units")
class UnitAdminController {

	private static final Map<String, String> SORTABLE = Map.of("name", "u.name", "organisation", "o.name", "kind",
			"u.kind", "sector", "u.sector", "active", "u.active");

	private static final RecordPages PAGES = StructurePages.at("/admin/units");

	private final UnitService units;

	private final ProgrammeDirectory structure;

	UnitAdminController(UnitService units, ProgrammeDirectory structure) {
		this.units = units;
		this.structure = structure;
	}

	@ModelAttribute
	void choices(Model model) {
		model.addAttribute("kinds", UnitKind.values());
		model.addAttribute("sectors", Sector.values());
	}

	@GetMapping
	String list(@RequestParam(name = "q", required = false) @Nullable String text,
			@RequestParam(name = "organisationId", required = false) @Nullable Long organisationId,
			@RequestParam(name = "kind", required = false) @Nullable UnitKind kind,
			@RequestParam(name = "sector", required = false) @Nullable Sector sector,
			@RequestParam(name = "active", required = false) @Nullable Boolean active, Pageable pageable, Model model) {
		RecordPages.list(model, this.units.list(new UnitListQuery(text, organisationId, kind, sector, active),
				ListPages.of(pageable, SORTABLE, "name")), text);
		model.addAttribute("organisations", this.structure.allOrganisationChoices());
		model.addAttribute("selectedOrganisation", organisationId);
		model.addAttribute("selectedKind", kind);
		model.addAttribute("selectedSector", sector);
		model.addAttribute("selectedActive", active);
		return "partnership/unit/list";
	}

	/** A new unit, in the organisation whose page the link came from if any. */
	@GetMapping("/new")
	@PreAuthorize("hasRole('ADMIN')")
	String newUnit(@RequestParam(name = "organisationId", required = false) @Nullable Long organisationId,
			Model model) {
		UnitForm form = new UnitForm();
		form.setOrganisationId(organisationId);
		model.addAttribute("unitForm", form);
		return newPage(model);
	}

	@PostMapping
	String create(@Valid @ModelAttribute("unitForm") UnitForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return PAGES.create(result, redirect, "partnership.unit.created",
				(problems) -> this.units.create(form, problems), () -> newPage(model));
	}

	@GetMapping("/{id}")
	String detail(@PathVariable long id, Model model) {
		UnitView view = this.units.read(id);
		model.addAttribute("unitForm", view.form());
		return detailPage(view, model);
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute("unitForm") UnitForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		return PAGES.update(id, result, redirect, (problems) -> this.units.update(id, form, problems),
				() -> detailPage(this.units.read(id), model));
	}

	@PostMapping("/{id}/active")
	String setActive(@PathVariable long id, @RequestParam boolean active, @RequestParam long version,
			RedirectAttributes redirect) {
		return PAGES.setActive(id, active, redirect, () -> this.units.setActive(id, active, version));
	}

	private String newPage(Model model) {
		model.addAttribute("organisations", this.structure.organisationChoices());
		return "partnership/unit/new";
	}

	/**
	 * The active organisations to move the unit to, and its own even when that one is
	 * deactivated (so the form can be saved without moving it).
	 */
	private String detailPage(UnitView view, Model model) {
		List<Choice> choices = new ArrayList<>(this.structure.organisationChoices());
		if (!view.organisationActive()) {
			choices.add(new Choice(view.organisationId(), view.organisationName()));
		}
		model.addAttribute("view", view);
		model.addAttribute("organisations", choices);
		return "partnership/unit/show";
	}

}
