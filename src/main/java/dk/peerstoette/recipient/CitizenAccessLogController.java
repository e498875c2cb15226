package dk.peerstoette.recipient;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

import dk.peerstoette.security.StaffUser;
import dk.peerstoette.web.PrintedDocuments;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * A citizen's access log, from their page: on screen, to read together or print, and as
 * PDF to hand over. Scope and audit are the service's.
 */
@Controller
@RequestMapping("/recipients/{id}")
class CitizenAccessLogController {

	static final String TEMPLATE = "recipient/access-log";

	private final CitizenAccessLogService service;

	private final PrintedDocuments documents;

	CitizenAccessLogController(CitizenAccessLogService service, PrintedDocuments documents) {
		this.service = service;
		this.documents = documents;
	}

	@GetMapping("/access-log")
	String show(@PathVariable long id, @AuthenticationPrincipal StaffUser user, Locale locale, Model model) {
		model.addAttribute("log", this.service.produce(id, user, "HTML", locale));
		model.addAttribute("pdf", false);
		return TEMPLATE;
	}

	@GetMapping("/access-log.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable long id, @AuthenticationPrincipal StaffUser user, Locale locale) {
		CitizenAccessLog log = this.service.produce(id, user, "PDF", locale);
		byte[] pdf = this.documents.pdf(TEMPLATE, Map.of("log", log), locale);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename("adgangslog-" + log.internalNumber() + ".pdf", StandardCharsets.UTF_8)
						.build()
						.toString())
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(pdf);
	}

}
