package dk.peerstoette.recipient;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import dk.peerstoette.security.StaffUser;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A recipient's subject access export (GDPR Art. 15), from their page: one zip with the
 * PDF to hand over and the JSON file. Scope and audit are the service's.
 */
@Controller
class SubjectAccessExportController {

	private final SubjectAccessExportService service;

	private final SubjectAccessDocuments documents;

	SubjectAccessExportController(SubjectAccessExportService service, SubjectAccessDocuments documents) {
		this.service = service;
		this.documents = documents;
	}

	@GetMapping("/recipients/{id}/subject-access-export")
	ResponseEntity<byte[]> download(@PathVariable long id, @AuthenticationPrincipal StaffUser user, Locale locale) {
		SubjectAccessExport export = this.service.produce(id, user, "ZIP", locale);
		byte[] zip = this.documents.zip(export, locale);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/zip"))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(SubjectAccessDocuments.name(export) + ".zip", StandardCharsets.UTF_8)
						.build()
						.toString())
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(zip);
	}

}
