package dk.peerstoette.peer;

import java.time.Clock;
import java.util.Optional;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;

import dk.peerstoette.partnership.EmploymentForm;
import dk.peerstoette.partnership.PeerRole;
import dk.peerstoette.security.Role;
import dk.peerstoette.security.StaffUser;
import dk.peerstoette.web.FormSubmission;
import dk.peerstoette.web.ListPages;
import dk.peerstoette.web.NotFoundException;
import dk.peerstoette.web.WithdrawalForm;

import org.springframework.data.domain.Pageable;
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
 * Peer workers: the list, a peer worker's page with training and supervision, and the
 * forms. Who may see and change what is decided by {@link PeerWorkerService}.
 */
@Controller
@RequestMapping("/peers")
class PeerWorkerController {

	private final PeerWorkerService peers;

	private final Clock clock;

	PeerWorkerController(PeerWorkerService peers, Clock clock) {
		this.peers = peers;
		this.clock = clock;
	}

	@InitBinder({ "peerWorkerForm", "supervisionForm" })
	void checkedForms(WebDataBinder binder) {
		binder.addValidators(CheckedForm.validator(this.clock));
	}

	@ModelAttribute
	void enums(Model model) {
		model.addAttribute("employmentForms", EmploymentForm.values());
		model.addAttribute("peerRoles", PeerRole.values());
		model.addAttribute("statuses", PeerStatus.values());
		model.addAttribute("supervisionKinds", SupervisionKind.values());
		model.addAttribute("endReasons", PeerEndReason.values());
		model.addAttribute("destinations", PeerDestination.values());
		model.addAttribute("consentKinds", PeerConsentKind.values());
	}

	@GetMapping
	String list(@AuthenticationPrincipal StaffUser user,
			@RequestParam(name = "q", required = false) @Nullable String text,
			@RequestParam(name = "organisation", required = false) @Nullable Long organisationId,
			@RequestParam(name = "unit", required = false) @Nullable Long unitId,
			@RequestParam(name = "status", required = false) @Nullable PeerStatus status,
			@RequestParam(name = "form", required = false) @Nullable EmploymentForm employmentForm,
			@RequestParam(name = "role", required = false) @Nullable PeerRole peerRole, Pageable pageable,
			Model model) {
		PeerListQuery query = new PeerListQuery(text, organisationId, unitId, status, employmentForm, peerRole);
		model.addAttribute("page",
				this.peers.list(user, query, ListPages.of(pageable, PeerWorkerQueries.SORTABLE, "name")));
		model.addAttribute("options", this.peers.listOptions(user));
		model.addAttribute("query", query);
		return "peer/list";
	}

	@GetMapping("/new")
	String newForm(@AuthenticationPrincipal StaffUser user, Model model) {
		model.addAttribute("options", this.peers.optionsForNew(user));
		model.addAttribute("peerWorkerForm", new PeerWorkerForm());
		return "peer/new";
	}

	@PostMapping
	String create(@AuthenticationPrincipal StaffUser user, @Valid @ModelAttribute("peerWorkerForm") PeerWorkerForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		Optional<Long> id = FormSubmission.submit(result, (problems) -> this.peers.create(user, form, problems));
		if (id.isPresent()) {
			redirect.addFlashAttribute("success", "peer.created");
			return "redirect:/peers/" + id.get();
		}
		model.addAttribute("options", this.peers.optionsForNew(user));
		return "peer/new";
	}

	/** A peer worker's own page, for the menu: the record linked to their login. */
	@GetMapping("/me")
	String mine(@AuthenticationPrincipal StaffUser user) {
		Long id = user.getPeerWorkerId();
		if (id != null) {
			return "redirect:/peers/" + id;
		}
		if (user.getRole() != Role.PEER_WORKER) {
			throw new NotFoundException();
		}
		return "peer/not-linked";
	}

	@GetMapping("/{id}")
	String page(@AuthenticationPrincipal StaffUser user, @PathVariable long id, Model model) {
		return show(this.peers.page(user, id), model, null);
	}

	@PostMapping("/{id}/consents")
	String addConsent(@AuthenticationPrincipal StaffUser user, @PathVariable long id,
			@Valid @ModelAttribute("consentForm") PeerConsentForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (FormSubmission.save(result, (problems) -> this.peers.addConsent(user, id, form, problems))) {
			redirect.addFlashAttribute("success", "peer.consent.added");
			return "redirect:/peers/" + id + "#consents";
		}
		return show(this.peers.page(user, id), model, null);
	}

	@PostMapping("/{id}/consents/{consentId}/withdraw")
	String withdrawConsent(@AuthenticationPrincipal StaffUser user, @PathVariable long id, @PathVariable long consentId,
			@ModelAttribute("withdrawConsentForm") WithdrawalForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (FormSubmission.save(result,
				(problems) -> this.peers.withdrawConsent(user, id, consentId, form, problems))) {
			redirect.addFlashAttribute("success", "peer.consent.withdrawn");
			return "redirect:/peers/" + id + "#consents";
		}
		return show(this.peers.page(user, id), model, consentId);
	}

	/**
	 * The page with its forms: one that came back with its messages is in the model
	 * already (with, for a withdrawal, the consent it was about); the others start empty.
	 */
	private static String show(PeerWorkerPage page, Model model, @Nullable Long withdrawingConsentId) {
		model.addAttribute("peer", page);
		addIfAbsent(model, "trainingForm", new TrainingForm());
		addIfAbsent(model, "supervisionForm", new SupervisionForm());
		addIfAbsent(model, "consentForm", new PeerConsentForm());
		addIfAbsent(model, "withdrawConsentForm", new WithdrawalForm());
		model.addAttribute("withdrawingConsentId", withdrawingConsentId);
		return "peer/show";
	}

	private static void addIfAbsent(Model model, String name, Object form) {
		if (!model.containsAttribute(name)) {
			model.addAttribute(name, form);
		}
	}

	@GetMapping("/{id}/edit")
	String edit(@AuthenticationPrincipal StaffUser user, @PathVariable long id, Model model) {
		PeerWorkerService.EditablePeerWorker editable = this.peers.edit(user, id);
		model.addAttribute("peerId", id);
		model.addAttribute("peerName", editable.fullName());
		model.addAttribute("options", editable.options());
		model.addAttribute("peerWorkerForm", editable.form());
		return "peer/edit";
	}

	@PostMapping("/{id}/edit")
	String update(@AuthenticationPrincipal StaffUser user, @PathVariable long id,
			@Valid @ModelAttribute("peerWorkerForm") PeerWorkerForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (FormSubmission.save(result, (problems) -> this.peers.update(user, id, form, problems))) {
			redirect.addFlashAttribute("success", "peer.saved");
			return "redirect:/peers/" + id;
		}
		PeerWorkerService.EditablePeerWorker editable = this.peers.editAgain(user, id);
		model.addAttribute("peerId", id);
		model.addAttribute("peerName", editable.fullName());
		model.addAttribute("options", editable.options());
		return "peer/edit";
	}

	/** Removes the latest change of form, role or model (a mistake). */
	@PostMapping("/{id}/history/{periodId}/remove")
	String removeLatestChange(@AuthenticationPrincipal StaffUser user, @PathVariable long id,
			@PathVariable long periodId, RedirectAttributes redirect) {
		this.peers.removeLatestChange(user, id, periodId);
		redirect.addFlashAttribute("success", "peer.history.removed");
		return "redirect:/peers/" + id + "#history";
	}

	@PostMapping("/{id}/training")
	String addTraining(@AuthenticationPrincipal StaffUser user, @PathVariable long id,
			@Valid @ModelAttribute("trainingForm") TrainingForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			this.peers.addTraining(user, id, form);
			redirect.addFlashAttribute("success", "peer.training.added");
			return "redirect:/peers/" + id;
		}
		return show(this.peers.pageToChange(user, id), model, null);
	}

	@PostMapping("/{id}/supervision")
	String addSupervision(@AuthenticationPrincipal StaffUser user, @PathVariable long id,
			@Valid @ModelAttribute("supervisionForm") SupervisionForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			this.peers.addSupervision(user, id, form);
			redirect.addFlashAttribute("success", "peer.supervision.added");
			return "redirect:/peers/" + id;
		}
		return show(this.peers.pageToChange(user, id), model, null);
	}

}
