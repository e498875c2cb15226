package dk.peerstoette.quote;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;

import dk.peerstoette.instrument.ChimeDimension;
import dk.peerstoette.security.StaffUser;
import dk.peerstoette.web.FormSubmission;
import dk.peerstoette.web.ListPages;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
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
 * The quotes' pages: the list with its filters, new, edit and delete, and the recipient
 * search of the form. Scope and audit are the service's.
 */
@Controller
@RequestMapping("/quotes")
class QuoteController {

	private static final String FORM = "quoteForm";

	private final QuoteService records;

	QuoteController(QuoteService records) {
		this.records = records;
	}

	@InitBinder(FORM)
	void initBinder(WebDataBinder binder) {
	}

	@ModelAttribute
	void choices(Model model) {
		model.addAttribute("dimensions", ChimeDimension.values());
		model.addAttribute("kinds", QuoteKind.values());
		model.addAttribute("speakers", QuoteSpeaker.values());
		model.addAttribute("levels", QuoteLevel.values());
		model.addAttribute("maxText", QuoteForm.MAX_TEXT);
	}

	@GetMapping
	String list(@RequestParam(name = "q", required = false) @Nullable String text,
			@RequestParam(name = "dimension", required = false) @Nullable ChimeDimension dimension,
			@RequestParam(name = "kind", required = false) @Nullable QuoteKind kind,
			@RequestParam(name = "from", required = false) @Nullable LocalDate from,
			@RequestParam(name = "to", required = false) @Nullable LocalDate to,
			@RequestParam(name = "unit", required = false) @Nullable Long unitId,
			@RequestParam(name = "level", required = false) @Nullable QuoteLevel level, Pageable pageable,
			@AuthenticationPrincipal StaffUser user, Model model) {
		QuoteListQuery query = new QuoteListQuery(text, dimension, kind, from, to, unitId, level);
		// Newest first unless the reader sorts otherwise.
		Pageable requested = pageable.getSort().isSorted() ? pageable : PageRequest.of(pageable.getPageNumber(),
				pageable.getPageSize(), Sort.by(Sort.Direction.DESC, "date"));
		Page<QuoteListItem> quotes = this.records.list(query, ListPages.of(requested, QuoteQueries.SORTABLE, "date"),
				user);
		model.addAttribute("page", quotes);
		model.addAttribute("query", query);
		model.addAttribute("filtered", query.isFiltered());
		model.addAttribute("units", this.records.filterUnits(user));
		model.addAttribute("canRecord", this.records.mayRecord(user));
		return "quote/list";
	}

	@GetMapping("/new")
	String newQuote(@AuthenticationPrincipal StaffUser user, Model model) {
		this.records.checkMayRecord(user);
		QuoteForm form = new QuoteForm();
		form.setRecordedOn(this.records.today());
		model.addAttribute(FORM, form);
		model.addAttribute("units", this.records.formUnits(user, null));
		model.addAttribute("regions", this.records.regions(user));
		return "quote/new";
	}

	@PostMapping
	String create(@Valid @ModelAttribute(FORM) QuoteForm form, BindingResult result,
			@AuthenticationPrincipal StaffUser user, Model model, RedirectAttributes redirect) {
		this.records.checkMayRecord(user);
		if (FormSubmission.save(result, (problems) -> this.records.create(form, user, problems))) {
			redirect.addFlashAttribute("success", "quote.created");
			return "redirect:/quotes";
		}
		model.addAttribute("units", this.records.formUnits(user, null));
		model.addAttribute("regions", this.records.regions(user));
		return "quote/new";
	}

	@GetMapping("/{id}/edit")
	String edit(@PathVariable long id, @AuthenticationPrincipal StaffUser user, Model model) {
		QuoteForm form = this.records.readForChange(id, user);
		model.addAttribute(FORM, form);
		return editPage(id, form.getUnitId(), user, model);
	}

	@PostMapping("/{id}/edit")
	String update(@PathVariable long id, @Valid @ModelAttribute(FORM) QuoteForm form, BindingResult result,
			@AuthenticationPrincipal StaffUser user, Model model, RedirectAttributes redirect) {
		long storedUnitId = this.records.unitOfChangeable(id, user);
		if (FormSubmission.save(result, (problems) -> this.records.update(id, form, user, problems))) {
			redirect.addFlashAttribute("success", "quote.saved");
			return "redirect:/quotes";
		}
		return editPage(id, storedUnitId, user, model);
	}

	@PostMapping("/{id}/delete")
	String delete(@PathVariable long id, @RequestParam(name = "version", defaultValue = "-1") long version,
			@AuthenticationPrincipal StaffUser user, RedirectAttributes redirect) {
		if (FormSubmission.change(redirect, "quote.deleted", () -> this.records.delete(id, version, user))) {
			return "redirect:/quotes";
		}
		return "redirect:/quotes/" + id + "/edit";
	}

	private String editPage(long id, @Nullable Long storedUnitId, StaffUser user, Model model) {
		model.addAttribute("quoteId", id);
		model.addAttribute("units", this.records.formUnits(user, storedUnitId));
		model.addAttribute("regions", this.records.regions(user));
		return "quote/edit";
	}

}
