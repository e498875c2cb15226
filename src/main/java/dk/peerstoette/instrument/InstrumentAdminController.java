package dk.peerstoette.instrument;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import dk.peerstoette.web.FormSubmission;
import dk.peerstoette.web.ListPages;
import dk.peerstoette.web.NotFoundException;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.data.domain.Pageable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Instruments: administrators define, import, version, activate and retire them; managers
 * read the same pages without the forms and buttons.
 */
@Controller
@RequestMapping("/admin/instruments")
class InstrumentAdminController {

	static final String FORM = "instrumentForm";

	/** The example definitions offered on the import page, by file name. */
	private static final Map<String, MediaType> EXAMPLES = Map.of("chime-10.json", MediaType.APPLICATION_JSON,
			"chime-10.csv", new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8), "checkin-7.json",
			MediaType.APPLICATION_JSON);

	private final InstrumentService administration;

	private final InstrumentImport imports;

	private final InstrumentRules rules;

	InstrumentAdminController(InstrumentService administration, InstrumentImport imports, InstrumentRules rules) {
		this.administration = administration;
		this.imports = imports;
		this.rules = rules;
	}

	@InitBinder(FORM)
	void initBinder(WebDataBinder binder) {
		binder.addValidators(this.rules);
	}

	@ModelAttribute
	void choices(Model model) {
		model.addAttribute("dimensions", ItemDimension.values());
		model.addAttribute("purposes", InstrumentPurpose.values());
		model.addAttribute("statuses", InstrumentStatus.values());
	}

	@GetMapping
	String list(@RequestParam(name = "q", required = false) @Nullable String text,
			@RequestParam(name = "status", required = false) @Nullable InstrumentStatus status, Pageable pageable,
			Locale locale, Model model) {
		String name = Locales.isDanish(locale) ? "lower(i.name_da)" : "lower(i.name_en)";
		Map<String, String> sortable = Map.of("code", "lower(i.code)", "version", "i.version_number", "name", name,
				"status", "i.status", "uses", "uses");
		model.addAttribute("page", this.administration.list(ListPages.containsPattern(text), status,
				ListPages.of(pageable, sortable, "code")));
		model.addAttribute("q", (text != null) ? text : "");
		model.addAttribute("selectedStatus", status);
		return "instrument/list";
	}

	@GetMapping("/new")
	@PreAuthorize("hasRole('ADMIN')")
	String newInstrument(Model model) {
		model.addAttribute(FORM, new InstrumentForm().withEmptyRows(false));
		return "instrument/new";
	}

	@PostMapping(params = "moreItems")
	String moreItemsForNew(@ModelAttribute(FORM) InstrumentForm form) {
		form.withEmptyRows(true);
		return "instrument/new";
	}

	@PostMapping
	String create(@Validated @ModelAttribute(FORM) InstrumentForm form, BindingResult result,
			RedirectAttributes redirect) {
		Optional<Long> saved = FormSubmission.submit(result, (problems) -> this.administration.create(form, problems));
		if (saved.isPresent()) {
			redirect.addFlashAttribute("success", "instrument.created");
			return "redirect:/admin/instruments/" + saved.get();
		}
		form.withEmptyRows(false);
		return "instrument/new";
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, Model model) {
		model.addAttribute("view", this.administration.read(id));
		return "instrument/show";
	}

	@GetMapping("/{id}/edit")
	@PreAuthorize("hasRole('ADMIN')")
	String edit(@PathVariable long id, Model model, RedirectAttributes redirect) {
		try {
			model.addAttribute(FORM, this.administration.editForm(id).withEmptyRows(false));
		}
		catch (InstrumentNotEditableException ex) {
			redirect.addFlashAttribute("error", "instrument.notEditable");
			return "redirect:/admin/instruments/" + id;
		}
		model.addAttribute("instrumentId", id);
		return "instrument/edit";
	}

	@PostMapping(path = "/{id}", params = "moreItems")
	String moreItemsForEdit(@PathVariable long id, @ModelAttribute(FORM) InstrumentForm form, Model model) {
		form.setCode(this.administration.code(id));
		form.setPurpose(this.administration.purpose(id));
		form.withEmptyRows(true);
		model.addAttribute("instrumentId", id);
		return "instrument/edit";
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @ModelAttribute(FORM) InstrumentForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		// The code of a version never changes: it is what ties the versions together; nor
		// does the purpose.
		form.setCode(this.administration.code(id));
		form.setPurpose(this.administration.purpose(id));
		this.rules.validate(form, result);
		try {
			if (FormSubmission.save(result, (problems) -> this.administration.update(id, form, problems))) {
				redirect.addFlashAttribute("success", "instrument.saved");
				return "redirect:/admin/instruments/" + id;
			}
		}
		catch (InstrumentNotEditableException ex) {
			redirect.addFlashAttribute("error", "instrument.notEditable");
			return "redirect:/admin/instruments/" + id;
		}
		form.withEmptyRows(false);
		model.addAttribute("instrumentId", id);
		return "instrument/edit";
	}

	@PostMapping("/{id}/new-version")
	String newVersion(@PathVariable long id, RedirectAttributes redirect) {
		long copy = this.administration.newVersion(id);
		redirect.addFlashAttribute("success", "instrument.versionCreated");
		return "redirect:/admin/instruments/" + copy + "/edit";
	}

	@PostMapping("/{id}/activate")
	String activate(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
		FormSubmission.change(redirect, "instrument.activated", () -> this.administration.activate(id, version));
		return "redirect:/admin/instruments/" + id;
	}

	@PostMapping("/{id}/retire")
	String retire(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
		FormSubmission.change(redirect, "instrument.retired", () -> this.administration.retire(id, version));
		return "redirect:/admin/instruments/" + id;
	}

	@GetMapping("/import")
	@PreAuthorize("hasRole('ADMIN')")
	String importPage() {
		return "instrument/import";
	}

	@PostMapping("/import")
	String importFile(@RequestParam(name = "file", required = false) @Nullable MultipartFile file, Locale locale,
			Model model, RedirectAttributes redirect) throws IOException {
		byte[] content = (file != null) ? file.getBytes() : new byte[0];
		InstrumentImport.Outcome outcome = this.imports.read((file != null) ? file.getOriginalFilename() : null,
				content, locale);
		if (outcome.id() != null) {
			redirect.addFlashAttribute("success", "instrument.imported");
			return "redirect:/admin/instruments/" + outcome.id();
		}
		model.addAttribute("importErrors", outcome.errors());
		model.addAttribute("filename", (file != null) ? file.getOriginalFilename() : "");
		return "instrument/import";
	}

	@GetMapping("/examples/{name}")
	ResponseEntity<Resource> example(@PathVariable String name) {
		MediaType type = EXAMPLES.get(name);
		if (type == null) {
			throw new NotFoundException();
		}
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(new ClassPathResource("instruments/examples/" + name));
	}

}
