package dk.peerstoette.referral;

import java.util.Locale;
import java.util.Optional;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;

import dk.peerstoette.security.StaffUser;
import dk.peerstoette.web.CprNumbers;
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
 * Referrals (henvisninger): the incoming and outgoing lists, the referral form, a
 * referral's page, and accepting or declining. Scope and audit are the service's.
 */
@Controller
@RequestMapping("/referrals")
class ReferralController {

	private static final String FORM = "referralForm";

	private static final String DECLINE_FORM = "declineForm";

	private final ReferralService referrals;

	ReferralController(ReferralService referrals) {
		this.referrals = referrals;
	}

	@InitBinder({ FORM, DECLINE_FORM })
	void initBinder(WebDataBinder binder) {
		binder.setDisallowedFields("id");
	}

	@GetMapping
	String index() {
		return "redirect:/referrals/incoming";
	}

	@GetMapping("/incoming")
	String incoming(@RequestParam(name = "q", required = false) @Nullable String text,
			@RequestParam(name = "status", required = false) @Nullable ReferralStatus status, Pageable pageable,
			@AuthenticationPrincipal StaffUser user, Model model) {
		ReferralListQuery query = new ReferralListQuery(text, status);
		model.addAttribute("page", this.referrals.incoming(user, query, sorted(pageable)));
		return listPage(query, true, model);
	}

	@GetMapping("/outgoing")
	String outgoing(@RequestParam(name = "q", required = false) @Nullable String text,
			@RequestParam(name = "status", required = false) @Nullable ReferralStatus status, Pageable pageable,
			@AuthenticationPrincipal StaffUser user, Model model) {
		ReferralListQuery query = new ReferralListQuery(text, status);
		model.addAttribute("page", this.referrals.outgoing(user, query, sorted(pageable)));
		return listPage(query, false, model);
	}

	private String listPage(ReferralListQuery query, boolean incoming, Model model) {
		model.addAttribute("query", query);
		model.addAttribute("incoming", incoming);
		model.addAttribute("filtered", query.isFiltered());
		model.addAttribute("statuses", incoming
				? new ReferralStatus[] { ReferralStatus.PENDING, ReferralStatus.ACCEPTED } : ReferralStatus.values());
		return "referral/list";
	}

	/** Newest first unless the reader sorts otherwise. */
	private static Pageable sorted(Pageable pageable) {
		Pageable requested = pageable.getSort().isSorted() ? pageable : PageRequest.of(pageable.getPageNumber(),
				pageable.getPageSize(), Sort.by(Sort.Direction.DESC, "date"));
		return ListPages.of(requested, ReferralQueries.SORTABLE, "date");
	}

	@GetMapping("/new")
	String newReferral(@RequestParam(name = "recipientId", required = false) @Nullable Long recipientId,
			@AuthenticationPrincipal StaffUser user, Model model) {
		ReferralForm form = new ReferralForm();
		form.setRecipientId(recipientId);
		model.addAttribute(FORM, form);
		model.addAttribute("choices", this.referrals.choices(user, recipientId));
		return "referral/new";
	}

	@PostMapping
	String create(@Valid @ModelAttribute(FORM) ReferralForm form, BindingResult result,
			@AuthenticationPrincipal StaffUser user, Model model, RedirectAttributes redirect) {
		CprNumbers.warn(result, form.isCprConfirmed(), "reason");
		Optional<Long> id = FormSubmission.submit(result, (problems) -> this.referrals.refer(user, form, problems));
		if (id.isPresent()) {
			redirect.addFlashAttribute("success", "referral.created");
			return "redirect:/referrals/" + id.get();
		}
		model.addAttribute("choices", this.referrals.choices(user, form.getRecipientId()));
		return "referral/new";
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, @AuthenticationPrincipal StaffUser user, Locale locale, Model model) {
		ReferralView referral = this.referrals.read(user, id, locale);
		DeclineForm decline = new DeclineForm();
		decline.setVersion(referral.version());
		model.addAttribute(DECLINE_FORM, decline);
		model.addAttribute("referral", referral);
		return "referral/show";
	}

	@PostMapping("/{id}/accept")
	String accept(@PathVariable long id, @RequestParam(name = "version", defaultValue = "-1") long version,
			@AuthenticationPrincipal StaffUser user, RedirectAttributes redirect) {
		if (FormSubmission.change(redirect, "referral.accepted", () -> this.referrals.accept(user, id, version))) {
			return "redirect:/waiting-list";
		}
		return "redirect:/referrals/" + id;
	}

	@PostMapping("/{id}/decline")
	String decline(@PathVariable long id, @Valid @ModelAttribute(DECLINE_FORM) DeclineForm form, BindingResult result,
			@AuthenticationPrincipal StaffUser user, Locale locale, Model model, RedirectAttributes redirect) {
		CprNumbers.warn(result, form.isCprConfirmed(), "declineReason");
		if (FormSubmission.save(result, (problems) -> this.referrals.decline(user, id, form, problems))) {
			redirect.addFlashAttribute("success", "referral.declined");
			return "redirect:/referrals/incoming";
		}
		model.addAttribute("referral", this.referrals.read(user, id, locale));
		return "referral/show";
	}

}
