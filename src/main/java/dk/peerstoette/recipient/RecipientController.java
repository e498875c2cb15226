package dk.peerstoette.recipient;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;

import dk.peerstoette.partnership.Choice;
import dk.peerstoette.partnership.ListName;
import dk.peerstoette.partnership.ManagedListDirectory;
import dk.peerstoette.partnership.ProgrammeDirectory;
import dk.peerstoette.security.Role;
import dk.peerstoette.security.StaffUser;
import dk.peerstoette.web.FormSubmission;
import dk.peerstoette.web.ListPages;
import dk.peerstoette.web.SearchOption;
import dk.peerstoette.web.WithdrawalForm;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.JpaSort;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The recipients' pages: list, new (with the consent to registration), the recipient's
 * page with consents and courses, edit, and the network. Scope and audit are the
 * service's.
 */
@Controller
@RequestMapping("/recipients")
class RecipientController {

	private static final String FORM = "recipientForm";

	private static final String NETWORK_FORM = "networkForm";

	/** A form shown again on the recipient's page shows the newest events. */
	private static final Pageable FIRST_TIMELINE_PAGE = PageRequest.of(0, ListPages.DEFAULT_SIZE);

	private final RecipientService records;

	private final ProgrammeDirectory structure;

	private final ManagedListDirectory lists;

	private final RecipientTimelineService timelines;

	RecipientController(RecipientService records, ProgrammeDirectory structure, ManagedListDirectory lists,
			RecipientTimelineService timelines) {
		this.records = records;
		this.timelines = timelines;
		this.structure = structure;
		this.lists = lists;
	}

	@GetMapping
	String list(@RequestParam(name = "q", required = false) @Nullable String text,
			@RequestParam(name = "unit", required = false) @Nullable Long unitId,
			@RequestParam(name = "targetGroup", required = false) @Nullable Long targetGroupId,
			@RequestParam(name = "peerWorker", required = false) @Nullable Long peerWorkerId,
			@RequestParam(name = "consent", required = false) @Nullable ConsentFilter consent, Pageable pageable,
			@AuthenticationPrincipal StaffUser user, Locale locale, Model model) {
		RecipientListQuery query = new RecipientListQuery(text, unitId, targetGroupId, peerWorkerId, consent);
		RecipientListPage list = this.records.listPage(query,
				stable(ListPages.of(pageable, RecipientListQueries.SORTABLE, "alias")), user, locale);
		model.addAttribute("page", list.page());
		model.addAttribute("targetGroupNames", list.targetGroupNames());
		model.addAttribute("q", query.text());
		model.addAttribute("selectedUnit", unitId);
		model.addAttribute("selectedTargetGroup", targetGroupId);
		model.addAttribute("selectedPeerWorker", peerWorkerId);
		model.addAttribute("selectedConsent", consent);
		model.addAttribute("consentFilters", ConsentFilter.values());
		model.addAttribute("filtered", query.isFiltered());
		model.addAttribute("units", list.units());
		model.addAttribute("targetGroups", list.targetGroups());
		model.addAttribute("peerWorkers", list.peerWorkers());
		model.addAttribute("canChange", isCoordinator(user));
		return "recipient/list";
	}

	/**
	 * The search box of every form that picks a recipient (combobox.js): at most a few
	 * recipients in the user's scope; with {@code consent}, those without it today are
	 * flagged.
	 */
	@GetMapping(path = "/search", produces = "application/json")
	@ResponseBody
	List<SearchOption> search(@RequestParam(name = "q", defaultValue = "") String text,
			@RequestParam(name = "consent", required = false) @Nullable ConsentKind consent,
			@AuthenticationPrincipal StaffUser user, Locale locale) {
		return this.records.find(user, text, consent, "SEARCH_BOX", locale);
	}

	@GetMapping("/new")
	String newRecipient(@AuthenticationPrincipal StaffUser user, Locale locale, Model model) {
		this.records.checkMayCreate(user);
		model.addAttribute(FORM, new NewRecipientForm());
		formChoices(model, user, locale, null);
		return "recipient/new";
	}

	@PostMapping
	String create(@Valid @ModelAttribute(FORM) NewRecipientForm form, BindingResult result,
			@AuthenticationPrincipal StaffUser user, Locale locale, Model model, RedirectAttributes redirect) {
		this.records.checkMayCreate(user);
		Optional<Long> id = FormSubmission.submit(result, (problems) -> this.records.create(form, user, problems));
		if (id.isPresent()) {
			redirect.addFlashAttribute("success", "recipient.created");
			return "redirect:/recipients/" + id.get();
		}
		formChoices(model, user, locale, null);
		return "recipient/new";
	}

	/** The recipient's page, with a page of their timeline. */
	@GetMapping("/{id}")
	String show(@PathVariable long id, Pageable timelinePage, @AuthenticationPrincipal StaffUser user, Locale locale,
			Model model) {
		model.addAttribute("withdrawConsentForm", new WithdrawalForm());
		return showPage(id, ListPages.inFixedOrder(timelinePage), user, locale, model, null);
	}

	/**
	 * The form for a consent, on a page of its own, as the other changes to a recipient.
	 */
	@GetMapping("/{id}/consents/new")
	String newConsent(@PathVariable long id, @AuthenticationPrincipal StaffUser user, Locale locale, Model model) {
		model.addAttribute("consentForm", new ConsentForm());
		return consentPage(this.records.readForChange(id, user, locale), user, model);
	}

	@PostMapping("/{id}/consents")
	String addConsent(@PathVariable long id, @Valid @ModelAttribute("consentForm") ConsentForm form,
			BindingResult result, @AuthenticationPrincipal StaffUser user, Locale locale, Model model,
			RedirectAttributes redirect) {
		this.records.checkMayChange(id, user);
		if (FormSubmission.save(result, (problems) -> this.records.addConsent(id, form, user, problems))) {
			redirect.addFlashAttribute("success", "recipient.consent.added");
			return "redirect:/recipients/" + id;
		}
		return consentPage(this.records.readForChange(id, user, locale), user, model);
	}

	@PostMapping("/{id}/consents/{consentId}/withdraw")
	String withdrawConsent(@PathVariable long id, @PathVariable long consentId,
			@ModelAttribute("withdrawConsentForm") WithdrawalForm form, BindingResult result,
			@AuthenticationPrincipal StaffUser user, Locale locale, Model model, RedirectAttributes redirect) {
		this.records.checkMayChange(id, user);
		if (FormSubmission.save(result,
				(problems) -> this.records.withdrawConsent(id, consentId, form, user, problems))) {
			redirect.addFlashAttribute("success", "recipient.consent.withdrawn");
			return "redirect:/recipients/" + id;
		}
		return showPage(id, FIRST_TIMELINE_PAGE, user, locale, model, consentId);
	}

	@GetMapping("/{id}/edit")
	String edit(@PathVariable long id, @AuthenticationPrincipal StaffUser user, Locale locale, Model model) {
		RecipientView recipient = this.records.readForChange(id, user, locale);
		model.addAttribute("recipient", recipient);
		model.addAttribute(FORM, EditRecipientForm.of(recipient));
		formChoices(model, user, locale, recipient);
		return "recipient/edit";
	}

	@PostMapping("/{id}/edit")
	String update(@PathVariable long id, @Valid @ModelAttribute(FORM) EditRecipientForm form, BindingResult result,
			@AuthenticationPrincipal StaffUser user, Locale locale, Model model, RedirectAttributes redirect) {
		this.records.checkMayChange(id, user);
		if (FormSubmission.save(result, (problems) -> this.records.update(id, form, user, problems))) {
			redirect.addFlashAttribute("success", "recipient.saved");
			return "redirect:/recipients/" + id;
		}
		RecipientView recipient = this.records.readForChange(id, user, locale);
		model.addAttribute("recipient", recipient);
		formChoices(model, user, locale, recipient);
		return "recipient/edit";
	}

	@GetMapping("/{id}/network")
	String network(@PathVariable long id, @AuthenticationPrincipal StaffUser user, Locale locale, Model model) {
		RecipientView recipient = this.records.readForChange(id, user, locale);
		model.addAttribute("recipient", recipient);
		model.addAttribute(NETWORK_FORM, NetworkForm.of(recipient));
		model.addAttribute("networkRoles", NetworkRole.values());
		return "recipient/network";
	}

	@PostMapping("/{id}/network")
	String noteNetwork(@PathVariable long id, @ModelAttribute(NETWORK_FORM) NetworkForm form, BindingResult result,
			@AuthenticationPrincipal StaffUser user, Locale locale, Model model, RedirectAttributes redirect) {
		this.records.checkMayChange(id, user);
		if (FormSubmission.save(result, (problems) -> this.records.noteNetwork(id, form, user, problems))) {
			redirect.addFlashAttribute("success", "recipient.network.saved");
			return "redirect:/recipients/" + id;
		}
		model.addAttribute("recipient", this.records.readForChange(id, user, locale));
		model.addAttribute("networkRoles", NetworkRole.values());
		return "recipient/network";
	}

	private String showPage(long id, Pageable timelinePage, StaffUser user, Locale locale, Model model,
			@Nullable Long withdrawingConsentId) {
		RecipientPage page = this.timelines.page(id, user, locale, timelinePage);
		model.addAttribute("recipient", page.recipient());
		model.addAttribute("timeline", page.timeline());
		model.addAttribute("canChange", isCoordinator(user));
		model.addAttribute("withdrawingConsentId", withdrawingConsentId);
		return "recipient/show";
	}

	private String consentPage(RecipientView recipient, StaffUser user, Model model) {
		model.addAttribute("recipient", recipient);
		model.addAttribute("consentKinds", ConsentKind.values());
		model.addAttribute("consentMethods", ConsentMethod.values());
		model.addAttribute("partnerOrganisations",
				(user.getOrganisationId() != null) ? this.records.partnerChoices(user.getOrganisationId()) : List.of());
		return "recipient/consent";
	}

	/**
	 * The choices of the recipient form; a value the record already has stays choosable
	 * after it was deactivated.
	 */
	private void formChoices(Model model, StaffUser user, Locale locale, @Nullable RecipientView current) {
		List<Choice> units = unitChoices(user);
		List<Choice> targetGroups = this.lists.choices(ListName.TARGET_GROUP, locale);
		List<Choice> sources = this.lists.choices(ListName.REFERRAL_SOURCE, locale);
		if (current != null) {
			units = including(units, current.unitId(), current.unitName());
			targetGroups = including(targetGroups, current.targetGroupId(), current.targetGroupName());
			if (current.referralSourceId() != null && current.referralSourceName() != null) {
				sources = including(sources, current.referralSourceId(), current.referralSourceName());
			}
		}
		model.addAttribute("units", units);
		model.addAttribute("targetGroups", targetGroups);
		model.addAttribute("referralSources", sources);
		model.addAttribute("genders", Gender.values());
		model.addAttribute("consentMethods", ConsentMethod.values());
	}

	private List<Choice> unitChoices(StaffUser user) {
		return (user.getOrganisationId() != null) ? this.structure.unitChoices(user.getOrganisationId()) : List.of();
	}

	private static List<Choice> including(List<Choice> choices, long id, String name) {
		if (choices.stream().anyMatch((choice) -> choice.id() == id)) {
			return choices;
		}
		List<Choice> all = new ArrayList<>(choices);
		all.add(new Choice(id, name));
		return all;
	}

	private static boolean isCoordinator(StaffUser user) {
		return user.getRole() == Role.COORDINATOR;
	}

	/** Rows with the same alias keep their order from page to page. */
	private static Pageable stable(Pageable pageable) {
		return PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(),
				pageable.getSort().and(JpaSort.unsafe("r.id")));
	}

}
