package dk.peerstoette;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The error summary at the top of a refused form (fragments/forms.html, errorSummary) as
 * a test reads it: its heading, the field each link leads to and the messages. Reading it
 * checks that each link leads to an element of the page (the field, or its group).
 */
public record ErrorSummary(String heading, List<String> fields, List<String> messages) {

	/** The page's first error summary; fails if the page has none. */
	public static ErrorSummary of(String html) {
		Document page = Jsoup.parse(html);
		Element summary = page.selectFirst(".error-summary");
		assertThat(summary).as("the page's error summary").isNotNull();
		assertThat(summary.attr("tabindex")).as("focusable by script").isEqualTo("-1");
		Element heading = summary.selectFirst("h2");
		assertThat(heading).isNotNull();
		assertThat(summary.attr("aria-labelledby")).isEqualTo(heading.id());
		List<Element> links = summary.select("li a[href^=#]");
		for (Element link : links) {
			String target = link.attr("href").substring(1);
			// The field or its group by id; a group of radio buttons without one is found
			// by
			// its name (by error-summary.js).
			assertThat(page.getElementById(target) != null
					|| !page.getElementsByAttributeValue("name", link.attr("data-field")).isEmpty())
				.as("a field behind " + link.attr("href"))
				.isTrue();
		}
		return new ErrorSummary(heading.text(), links.stream().map((link) -> link.attr("data-field")).toList(),
				summary.select("li").eachText());
	}

}
