package dk.peerstoette.dashboard.export;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import dk.peerstoette.dashboard.DashboardFilter;
import dk.peerstoette.dashboard.FigureTable;
import dk.peerstoette.security.StaffUser;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The dashboard's exports: one table as CSV, every table as XLSX, and the evaluation
 * report as a printable page and as PDF. The filters are the dashboard's, from the query
 * string, checked by the same rules: a filter the page would refuse sends the reader to
 * the page, which names its problems. Scope, disclosure control and audit are the
 * services'.
 */
@Controller
@RequestMapping("/dashboard")
class ExportController {

	static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final DashboardExportService exports;

	private final ReportPdf pdf;

	ExportController(DashboardExportService exports, ReportPdf pdf) {
		this.exports = exports;
		this.pdf = pdf;
	}

	@GetMapping("/export.csv")
	ResponseEntity<byte[]> csv(@ModelAttribute("filter") DashboardFilter filter, BindingResult binding,
			@RequestParam("table") String table, @AuthenticationPrincipal StaffUser user, Locale locale,
			HttpServletRequest request) {
		if (refused(filter, binding)) {
			return toDashboard(request);
		}
		FigureTable figures = this.exports.table(filter, table, user, locale);
		String name = "peerstoette-" + figures.id() + "-" + this.exports.period(filter).fileLabel() + ".csv";
		return file(CsvExport.write(figures, this.exports.text()), CSV, name);
	}

	@GetMapping("/export.xlsx")
	ResponseEntity<byte[]> xlsx(@ModelAttribute("filter") DashboardFilter filter, BindingResult binding,
			@AuthenticationPrincipal StaffUser user, Locale locale, HttpServletRequest request) {
		if (refused(filter, binding)) {
			return toDashboard(request);
		}
		List<FigureTable> tables = this.exports.tables(filter, user, locale);
		byte[] bytes = XlsxExport.write(this.exports.coverTitle(locale), this.exports.cover(filter, locale), tables,
				this.exports.text());
		return file(bytes, XLSX, "peerstoette-" + this.exports.period(filter).fileLabel() + ".xlsx");
	}

	@GetMapping("/report")
	String report(@ModelAttribute("filter") DashboardFilter filter, BindingResult binding,
			@AuthenticationPrincipal StaffUser user, Locale locale, HttpServletRequest request, Model model) {
		if (refused(filter, binding)) {
			return "redirect:" + dashboard(request);
		}
		model.addAttribute("report", this.exports.report(filter, user, locale, query(request), "HTML"));
		model.addAttribute("pdf", false);
		return ReportPdf.TEMPLATE;
	}

	@GetMapping("/report.pdf")
	ResponseEntity<byte[]> reportPdf(@ModelAttribute("filter") DashboardFilter filter, BindingResult binding,
			@AuthenticationPrincipal StaffUser user, Locale locale, HttpServletRequest request) {
		if (refused(filter, binding)) {
			return toDashboard(request);
		}
		EvaluationReport report = this.exports.report(filter, user, locale, query(request), "PDF");
		return file(this.pdf.render(report, locale), MediaType.APPLICATION_PDF,
				"peerstoette-rapport-" + report.periodLabel() + ".pdf");
	}

	private static boolean refused(DashboardFilter filter, BindingResult binding) {
		filter.validate(binding);
		return binding.hasErrors();
	}

	/**
	 * The dashboard with the same filter: it shows what is wrong with it. A query that is
	 * not even a well-formed URI part is left out.
	 */
	private static String dashboard(HttpServletRequest request) {
		String query = query(request);
		String path = "/dashboard" + (query.isEmpty() ? "" : "?" + query);
		try {
			URI.create(path);
			return path;
		}
		catch (IllegalArgumentException ex) {
			return "/dashboard";
		}
	}

	private static ResponseEntity<byte[]> toDashboard(HttpServletRequest request) {
		return ResponseEntity.status(HttpStatus.SEE_OTHER)
			.location(URI.create(request.getContextPath() + dashboard(request)))
			.build();
	}

	private static String query(HttpServletRequest request) {
		@Nullable String query = request.getQueryString();
		return (query != null) ? query : "";
	}

	private static ResponseEntity<byte[]> file(byte[] bytes, MediaType type, String name) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(bytes);
	}

}
