package dk.peerstoette.dashboard.export;

import java.util.Locale;
import java.util.Map;

import dk.peerstoette.web.PrintedDocuments;

import org.springframework.stereotype.Component;

/** The evaluation report as PDF: its own page, printed ({@link PrintedDocuments}). */
@Component
class ReportPdf {

	static final String TEMPLATE = "dashboard/report";

	private final PrintedDocuments documents;

	ReportPdf(PrintedDocuments documents) {
		this.documents = documents;
	}

	byte[] render(EvaluationReport report, Locale locale) {
		return this.documents.pdf(TEMPLATE, Map.of("report", report), locale);
	}

}
