package dk.peerstoette.logreview;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;

import dk.peerstoette.audit.AccessLogDirectory;
import dk.peerstoette.audit.AuditAction;
import dk.peerstoette.security.StaffUser;
import dk.peerstoette.web.FormSubmission;
import dk.peerstoette.web.ListPages;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The officer's pages of the access log: the log with its filter, its CSV export, the
 * sample for the periodic review, and the mark of an access as reviewed. Role check and
 * audit are the service's.
 */
@Controller
@RequestMapping("/audit")
class AccessLogController {

	static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	/** A page of the log's own to go back to after a mark: nothing else is followed. */
	private static final Pattern BACK = Pattern.compile("/audit(/sample)?(\\?[A-Za-z0-9_.,:%=&+\\-]*)?");

	private final AccessLogReviewService service;

	private final MessageSource messages;

	AccessLogController(AccessLogReviewService service, MessageSource messages) {
		this.service = service;
		this.messages = messages;
	}

	@GetMapping
	String log(@Valid @ModelAttribute("query") AccessLogQuery query, BindingResult result, Pageable pageable,
			@AuthenticationPrincipal StaffUser user, Model model) {
		Optional<Page<EntryRow>> page = FormSubmission.submit(result, (problems) -> this.service.list(query,
				ListPages.of(pageable, AccessLogDirectory.SORTABLE, "time"), user, problems));
		model.addAttribute("page", page.orElse(null));
		model.addAttribute("actions", AuditAction.values());
		model.addAttribute("reviewForm", new ReviewForm());
		return "logreview/log";
	}

	@GetMapping("/export.csv")
	Object export(@Valid @ModelAttribute("query") AccessLogQuery query, BindingResult result,
			@AuthenticationPrincipal StaffUser user, Locale locale, Model model) {
		Optional<List<EntryRow>> rows = FormSubmission.submit(result,
				(problems) -> this.service.export(query, user, problems));
		if (rows.isEmpty()) {
			// The question is refused: the page says why, with what was typed.
			model.addAttribute("page", null);
			model.addAttribute("actions", AuditAction.values());
			model.addAttribute("reviewForm", new ReviewForm());
			return "logreview/log";
		}
		return ResponseEntity.ok()
			.contentType(CSV)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename("peerstoette-adgangslog.csv", StandardCharsets.UTF_8)
						.build()
						.toString())
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(AccessLogCsv.write(rows.get(), this.messages, locale));
	}

	@GetMapping("/sample")
	String sample(@Valid @ModelAttribute("sample") SampleQuery query, BindingResult result,
			@RequestParam(name = "draw", required = false) @Nullable String draw,
			@AuthenticationPrincipal StaffUser user, Model model) {
		if (query.getSeed() == null && draw != null && !result.hasErrors()) {
			// A new sample: its seed goes into the address, so that the page shows the
			// same sample when it is opened again.
			return "redirect:" + UriComponentsBuilder.fromPath("/audit/sample")
				.queryParam("from", (query.getFrom() != null) ? query.getFrom() : "")
				.queryParam("to", (query.getTo() != null) ? query.getTo() : "")
				.queryParam("size", query.getSize())
				.queryParam("seed", this.service.newSeed())
				.queryParam("last", this.service.lastAccess())
				.build()
				.toUriString();
		}
		if (query.getSeed() != null || draw != null) {
			model.addAttribute("entries",
					FormSubmission.submit(result, (problems) -> this.service.sample(query, user, problems))
						.orElse(null));
		}
		model.addAttribute("reviewForm", new ReviewForm());
		return "logreview/sample";
	}

	@PostMapping("/entries/{id}/review")
	String review(@PathVariable long id, @Valid @ModelAttribute("reviewForm") ReviewForm form, BindingResult result,
			@AuthenticationPrincipal StaffUser user, RedirectAttributes redirect) {
		String back = BACK.matcher(form.getBack()).matches() ? form.getBack() : "/audit";
		if (FormSubmission.save(result, (problems) -> this.service.markReviewed(id, form, user, problems))) {
			redirect.addFlashAttribute("success", "logreview.reviewed");
		}
		else {
			redirect.addFlashAttribute("error", "logreview.comment.tooLong");
			redirect.addFlashAttribute("typedComment", form.getComment());
			redirect.addFlashAttribute("typedCommentFor", id);
		}
		return "redirect:" + back;
	}

}
