package dk.peerstoette.contact;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;

import dk.peerstoette.contact.ContactQueries.ContactList;
import dk.peerstoette.course.BridgeDestination;
import dk.peerstoette.partnership.Choice;
import dk.peerstoette.partnership.ProgrammeDirectory;
import dk.peerstoette.peer.PeerDirectory;
import dk.peerstoette.security.Role;
import dk.peerstoette.security.StaffUser;
import dk.peerstoette.web.FormSubmission;
import dk.peerstoette.web.ListPages;

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
 * Contacts: the quick entry (a phone first), the list with its totals, a peer worker's
 * week, a contact's page, and its correction and deletion. Scope, rules and audit are the
 * service's; every form carries a one-time token, and a form sent after the sign-in ran
 * out comes back filled in (see {@link KeptContactForms}).
 */
@Controller
@RequestMapping("/contacts")
class ContactController {

	private static final String FORM = "contactForm";

	private final ContactService contacts;

	private final KeptContactForms keptForms;

	private final ProgrammeDirectory structure;

	private final PeerDirectory peers;

	private final MeetingDetails meetingDetails;

	ContactController(ContactService contacts, KeptContactForms keptForms, ProgrammeDirectory structure,
			PeerDirectory peers, MeetingDetails meetingDetails) {
		this.contacts = contacts;
		this.keptForms = keptForms;
		this.structure = structure;
		this.peers = peers;
		this.meetingDetails = meetingDetails;
	}

	@InitBinder({ FORM, "deleteContactForm" })
	void initBinder(WebDataBinder binder) {
	}

	@ModelAttribute
	void choices(Model model) {
		model.addAttribute("bridgeDestinations", BridgeDestination.values());
		model.addAttribute("themes", ChimeTheme.values());
		model.addAttribute("quickMinutes", ContactForm.QUICK_MINUTES);
	}

	@GetMapping
	String list(@RequestParam(name = "from", required = false) @Nullable LocalDate from,
			@RequestParam(name = "to", required = false) @Nullable LocalDate to,
			@RequestParam(name = "peerWorker", required = false) @Nullable Long peerWorkerId,
			@RequestParam(name = "unit", required = false) @Nullable Long unitId,
			@RequestParam(name = "kind", required = false) @Nullable ContactKind kind,
			@RequestParam(name = "recipient", required = false) @Nullable String recipientNumber,
			@AuthenticationPrincipal StaffUser user, Pageable pageable, Model model) {
		ContactListQuery query = new ContactListQuery(from, to, peerWorkerId, unitId, kind, recipientNumber);
		// Newest first unless the reader sorts otherwise.
		Pageable requested = pageable.getSort().isSorted() ? pageable : PageRequest.of(pageable.getPageNumber(),
				pageable.getPageSize(), Sort.by(Sort.Direction.DESC, "date"));
		ContactList list = this.contacts.list(user, query, ListPages.of(requested, ContactQueries.SORTABLE, "date"));
		boolean coordinator = user.getRole() == Role.COORDINATOR;
		Long organisationId = user.getOrganisationId();
		model.addAttribute("page", list.page());
		model.addAttribute("totals", list.totals());
		model.addAttribute("query", query);
		model.addAttribute("filtered", query.isFiltered());
		model.addAttribute("kinds", ContactKind.values());
		model.addAttribute("units", (organisationId != null) ? this.structure.unitChoices(organisationId) : List.of());
		model.addAttribute("peerWorkers",
				(coordinator && organisationId != null) ? this.peers.activeChoices(organisationId) : List.<Choice>of());
		model.addAttribute("coordinator", coordinator);
		return "contact/list";
	}

	@GetMapping("/week")
	String week(@RequestParam(name = "date", required = false) @Nullable LocalDate date,
			@AuthenticationPrincipal StaffUser user, Model model) {
		model.addAttribute("week", this.contacts.week(user, date));
		return "contact/week";
	}

	/**
	 * The quick entry; {@code q} is what was typed into its search box (a course for a
	 * coordinator, a recipient for a peer worker) in a browser without script.
	 */
	@GetMapping("/new")
	String newContact(@RequestParam(name = "courseId", required = false) @Nullable Long courseId,
			@RequestParam(name = "restore", required = false) @Nullable String restore,
			@RequestParam(name = "q", required = false) @Nullable String query, @AuthenticationPrincipal StaffUser user,
			HttpSession session, Locale locale, Model model) {
		Optional<String> saved = this.keptForms.restore(user, restore, session, model, FORM, ContactForm::new);
		if (saved.isPresent()) {
			return saved.get();
		}
		if (model.containsAttribute(FORM)) {
			model.addAttribute("choices",
					this.contacts.choices(user, (ContactForm) model.getAttribute(FORM), query, locale));
		}
		else {
			NewContact form = this.contacts.newContact(user, courseId, query, locale);
			model.addAttribute(FORM, form.form());
			model.addAttribute("choices", form.choices());
		}
		return "contact/new";
	}

	@PostMapping
	String create(@Valid @ModelAttribute(FORM) ContactForm form, BindingResult result,
			@AuthenticationPrincipal StaffUser user, HttpSession session, Locale locale, Model model,
			RedirectAttributes redirect) {
		return this.keptForms.submit(form, result, session, (problems) -> this.contacts.create(user, form, problems))
			.map((saved) -> redirectTo(saved, redirect))
			.orElseGet(() -> {
				model.addAttribute("choices", this.contacts.choices(user, form, null, locale));
				return "contact/new";
			});
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, @AuthenticationPrincipal StaffUser user, Model model) {
		ContactView contact = this.contacts.read(user, id);
		model.addAttribute("contact", contact);
		model.addAttribute("meeting", this.meetingDetails.of(user, contact));
		return "contact/show";
	}

	@GetMapping("/{id}/edit")
	String edit(@PathVariable long id, @RequestParam(name = "restore", required = false) @Nullable String restore,
			@AuthenticationPrincipal StaffUser user, HttpSession session, Model model) {
		ContactForm stored = this.contacts.editForm(user, id);
		return this.keptForms.restoreOr(user, restore, session, model, FORM, ContactForm::new, () -> stored)
			.orElseGet(() -> editPage(id, user, model));
	}

	@PostMapping("/{id}/edit")
	String update(@PathVariable long id, @Valid @ModelAttribute(FORM) ContactForm form, BindingResult result,
			@AuthenticationPrincipal StaffUser user, HttpSession session, Model model, RedirectAttributes redirect) {
		return this.keptForms
			.submit(form, result, session, (problems) -> this.contacts.update(user, id, form, problems))
			.map((saved) -> redirectTo(saved, redirect))
			.orElseGet(() -> editPage(id, user, model));
	}

	@GetMapping("/{id}/delete")
	String confirmDelete(@PathVariable long id, @AuthenticationPrincipal StaffUser user, Model model) {
		ContactView contact = this.contacts.deletable(user, id);
		DeleteContactForm form = new DeleteContactForm();
		form.setVersion(contact.version());
		form.setToken(this.contacts.newToken(user));
		model.addAttribute("contact", contact);
		model.addAttribute("deleteContactForm", form);
		return "contact/delete";
	}

	@PostMapping("/{id}/delete")
	String delete(@PathVariable long id, @Valid @ModelAttribute("deleteContactForm") DeleteContactForm form,
			BindingResult result, @AuthenticationPrincipal StaffUser user, Model model, RedirectAttributes redirect) {
		Optional<SavedContact> deleted = FormSubmission.submit(result,
				(problems) -> this.contacts.delete(user, id, form, problems));
		if (deleted.isPresent()) {
			return redirectTo(deleted.get(), redirect);
		}
		model.addAttribute("contact", this.contacts.deletable(user, id));
		return "contact/delete";
	}

	private String editPage(long id, StaffUser user, Model model) {
		model.addAttribute("contactId", id);
		model.addAttribute("choices", this.contacts.editChoices(user, id));
		return "contact/edit";
	}

	static String redirectTo(SavedContact saved, RedirectAttributes redirect) {
		redirect.addFlashAttribute("success", switch (saved.outcome()) {
			case CREATED -> "contact.created";
			case SAVED -> "contact.saved";
			case UNCHANGED -> "contact.unchanged";
			case DELETED -> "contact.deleted";
			case REPEATED -> "contact.repeated";
		});
		redirect.addFlashAttribute("created", saved.outcome() == SavedContact.Outcome.CREATED);
		return "redirect:" + saved.path();
	}

	/**
	 * Where a form led, with its message: {@code done}, or that the form had been sent
	 * already.
	 */
	static String redirectTo(SavedContact saved, String done, RedirectAttributes redirect) {
		redirect.addFlashAttribute("success",
				(saved.outcome() == SavedContact.Outcome.REPEATED) ? "contact.repeated" : done);
		return "redirect:" + saved.path();
	}

}
