package dk.peerstoette.dashboard.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The evaluation report as PDF: the report's own template rendered as XHTML with the
 * print stylesheet inlined, laid out by openhtmltopdf with DejaVu Sans embedded from the
 * application's resources (no fonts or styles fetched from anywhere).
 */
@Component
class ReportPdf {

	static final String TEMPLATE = "dashboard/report";

	static final String FONT = "DejaVu Sans";

	private final ITemplateEngine templates;

	private final String css;

	ReportPdf(ITemplateEngine templates) throws IOException {
		this.templates = templates;
		try (InputStream in = new ClassPathResource("static/css/report-print.css").getInputStream()) {
			this.css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	byte[] render(EvaluationReport report, Locale locale) {
		Context context = new Context(locale);
		context.setVariable("report", report);
		context.setVariable("pdf", true);
		context.setVariable("css", this.css);
		String html = this.templates.process(TEMPLATE, context);
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.useFont(() -> font("fonts/DejaVuSans.ttf"), FONT, 400, FontStyle.NORMAL, true);
			builder.useFont(() -> font("fonts/DejaVuSans-Bold.ttf"), FONT, 700, FontStyle.NORMAL, true);
			builder.withHtmlContent(html, null);
			builder.toStream(bytes);
			builder.run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	private static InputStream font(String path) {
		try {
			return new ClassPathResource(path).getInputStream();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
