package dk.peerstoette.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Documents to print or keep (the evaluation report, a citizen's access log) as PDF: the
 * document's own page template rendered as XHTML with {@code pdf} true and the print
 * stylesheet inlined as {@code css}, laid out by openhtmltopdf with DejaVu Sans embedded
 * from the application's resources (no fonts or styles fetched from anywhere). On screen
 * the same template links the stylesheet instead.
 */
@Component
public class PrintedDocuments {

	/** The font the stylesheet names. */
	static final String FONT = "DejaVu Sans";

	private final ITemplateEngine templates;

	private final String css;

	PrintedDocuments(ITemplateEngine templates) throws IOException {
		this.templates = templates;
		try (InputStream in = new ClassPathResource("static/css/report-print.css").getInputStream()) {
			this.css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	/** The template, with these variables, as a PDF in the reader's language. */
	public byte[] pdf(String template, Map<String, ?> variables, Locale locale) {
		Context context = new Context(locale);
		variables.forEach(context::setVariable);
		context.setVariable("pdf", true);
		context.setVariable("css", this.css);
		String html = this.templates.process(template, context);
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
